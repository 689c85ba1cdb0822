// After `astro build` and `pagefind`: writes the per-language offline lists (dist/offline/<lang>.json)
// and the service worker (dist/sw.js: src/service-worker.js with its precache list filled in). It
// runs after Pagefind on purpose: the worker must know Pagefind's files (@vite-pwa/astro runs
// before Pagefind, and does not support Astro 7).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// Straight from its module: workbox-build's index also loads generateSW's bundler (Rollup, Babel,
// Terser), a second of start-up this script does not need.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { classifyPage, inspectDist } from './check-dist.mjs';
import { workerCacheNames } from './storage-names.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
// The site's languages, read from the build (each has its web manifest, from
// src/pages/[lang]/manifest.webmanifest.ts): importing LANGS from src/i18n/lang.ts would make Node
// load its TypeScript stripper, a third of a second.
const LANGS = readdirSync(dist).filter((d) => existsSync(join(dist, d, 'manifest.webmanifest')));

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
const files = walk(dist).map((f) => relative(dist, f).split('\\').join('/'));
const size = (f) => statSync(join(dist, f)).size;

// A build id from the content of everything served, so a new deployment is noticed as new.
const hash = createHash('sha256');
for (const f of files.sort()) hash.update(f).update(readFileSync(join(dist, f)));
const version = hash.digest('hex').slice(0, 16);

// What each page needs besides its HTML: its CSS and JS, including code it loads on first use
// (search, knowledge-check scoring). The precache holds only the shell, what reading pages need
// (lessons, module pages, glossary…): a first visit on a slow link should not pull every island's
// code in the background. Island code (quiz, simulator, trainer…) is cached when its page is
// visited, and in full by "download for offline use" (the per-language lists below).
const site = inspectDist(dist);
const rel = (f) => relative(dist, f).split('\\').join('/');
const assetsOf = (page) => [...site.assetFiles(site.read(page))].map(rel);
const shell = new Set();
const langAssets = Object.fromEntries(LANGS.map((l) => [l, new Set()]));
for (const page of site.htmlFiles) {
  const path = site.pagePathOf(page);
  const assets = assetsOf(page);
  if (!classifyPage(path).island) for (const a of assets) shell.add(a);
  const lang = LANGS.find((l) => path.startsWith(`/${l}/`));
  if (lang) for (const a of assets) langAssets[lang].add(a);
}

mkdirSync(join(dist, 'offline'), { recursive: true });
for (const lang of LANGS) {
  const pages = files
    .filter((f) => f.startsWith(`${lang}/`) && f.endsWith('index.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);
  const search = files.filter((f) =>
    new RegExp(
      `^pagefind/((index|fragment|filter)/${lang}_|wasm\\.${lang}\\.pagefind$|pagefind\\.${lang}_.*\\.pf_meta$)`,
    ).test(f),
  );
  const other = [
    // The final assessment's questions: its page fetches them (src/islands/AssessmentQuiz.tsx).
    ...files.filter((f) => f === `${lang}/manifest.webmanifest` || f === `${lang}/assessment/pool.json`),
    ...[...langAssets[lang]].filter((a) => !shell.has(a)).sort(),
  ];
  const urls = [...pages, ...[...search, ...other].map((f) => `/${f}`)];
  const bytes = [...pages.map((p) => `${p.slice(1)}index.html`), ...search, ...other].reduce((n, f) => n + size(f), 0);
  writeFileSync(join(dist, 'offline', `${lang}.json`), JSON.stringify({ version, lang, bytes, urls }));
}

// The worker is written once (src/service-worker.js); only its precache list changes per build.
// Astro's files carry a content hash in their names, so they need no revision; pages are listed
// by the URL readers use (/offline/, not /offline/index.html).
const pageUrls = (manifest) => ({
  manifest: manifest.map((e) => ({ ...e, url: `/${e.url}`.replace(/\/index\.html$/, '/') })),
  warnings: [],
});
const {
  count,
  size: precacheBytes,
  warnings,
} = await injectManifest({
  swSrc: fileURLToPath(new URL('../src/service-worker.js', import.meta.url)),
  swDest: join(dist, 'sw.js'),
  globDirectory: dist,
  globPatterns: [
    ...[...shell].sort(),
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'favicon.svg',
    // The PNG icons are for installing, and the browser fetches them itself when it installs.
    'icons/icon.svg',
    'index.html',
    'offline/index.html',
  ],
  dontCacheBustURLsMatching: /^_astro\//,
  manifestTransforms: [pageUrls],
});
for (const w of warnings) console.warn(`build-sw: ${w}`);
const swFile = join(dist, 'sw.js');
writeFileSync(swFile, workerCacheNames() + readFileSync(swFile, 'utf8'));
const perLang = LANGS.map((l) => {
  const list = JSON.parse(readFileSync(join(dist, 'offline', `${l}.json`), 'utf8'));
  return `${l} ${list.urls.length} files ${(list.bytes / 1024).toFixed(0)} KiB`;
});
console.log(
  `build-sw: precache ${count} files ${(precacheBytes / 1024).toFixed(0)} KiB; offline download: ${perLang.join(', ')}; version ${version}`,
);
