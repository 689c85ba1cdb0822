// Runs a build command and measures it: wall time, peak memory of the whole process tree (Astro,
// Pagefind, the service-worker step…, sampled from /proc), when each build phase started (read
// from the build's own log lines) and how many pages it had written when it ended or was stopped.
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** Resident memory of `rootPid` and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE_SIZE);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop();
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Astro logs one line per page it writes: `├─ /en/…/index.html (+12ms)`. */
const PAGE_LINE = /\.html\s*\(\+[\d.]+m?s\)/;

/**
 * @typedef {{ seconds: number, peakRssBytes: number, phases: Record<string, number>, pagesLogged: number,
 *   timedOut: boolean, pageTimes: [number, number][] }} Measured
 *   `pageTimes`: [seconds since start, pages written] every few seconds, to project an unfinished build.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, log: string, phases?: [string, RegExp][], timeoutSeconds?: number,
 *   onProgress?: (s: { seconds: number, pages: number, rss: number }) => void }} options
 *   `phases`: a phase starts at the first log line matching its pattern.
 * @returns {Promise<Measured>}
 */
export function runMeasured(command, args, { cwd, log, phases = [], timeoutSeconds, onProgress }) {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - start) / 1e9;
    const out = createWriteStream(log);
    // Its own process group, so a build stopped at the deadline takes its children with it.
    const child = spawn(command, args, {
      cwd,
      detached: true,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const marks = {};
    const pageTimes = [];
    let pages = 0;
    let peak = 0;
    let rest = '';
    let timedOut = false;
    const onData = (chunk) => {
      out.write(chunk);
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (PAGE_LINE.test(line)) pages += 1;
        for (const [name, re] of phases) if (marks[name] === undefined && re.test(line)) marks[name] = elapsed();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, treeRss(child.pid));
      } catch {
        // The process ended between two samples.
      }
    }, 200);
    let lastReport = 0;
    const ticker = setInterval(() => {
      const now = elapsed();
      pageTimes.push([Math.round(now), pages]);
      if (now - lastReport >= 15) {
        lastReport = now;
        onProgress?.({ seconds: now, pages, rss: peak });
      }
      if (timeoutSeconds && now > timeoutSeconds && !timedOut) {
        timedOut = true;
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
    }, 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      clearInterval(ticker);
      out.end();
      const seconds = elapsed();
      if (code !== 0 && !timedOut) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code} after ${seconds.toFixed(1)} s; see ${log}`));
        return;
      }
      // Phase durations: from each mark to the next one (or to the end).
      const ordered = Object.entries(marks).sort(([, a], [, b]) => a - b);
      const durations = { setup: ordered.length ? ordered[0][1] : seconds };
      ordered.forEach(([name, at], i) => (durations[name] = (ordered[i + 1]?.[1] ?? seconds) - at));
      resolvePromise({ seconds, peakRssBytes: peak, phases: durations, pagesLogged: pages, timedOut, pageTimes });
    });
  });
}
