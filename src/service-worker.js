// Traza's service worker, served as written: no bundler and no Workbox runtime, so the build only
// has to fill in the list of files to precache. scripts/build-sw.mjs does that with workbox-build's
// injectManifest (which replaces the placeholder in `manifest` below) and writes dist/sw.js.
//
// - install: precaches the shell (the stylesheet, the JS that reading pages use, Pagefind's core,
//   the landing and the offline page), fetching only the entries this device lacks.
// - A new version waits until every Traza tab is closed, or until a page posts SKIP_WAITING
//   ("Use it now", src/scripts/offline.ts), so a page never runs half-old, half-new assets.
// - activate: takes control of open pages and drops precached files the new list no longer has.
// - fetch: precached files from the precache; pages from the network first, then a saved copy,
//   then the offline page; everything else same-origin stale-while-revalidate, in the caches that
//   "Download the course" fills (src/lib/offline.ts#cacheFor); the offline lists always from the
//   network, since they say which build is current.
// A worker cannot read localStorage, where progress lives: no update can touch it.

// The cache names PAGES, SEARCH, ASSETS and PRECACHE come from src/lib/storage-names.ts, shared with
// the offline download (src/lib/offline.ts#cacheFor): the build writes them as the first line of
// dist/sw.js (scripts/storage-names.mjs#workerCacheNames).
/* global PAGES, SEARCH, ASSETS, PRECACHE */
const OFFLINE_PAGE = '/offline/';
/** On a stalled connection a saved page after this long beats a spinner. */
const NETWORK_TIMEOUT_MS = 6000;

/** @type {{ url: string, revision: string | null }[]} `revision` is null when the file name carries a content hash. */
const manifest = self.__WB_MANIFEST;

/**
 * Precached URL -> cache key. A file without a hash in its name is stored under its revision, so a
 * new revision is a new entry and the old one stays usable until the new worker takes over.
 */
const precached = new Map(
  manifest.map(({ url, revision }) => {
    const href = new URL(url, self.location.href).href;
    if (!revision) return [href, href];
    const key = new URL(href);
    key.searchParams.set('__revision', revision);
    return [href, key.href];
  }),
);

/** Pagefind asks for pagefind-entry.json?ts=<time> to dodge HTTP caches; offline it must still match. */
function precacheKey(url) {
  const clean = new URL(url);
  clean.hash = '';
  clean.searchParams.delete('ts');
  return precached.get(clean.href);
}

async function fromPrecache(key) {
  const cache = await caches.open(PRECACHE);
  return key ? cache.match(key) : undefined;
}

/**
 * Fetches the event's request; a 200 answer is saved in `cacheName` (under `key`) while the response
 * goes on to the page. The worker stays alive until the copy is saved, even when a cached answer
 * was sent first.
 */
function fetchAndSave(event, cacheName, key = event.request) {
  const network = fetch(event.request).then((response) => {
    if (response.status === 200) {
      const copy = response.clone();
      event.waitUntil(caches.open(cacheName).then((cache) => cache.put(key, copy)));
    }
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  return network;
}

/** Network first; after NETWORK_TIMEOUT_MS or on failure the saved copy; without one, the offline page. */
async function page(event) {
  // Saved without the query: /es/search/?q=… is the /es/search/ page, whose script reads the query.
  const path = new URL(event.request.url);
  path.search = '';
  path.hash = '';
  const network = fetchAndSave(event, PAGES, path.href);
  const saved = () => caches.open(PAGES).then((cache) => cache.match(event.request, { ignoreSearch: true }));
  try {
    const stalled = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS)).then(saved);
    return (await Promise.race([network, stalled])) ?? (await network);
  } catch {
    return (
      (await saved()) ??
      (await fromPrecache(precacheKey(new URL(OFFLINE_PAGE, self.location.href)))) ??
      Response.error()
    );
  }
}

async function staleWhileRevalidate(event, cacheName, matchOptions) {
  const network = fetchAndSave(event, cacheName);
  const cached = await caches.open(cacheName).then((cache) => cache.match(event.request, matchOptions));
  return cached ?? network;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(PRECACHE).then((cache) =>
      Promise.all(
        [...precached].map(async ([url, key]) => {
          if (await cache.match(key)) return;
          // A file without a hash in its name may be stale in the HTTP cache: ask the server.
          const response = await fetch(url, { cache: key === url ? 'default' : 'reload' });
          if (!response.ok) throw new Error(`service worker: precaching ${url} failed with ${response.status}`);
          await cache.put(key, response);
        }),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set(precached.values());
      const cache = await caches.open(PRECACHE);
      for (const request of await cache.keys()) if (!current.has(request.url)) await cache.delete(request);
      // Versions built with Workbox's generateSW kept their precache under this name.
      for (const name of await caches.keys()) if (name.startsWith('workbox-precache')) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const key = precacheKey(url);
  if (key) event.respondWith(fromPrecache(key).then((cached) => cached ?? fetch(request)));
  else if (request.mode === 'navigate') event.respondWith(page(event));
  else if (url.pathname.startsWith('/offline/') && url.pathname.endsWith('.json')) return;
  else if (url.pathname.startsWith('/pagefind/')) {
    event.respondWith(staleWhileRevalidate(event, SEARCH, { ignoreVary: true }));
  } else {
    // A module script is requested with an Origin header and servers answer "Vary: Origin"; the
    // copy "Download the course" saved was fetched without one, so without ignoreVary an island's
    // code would be missing offline. Astro retries a failed island import with ?astro-retry=…;
    // the file is the same (its name carries its hash).
    event.respondWith(staleWhileRevalidate(event, ASSETS, { ignoreVary: true, ignoreSearch: true }));
  }
});
