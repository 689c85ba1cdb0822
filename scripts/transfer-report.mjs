// What a learner's phone downloads, measured in Chromium against a built site: a first visit to a
// lesson, a second lesson visit right after it (only what the first did not fetch), and a first
// search result. Bytes are gzip as a host would send them (scripts/check-dist.mjs#transferBytes).
// Run by `npm run bench`; alone: `npm run report:transfer -- [dist-dir] [--json out.json]`
// after `npm run build`. It serves the folder itself (bench/lib/static-server.mjs), so it never
// competes with `astro preview` or the browser tests for a port.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { searchBudget } from '../budgets.config.mjs';
import { transferBytes } from './check-dist.mjs';
import { serveStatic } from '../bench/lib/static-server.mjs';

/** A phone-sized window: the layout, images and media queries a phone gets. */
const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const LESSON = (lang) => `/${lang}/modules/fundamentals/what-a-trace-is/`;
const SEARCH = { es: 'numero de serie', en: 'serial number' };

export function findChromium() {
  const found = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].find((p) => p && existsSync(p));
  if (!found) throw new Error("No Chromium: install Debian's `chromium` or set CHROMIUM_PATH.");
  return found;
}

/**
 * Records every response that came over the network (not those the service worker answered from
 * its cache), as { url, bytes, by: 'page' | 'worker' }.
 */
function recordNetwork(context) {
  const log = [];
  const pending = [];
  context.on('response', (response) => {
    if (response.fromServiceWorker() || response.status() === 304) return;
    const url = new URL(response.url());
    if (!/^https?:$/.test(url.protocol)) return;
    const by = response.request().serviceWorker() ? 'worker' : 'page';
    pending.push(
      response
        .body()
        .then((body) =>
          log.push({
            url: url.pathname + url.search,
            path: url.pathname,
            bytes: transferBytes(body, url.pathname),
            by,
          }),
        )
        .catch(() => undefined),
    );
  });
  return { log, settle: () => Promise.all(pending.splice(0)) };
}

const sum = (entries) => entries.reduce((n, e) => n + e.bytes, 0);
const kindOf = (path) =>
  /\.html$|\/$/.test(path)
    ? 'html'
    : /\.css$/.test(path)
      ? 'css'
      : /\.m?js$/.test(path)
        ? 'js'
        : /\.json$|\.webmanifest$/.test(path)
          ? 'data'
          : 'media';

/** Bytes per kind (html, css, js, media, data) plus the total. */
function breakdown(entries) {
  const out = { html: 0, css: 0, js: 0, media: 0, data: 0 };
  for (const e of entries) out[kindOf(e.path)] += e.bytes;
  return { ...out, total: sum(entries), requests: entries.length };
}

/** Waits until the page's service worker (if it registers one) has installed and precached. */
async function serviceWorkerSettled(page) {
  await page
    .evaluate(() =>
      'serviceWorker' in navigator
        ? Promise.race([
            navigator.serviceWorker.getRegistration().then((r) => (r ? navigator.serviceWorker.ready : undefined)),
            new Promise((done) => setTimeout(done, 15_000)),
          ]).then(() => undefined)
        : undefined,
    )
    .catch(() => undefined);
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

async function lessonVisits(browser, base, lang) {
  const context = await browser.newContext({ ...PHONE, locale: lang === 'es' ? 'es-MX' : 'en-US' });
  const net = recordNetwork(context);
  const page = await context.newPage();
  const first = LESSON(lang);
  await page.goto(base + first, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await net.settle();
  const onLoad = net.log.splice(0);
  await serviceWorkerSettled(page);
  await net.settle();
  const background = net.log.splice(0);

  const next = await page.locator('a[rel="next"]').first().getAttribute('href');
  if (!next) throw new Error(`transfer-report: ${first} has no a[rel="next"] to visit second`);
  const fetched = new Set([...onLoad, ...background].map((e) => e.url));
  await page.goto(new URL(next, base + first).href, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await net.settle();
  const second = net.log.splice(0).filter((e) => !fetched.has(e.url));
  await context.close();
  return {
    lang,
    firstPath: first,
    secondPath: next,
    firstVisit: breakdown(onLoad.filter((e) => e.by === 'page')),
    // Downloads that do not delay the page: the service worker's precache, late fetches.
    firstVisitBackground: breakdown([...onLoad.filter((e) => e.by === 'worker'), ...background]),
    secondVisit: breakdown(second),
    files: { firstVisit: onLoad, background, secondVisit: second },
  };
}

/** The search spec's method: Pagefind's core, WASM and index chunks, and one result fragment. */
async function firstSearchResult(browser, base, lang) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const net = recordNetwork(context);
  const page = await context.newPage();
  await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(SEARCH[lang])}`);
  await page.locator('main .hits li').first().waitFor({ timeout: 20_000 });
  await net.settle();
  let fragments = 0;
  const pagefind = net.log.filter(
    (e) => e.path.startsWith('/pagefind/') && !(e.path.includes('/fragment/') && fragments++ > 0),
  );
  await context.close();
  const chunks = pagefind.filter((e) => e.path.startsWith('/pagefind/index/')).length;
  return {
    lang,
    query: SEARCH[lang],
    bytes: sum(pagefind),
    requests: pagefind.length,
    chunks,
    budget: searchBudget(chunks),
    files: pagefind.map(({ path, bytes }) => ({ path, bytes })),
  };
}

/**
 * Measures a built site. Pass `dist` (a folder, served here) or `baseUrl` (a running server).
 * @param {{ dist?: string, baseUrl?: string, langs?: string[] }} options
 */
export async function transferReport({ dist, baseUrl, langs = ['es', 'en'] }) {
  const server = baseUrl ? undefined : await serveStatic(resolve(dist ?? 'dist'));
  const base = baseUrl ?? server.url;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const lessons = [];
    const search = [];
    for (const lang of langs) {
      lessons.push(await lessonVisits(browser, base, lang));
      search.push(
        await firstSearchResult(browser, base, lang).catch((e) => ({
          lang,
          error: String(e.message ?? e).split('\n')[0],
        })),
      );
    }
    return { lessons, search };
  } finally {
    await browser.close();
    await server?.close();
  }
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** The report as lines for a terminal or a Markdown file. */
export function formatTransfer({ lessons, search }) {
  const lines = [
    '| what (gzip) | html | css | js | media | data | total | requests |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const row = (label, b) =>
    `| ${label} | ${kb(b.html)} | ${kb(b.css)} | ${kb(b.js)} | ${kb(b.media)} | ${kb(b.data)} | **${kb(b.total)}** | ${b.requests} |`;
  for (const l of lessons) {
    lines.push(row(`${l.lang}: first visit to a lesson`, l.firstVisit));
    if (l.firstVisitBackground.requests)
      lines.push(row(`${l.lang}: …then in the background (service worker)`, l.firstVisitBackground));
    lines.push(row(`${l.lang}: second lesson (next →)`, l.secondVisit));
  }
  lines.push(
    '',
    '| first search result (Pagefind) | bytes (gzip) | requests | index chunks | budget |',
    '|---|--:|--:|--:|--:|',
  );
  for (const s of search) {
    lines.push(
      s.error
        ? `| ${s.lang} | failed: ${s.error} | | | |`
        : `| ${s.lang} “${s.query}” | ${kb(s.bytes)} | ${s.requests} | ${s.chunks} | ${kb(s.budget)}${s.bytes > s.budget ? ' **over**' : ''} |`,
    );
  }
  return lines;
}

async function main() {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const json = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
  const dist = resolve(args[0] ?? new URL('../dist/', import.meta.url).pathname);
  if (!existsSync(dist)) {
    console.error(`transfer-report: ${dist} does not exist; run \`npm run build\` first.`);
    process.exit(1);
  }
  const report = await transferReport({ dist });
  console.log(formatTransfer(report).join('\n'));
  if (json) writeFileSync(json, JSON.stringify(report, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
