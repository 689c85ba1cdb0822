// Lighthouse (mobile: its default emulated phone and simulated slow 4G) over a running site, in
// one headless Chromium started here with the flags this machine needs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePromise(port));
    });
  });
}

/** Resolves when `url` answers (any status), or rejects after `seconds`. */
export async function waitForHttp(url, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`nothing answered at ${url} within ${seconds} s`);
}

async function launchChrome() {
  const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p),
  );
  if (!chromePath) throw new Error("Lighthouse needs Chromium: install Debian's `chromium` or set CHROME_PATH.");
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'traza-lh-'));
  const chrome = spawn(
    chromePath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  await waitForHttp(`http://127.0.0.1:${port}/json/version`, 30);
  const exited = new Promise((done) => chrome.once('exit', done));
  return {
    port,
    // The profile can only be removed once Chromium has stopped writing to it.
    close: async () => {
      chrome.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/** What failed in a category, for the report: audit id, title and the displayed value. */
function failures(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 || category !== 'performance')
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (a) =>
        a &&
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'manual' &&
        a.scoreDisplayMode !== 'notApplicable',
    )
    .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue ?? '' }));
}

/** One Lighthouse run of `url`, reduced to what the report needs. */
async function audit(port, name, url) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]));
  const metric = (id) => lhr.audits[id]?.numericValue;
  return {
    name,
    url: new URL(url).pathname,
    scores,
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    cls: Number(metric('cumulative-layout-shift')?.toFixed(3)),
    fcpMs: Math.round(metric('first-contentful-paint')),
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, failures(lhr, c)]).filter(([, list]) => list.length)),
  };
}

/**
 * Runs Lighthouse on each URL `runs` times and keeps the run with the median performance score, as
 * Lighthouse's guidance on variability advises: one run swings with whatever else the CPU is doing.
 * The first run of a fresh Chromium is slower, so one warm-up run is discarded.
 * @param {{ name: string, url: string }[]} pages
 * @param {{ runs?: number, progress?: (line: string) => void }} options
 */
export async function runLighthouse(pages, { runs = 1, progress = () => {} } = {}) {
  const chrome = await launchChrome();
  const results = [];
  try {
    if (pages.length) await audit(chrome.port, 'warm-up', pages[0].url);
    for (const { name, url } of pages) {
      const started = Date.now();
      // Other work on the machine inflates TBT; the load average says how busy it was.
      const load = Number(loadavg()[0].toFixed(2));
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await audit(chrome.port, name, url));
      all.sort((a, b) => a.scores.performance - b.scores.performance);
      const entry = {
        ...all[Math.floor(all.length / 2)],
        runs,
        performanceRange: [all[0].scores.performance, all.at(-1).scores.performance],
        loadBefore: load,
      };
      results.push(entry);
      const sc = entry.scores;
      progress(
        `lighthouse ${name}: perf ${sc.performance} (runs ${entry.performanceRange.join('–')}), a11y ${sc.accessibility}, best practices ${sc['best-practices']}, SEO ${sc.seo}; ` +
          `LCP ${entry.lcpMs} ms, TBT ${entry.tbtMs} ms, CLS ${entry.cls} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
  } finally {
    await chrome.close();
  }
  return results;
}
