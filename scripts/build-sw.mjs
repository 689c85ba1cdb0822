// After `astro build` and `pagefind`: writes the per-language offline lists (dist/offline/<lang>.json)
// and generates the service worker (dist/sw.js) with workbox-build. It runs after Pagefind on
// purpose: the worker must know Pagefind's files (@vite-pwa/astro runs before Pagefind, and does
// not support Astro 7).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateSW } from 'workbox-build';

const dist = new URL('../dist/', import.meta.url).pathname;
const LANGS = ['en', 'es'];

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

mkdirSync(join(dist, 'offline'), { recursive: true });
for (const lang of LANGS) {
  const pages = files
    .filter((f) => f.startsWith(`${lang}/`) && f.endsWith('index.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);
  const search = files.filter((f) =>
    new RegExp(`^pagefind/((index|fragment|filter)/${lang}_|wasm\\.${lang}\\.pagefind$|pagefind\\.${lang}_.*\\.pf_meta$)`).test(f),
  );
  const other = files.filter((f) => f === `${lang}/manifest.webmanifest`);
  const urls = [...pages, ...[...search, ...other].map((f) => `/${f}`)];
  const bytes = [...pages.map((p) => `${p.slice(1)}index.html`), ...search, ...other].reduce((n, f) => n + size(f), 0);
  writeFileSync(join(dist, 'offline', `${lang}.json`), JSON.stringify({ version, lang, bytes, urls }));
}

const { count, size: precacheBytes, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: [
    '_astro/**/*.{js,css}',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'favicon.svg',
    'icons/*',
    'index.html',
    '404.html',
    'offline/index.html',
  ],
  swDest: join(dist, 'sw.js'),
  // Pagefind asks for pagefind-entry.json?ts=<time>; without this, offline search misses the cache.
  ignoreURLParametersMatching: [/^ts$/],
  // A new version waits until every Traza tab is closed (or the reader chooses "use it now"),
  // so a page never runs with half-old, half-new assets.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  sourcemap: false,
  mode: 'production',
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: {
        cacheName: 'traza-pages',
        networkTimeoutSeconds: 6,
        // /es/search/?q=… is the saved /es/search/ page; its script reads the query.
        matchOptions: { ignoreSearch: true },
        precacheFallback: { fallbackURL: '/offline/index.html' },
      },
    },
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/offline/') && url.pathname.endsWith('.json'),
      handler: 'NetworkOnly',
    },
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/'),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'traza-search' },
    },
    {
      urlPattern: ({ sameOrigin }) => sameOrigin,
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'traza-assets' },
    },
  ],
});
for (const w of warnings) console.warn(`build-sw: ${w}`);
const perLang = LANGS.map((l) => {
  const list = JSON.parse(readFileSync(join(dist, 'offline', `${l}.json`), 'utf8'));
  return `${l} ${list.urls.length} files ${(list.bytes / 1024).toFixed(0)} KiB`;
});
console.log(`build-sw: precache ${count} files ${(precacheBytes / 1024).toFixed(0)} KiB; offline download: ${perLang.join(', ')}; version ${version}`);
