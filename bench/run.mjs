// `npm run bench`: how Traza's build and pages behave as the course grows, next to Starlight,
// with Lighthouse and transfer figures for the real site. See bench/README.md.
//
//   npm run bench -- [--sizes=100,500,2000] [--starlight=100,500] [--repeat=1] [--deadline=820]
//                    [--lighthouse-runs=1] [--no-lighthouse] [--no-transfer] [--no-real] [--keep]
//
// Everything is built in throwaway copies under the system temp folder, never in the checkout's
// dist/, so the benchmark needs no lock and cannot disturb other builds or the browser tests.
// Results: bench/results/latest.json and latest.md; build logs: bench/results/logs/.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { copyProject } from './lib/project.mjs';
import { addSyntheticCourse, allLessons, readCourse, LESSONS_PER_MODULE } from './lib/synthetic.mjs';
import { makeStarlightProject } from './lib/starlight.mjs';
import { runMeasured } from './lib/measure.mjs';
import { distStats } from './lib/dist-stats.mjs';
import { freePort, runLighthouse, waitForHttp } from './lib/lighthouse.mjs';
import { formatMarkdown } from './lib/report.mjs';
import { transferReport, formatTransfer } from '../scripts/transfer-report.mjs';
import { budgetReport, inspectDist } from '../scripts/check-dist.mjs';

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,500,2000' },
    starlight: { type: 'string', default: '100,500' },
    // The whole run must end within 15 minutes on a 2-core machine; the largest build gets
    // whatever time is left and, if it cannot finish, is stopped and projected.
    deadline: { type: 'string', default: '820' },
    lighthouse: { type: 'boolean', default: true },
    // Lighthouse runs per page; the median (by performance score) is reported. One run keeps the
    // whole benchmark within 15 minutes; 3 (about 3 more minutes) when the scores matter.
    'lighthouse-runs': { type: 'string', default: '1' },
    transfer: { type: 'boolean', default: true },
    // Builds of each size, Traza and Starlight taking turns; medians are reported. On a shared
    // machine one build can be slowed by a neighbour; 3 runs make the Traza ÷ Starlight ratio hold.
    repeat: { type: 'string', default: '1' },
    // The real course's build feeds Lighthouse, the transfer report and the page-type table.
    real: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
  },
  allowNegative: true,
});

const root = fileURLToPath(new URL('..', import.meta.url));
// Every child (npm, astro, pagefind) runs on the project's Node 24, as npm scripts do, even when
// this file is started with another `node`.
process.env.PATH = `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`;
const resultsDir = join(root, 'bench', 'results');
const logsDir = join(resultsDir, 'logs');
mkdirSync(logsDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'traza-bench-'));
const started = Date.now();
const elapsed = () => (Date.now() - started) / 1000;
const deadline = Number(opts.deadline) || Infinity;
const list = (s) =>
  s
    .split(',')
    .filter(Boolean)
    .map(Number)
    .sort((a, b) => a - b);
const sizes = list(opts.sizes);
const starlightSizes = list(opts.starlight);
const repeat = Math.max(1, Math.floor(Number(opts.repeat)) || 1);
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const clock = () => {
  const s = Math.floor(elapsed());
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const say = (line) => console.log(`[bench ${clock()}] ${line}`);
const mb = (n) => `${(n / 1e6).toFixed(0)} MB`;
const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

const results = {
  startedAt: new Date(started).toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryBytes: totalmem(), node: process.version },
  versions: {
    astro: version('astro'),
    starlight: version('@astrojs/starlight'),
    pagefind: version('pagefind'),
    lighthouse: version('lighthouse'),
  },
  lessonsPerModule: LESSONS_PER_MODULE,
  repeat,
  realCourse: undefined,
  traza: [],
  starlight: [],
  growth: [],
  comparison: [],
  transfer: undefined,
  lighthouse: [],
  notes: [],
};
const note = (line) => {
  results.notes.push(line);
  say(line);
};

const TRAZA_PHASES = [
  ['bundle', /Building static entrypoints/],
  ['render', /generating static routes/],
  ['pagefind', /Running Pagefind/],
  ['afterPagefind', /^Finished in [\d.]+ seconds/],
];
const STARLIGHT_PHASES = [
  ['bundle', /Building static entrypoints/],
  ['render', /generating static routes/],
  ['pagefind', /\[starlight:pagefind\]/],
];

/** Builds `dir` with `command`, measured; `label` names the log and the progress lines. */
async function measuredBuild(label, dir, command, args, phases, timeoutSeconds) {
  const log = join(logsDir, `${label}.log`);
  const load = loadavg()[0];
  say(`${label}: building${timeoutSeconds ? ` (stopped after ${Math.round(timeoutSeconds)} s if unfinished)` : ''}…`);
  const run = await runMeasured(command, args, {
    cwd: dir,
    log,
    phases,
    timeoutSeconds,
    onProgress: ({ seconds, pages, rss }) =>
      say(`${label}: ${seconds.toFixed(0)} s, ${pages} pages written, peak memory ${mb(rss)}`),
  });
  return { ...run, loadBefore: Number(load.toFixed(2)), log: `bench/results/logs/${label}.log` };
}

/** The real project, built as `npm run build` builds it; kept for Lighthouse and the transfer report. */
async function realSite() {
  const dir = join(work, 'real');
  copyProject(root, dir);
  const course = readCourse(join(dir, 'content'));
  const run = await measuredBuild('traza-real', dir, 'npm', ['run', 'build'], TRAZA_PHASES);
  const stats = distStats(join(dir, 'dist'));
  const budget = budgetReport(inspectDist(join(dir, 'dist')));
  results.realCourse = {
    lessonsPerLang: course.lessonsPerLang,
    modules: course.modules.length,
    ...summarize(run, stats),
    pageTypes: Object.fromEntries(budget.byType),
    overBudget: budget.problems,
  };
  say(`traza-real: ${stats.pages} pages in ${run.seconds.toFixed(1)} s`);
  return dir;
}

function summarize(run, stats) {
  return {
    seconds: Number(run.seconds.toFixed(2)),
    pagesPerSecond: Number((stats.pages / run.seconds).toFixed(2)),
    peakRssBytes: run.peakRssBytes,
    phases: Object.fromEntries(Object.entries(run.phases).map(([k, v]) => [k, Number(v.toFixed(2))])),
    loadBefore: run.loadBefore,
    log: run.log,
    ...stats,
  };
}

/** Pages a course of `lessons` per language will have, from the sizes built so far (pages grow linearly with lessons). */
function expectedPages(lessons) {
  const done = [...representative(results.traza).values()].filter((r) => !r.timedOut);
  if (done.length < 2) return undefined;
  const [a, b] = done.slice(-2);
  const slope = (b.pages - a.pages) / (b.lessonsPerLang - a.lessonsPerLang);
  return Math.round(b.pages + slope * (lessons - b.lessonsPerLang));
}

/**
 * When the largest build is stopped at the deadline: the time it would have taken, from its page
 * rate over the last minute and the tail (Pagefind, service worker) of the previous size scaled
 * by pages. A projection, reported as one.
 */
function project(run, lessons) {
  const total = expectedPages(lessons);
  const times = run.pageTimes;
  const renderStart = times.find(([, pages]) => pages > 0)?.[0];
  if (!total || renderStart === undefined) return undefined;
  const [tNow, pNow] = times.at(-1);
  // Too little of the rendering ran: its first pages (assessment, glossary…) are not typical.
  if (tNow - renderStart < 60 || pNow < total / 10) return undefined;
  const [tThen, pThen] = times[Math.max(0, times.length - 61)];
  const rate = (pNow - pThen) / Math.max(1, tNow - tThen);
  if (rate <= 0) return undefined;
  const previous = [...representative(results.traza).values()].filter((r) => !r.timedOut).at(-1);
  const tail = ((previous.phases.pagefind ?? 0) + (previous.phases.afterPagefind ?? 0)) * (total / previous.pages);
  return {
    expectedPages: total,
    pagesWritten: pNow,
    pagesPerSecondAtStop: Number(rate.toFixed(2)),
    seconds: Math.round(tNow + (total - pNow) / rate + tail),
  };
}

/** `traza-100`, or `traza-100-run2` when sizes are built more than once. */
const labelOf = (site, lessons, run) => `${site}-${lessons}${repeat > 1 ? `-run${run}` : ''}`;

async function trazaSize(lessons, run, timeoutSeconds) {
  const label = labelOf('traza', lessons, run);
  const dir = join(work, label);
  copyProject(root, dir);
  const course = addSyntheticCourse(join(dir, 'content'), lessons);
  if (course.assessmentDraw && run === 1)
    note(
      `traza ${lessons}: ${course.modules} modules; the final assessment's draw was raised to ${course.assessmentDraw} (the build requires 3 questions from every module).`,
    );
  const measured = await measuredBuild(label, dir, 'npm', ['run', 'build'], TRAZA_PHASES, timeoutSeconds);
  if (measured.timedOut) {
    const projection = project(measured, lessons);
    const entry = {
      lessonsPerLang: lessons,
      run,
      modules: course.modules,
      timedOut: true,
      seconds: Number(measured.seconds.toFixed(1)),
      peakRssBytes: measured.peakRssBytes,
      pagesWritten: measured.pagesLogged,
      projection,
      loadBefore: measured.loadBefore,
      log: measured.log,
    };
    results.traza.push(entry);
    note(
      `${label}: stopped at the deadline after ${measured.seconds.toFixed(0)} s with ${measured.pagesLogged} pages written` +
        (projection
          ? `; at its last rate (${projection.pagesPerSecondAtStop} pages/s) the build would take about ${projection.seconds} s for ${projection.expectedPages} pages (projection)`
          : '; too little of it ran to project its time') +
        '. Run `npm run bench -- --sizes=2000 --starlight= --no-lighthouse --no-transfer --deadline=0` to measure it to the end.',
    );
  } else {
    const extra = course.added.filter((l) => l.lang === 'en').at(-1);
    const stats = distStats(join(dir, 'dist'), extra ? [`/en/modules/${extra.module}/${extra.slug}/index.html`] : []);
    results.traza.push({ lessonsPerLang: lessons, run, modules: course.modules, ...summarize(measured, stats) });
    say(
      `${label}: ${stats.pages} pages in ${measured.seconds.toFixed(1)} s (${(stats.pages / measured.seconds).toFixed(1)} pages/s), peak ${mb(measured.peakRssBytes)}, dist ${mb(stats.distBytes)}`,
    );
  }
  if (!opts.keep) rmSync(dir, { recursive: true, force: true });
}

async function starlightSize(lessons, run, timeoutSeconds) {
  const label = labelOf('starlight', lessons, run);
  const scratch = join(work, `content-${label}`);
  mkdirSync(scratch, { recursive: true });
  // The same lessons Traza built at this size: generated the same way, then converted.
  cpSync(join(root, 'content'), join(scratch, 'content'), { recursive: true });
  const course = addSyntheticCourse(join(scratch, 'content'), lessons);
  const dir = join(work, label);
  makeStarlightProject(root, dir, allLessons(course.course, course.added));
  const astro = join(root, 'node_modules', '.bin', 'astro');
  const measured = await measuredBuild(label, dir, astro, ['build'], STARLIGHT_PHASES, timeoutSeconds);
  if (measured.timedOut) {
    results.starlight.push({
      lessonsPerLang: lessons,
      run,
      timedOut: true,
      seconds: Number(measured.seconds.toFixed(1)),
      pagesWritten: measured.pagesLogged,
      log: measured.log,
    });
    note(
      `${label}: stopped at the deadline after ${measured.seconds.toFixed(0)} s with ${measured.pagesLogged} pages written.`,
    );
  } else {
    const extra = course.added.filter((l) => l.lang === 'en').at(-1);
    const stats = distStats(join(dir, 'dist'), extra ? [`/en/modules/${extra.module}/${extra.slug}/index.html`] : []);
    results.starlight.push({ lessonsPerLang: lessons, run, ...summarize(measured, stats) });
    say(
      `${label}: ${stats.pages} pages in ${measured.seconds.toFixed(1)} s (${(stats.pages / measured.seconds).toFixed(1)} pages/s), peak ${mb(measured.peakRssBytes)}`,
    );
  }
  if (!opts.keep) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Lesson, quiz and scenario pages in both languages, when the build has them. */
function lighthousePages(dist) {
  const pages = [];
  for (const lang of ['en', 'es']) {
    pages.push({ name: `${lang} lesson`, path: `/${lang}/modules/fundamentals/what-a-trace-is/` });
    pages.push({ name: `${lang} quiz`, path: `/${lang}/modules/fundamentals/quiz/` });
    const practice = join(dist, lang, 'practice');
    const scenario = existsSync(practice)
      ? readdirSync(practice, { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(join(practice, d.name, 'index.html')))
          .map((d) => d.name)
          .sort()[0]
      : undefined;
    pages.push({ name: `${lang} scenario`, path: scenario ? `/${lang}/practice/${scenario}/` : undefined });
  }
  return pages.filter((p) => {
    if (p.path && existsSync(join(dist, p.path, 'index.html'))) return true;
    note(
      `lighthouse: skipped ${p.name}: ${p.path ?? `no /${p.name.slice(0, 2)}/practice/<scenario>/`} page in this build yet.`,
    );
    return false;
  });
}

async function lighthouseOnRealSite(dir) {
  const port = await freePort();
  // `astro preview`, as the brief for this benchmark asks; it runs in the throwaway copy, so it
  // never collides with the checkout's own preview server used by the browser tests.
  const preview = spawn(
    join(root, 'node_modules', '.bin', 'astro'),
    ['preview', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: dir,
      detached: true,
      stdio: 'ignore',
    },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/`, 60);
    const pages = lighthousePages(join(dir, 'dist'));
    results.lighthouse = await runLighthouse(
      pages.map((p) => ({ name: p.name, url: base + p.path })),
      { runs: Number(opts['lighthouse-runs']) || 1, progress: say },
    );
  } finally {
    try {
      process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/**
 * One build per size: the median of the finished runs (by wall time), or, when none finished, the
 * first run stopped at the deadline.
 */
function representative(entries) {
  const out = new Map();
  for (const lessons of [...new Set(entries.map((r) => r.lessonsPerLang))].sort((a, b) => a - b)) {
    const runs = entries.filter((r) => r.lessonsPerLang === lessons);
    const done = runs.filter((r) => !r.timedOut).sort((a, b) => a.seconds - b.seconds);
    out.set(lessons, done.length ? done[Math.floor((done.length - 1) / 2)] : runs[0]);
  }
  return out;
}

function growth() {
  const done = [...representative(results.traza).values()].filter((r) => !r.timedOut || r.projection);
  for (let i = 1; i < done.length; i++) {
    const [a, b] = [done[i - 1], done[i]];
    const pagesA = a.pages ?? a.projection.expectedPages;
    const pagesB = b.pages ?? b.projection.expectedPages;
    const secondsA = a.timedOut ? a.projection.seconds : a.seconds;
    const secondsB = b.timedOut ? b.projection.seconds : b.seconds;
    const pageRatio = pagesB / pagesA;
    const timeRatio = secondsB / secondsA;
    results.growth.push({
      from: a.lessonsPerLang,
      to: b.lessonsPerLang,
      pageRatio: Number(pageRatio.toFixed(2)),
      timeRatio: Number(timeRatio.toFixed(2)),
      // 1 when build time grows in step with pages (linear); 2 when it grows with their square.
      exponent: Number((Math.log(timeRatio) / Math.log(pageRatio)).toFixed(2)),
      secondsPerPage: [Number((secondsA / pagesA).toFixed(4)), Number((secondsB / pagesB).toFixed(4))],
      projected: Boolean(a.timedOut || b.timedOut),
    });
  }
}

function comparison() {
  const traza = representative(results.traza);
  for (const [lessons, s] of representative(results.starlight)) {
    const t = traza.get(lessons);
    if (!t || t.timedOut || s.timedOut) continue;
    const pageBytes = Object.fromEntries(
      Object.keys(t.lessonPages)
        .filter((p) => s.lessonPages[p])
        .map((p) => {
          const a = t.lessonPages[p];
          const b = s.lessonPages[p];
          const trazaBytes = a.html + a.css + a.js;
          const starlightBytes = b.html + b.css + b.js;
          return [
            p,
            { traza: trazaBytes, starlight: starlightBytes, ratio: Number((trazaBytes / starlightBytes).toFixed(2)) },
          ];
        }),
    );
    // Per page, since the two sites do not have the same number of pages (Traza adds module, quiz…
    // pages). Each Traza run is paired with the Starlight run built right after it.
    const perPage = (r) => r.seconds / r.pages;
    const runRatios = results.traza
      .filter((r) => r.lessonsPerLang === lessons && !r.timedOut)
      .flatMap((r) => {
        const twin = results.starlight.find((x) => x.lessonsPerLang === lessons && x.run === r.run && !x.timedOut);
        return twin ? [Number((perPage(r) / perPage(twin)).toFixed(2))] : [];
      });
    results.comparison.push({
      lessonsPerLang: lessons,
      trazaSeconds: t.seconds,
      starlightSeconds: s.seconds,
      trazaPages: t.pages,
      starlightPages: s.pages,
      secondsPerPageRatio: runRatios.length
        ? Number(median(runRatios).toFixed(2))
        : Number((perPage(t) / perPage(s)).toFixed(2)),
      secondsPerPageRatioRuns: runRatios,
      buildTimeRatio: Number((t.seconds / s.seconds).toFixed(2)),
      pageBytes,
    });
  }
}

function writeResults() {
  growth();
  comparison();
  const loads = [results.realCourse, ...results.traza, ...results.starlight, ...results.lighthouse].map(
    (r) => r?.loadBefore ?? 0,
  );
  const busiest = Math.max(0, ...loads);
  if (busiest > results.machine.cpus) {
    note(
      `the machine was busy (load average up to ${busiest} on ${results.machine.cpus} cores): wall times and Lighthouse TBT are inflated; ` +
        'compare ratios taken close together, or run again on a quiet machine.',
    );
  }
  results.finishedAt = new Date().toISOString();
  results.seconds = Math.round(elapsed());
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  const md = formatMarkdown(results, results.transfer ? formatTransfer(results.transfer) : []);
  writeFileSync(join(resultsDir, 'latest.md'), md);
  console.log(`\n${md}`);
  say(`results: bench/results/latest.json, bench/results/latest.md (${results.seconds} s in all)`);
}

try {
  say(
    `work folder ${work}; sizes ${sizes.join(', ')} lessons per language (Starlight: ${starlightSizes.join(', ') || 'none'}); deadline ${deadline === Infinity ? 'none' : `${deadline} s`}`,
  );
  if (opts.real) {
    const real = await realSite();
    if (opts.lighthouse) await lighthouseOnRealSite(real);
    if (opts.transfer) {
      say('transfer: first and second lesson visit, first search result (Chromium)…');
      const { lessons, search } = await transferReport({ dist: join(real, 'dist') });
      // The per-file lists stay in the JSON; the table has the sums.
      results.transfer = { lessons, search };
      for (const line of formatTransfer(results.transfer)) console.log(`  ${line}`);
    }
    if (!opts.keep) rmSync(real, { recursive: true, force: true });
  } else if (opts.lighthouse || opts.transfer) {
    note('--no-real: no Lighthouse and no transfer report (both measure the real course).');
  }

  // Sizes in order, Traza and its Starlight twin taking turns run after run, so a busy spell on the
  // machine slows both. The largest size comes last and shares whatever time is left.
  const largest = Math.max(...sizes, ...starlightSizes);
  const timebox = (buildsLeft) => {
    const left = (deadline - elapsed() - 20) / buildsLeft;
    return left === Infinity ? undefined : left;
  };
  for (const lessons of [...new Set([...sizes, ...starlightSizes])].sort((a, b) => a - b)) {
    const builds = [
      ...(sizes.includes(lessons) ? [['traza', trazaSize]] : []),
      ...(starlightSizes.includes(lessons) ? [['starlight', starlightSize]] : []),
    ];
    for (let run = 1; run <= repeat; run++) {
      for (const [i, [site, build]] of builds.entries()) {
        if (lessons !== largest) {
          await build(lessons, run);
          continue;
        }
        const seconds = timebox((repeat - run) * builds.length + builds.length - i);
        if (seconds !== undefined && seconds < 60)
          note(
            `${labelOf(site, lessons, run)}: skipped, only ${Math.max(0, Math.round(seconds))} s left before the deadline.`,
          );
        else await build(lessons, run, seconds);
      }
    }
  }
} catch (error) {
  note(`stopped by an error: ${error.message}`);
  process.exitCode = 1;
} finally {
  writeResults();
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
  else say(`kept the builds in ${work}`);
}
