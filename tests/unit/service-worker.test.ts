// The service worker itself (src/service-worker.js, as dist/sw.js serves it), run in a sandbox
// with an in-memory Cache API and a scripted network. tests/e2e/offline.spec.ts runs it in
// Chromium; these tests reach the cases a browser test cannot stage cheaply (a stalled network,
// a failed precache, an update that changes one file).
import { readFileSync } from 'node:fs';
import { workerCacheNames } from '../../scripts/storage-names.mjs';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheFor } from '../../src/lib/offline';
import { MemoryCaches } from './support/memory-caches';

// As dist/sw.js serves it: the cache names first (scripts/build-sw.mjs), then the worker.
const source = workerCacheNames() + readFileSync(new URL('../../src/service-worker.js', import.meta.url), 'utf8');
const ORIGIN = 'https://traza.test';
const at = (path: string) => new URL(path, ORIGIN).href;

type Entry = { url: string; revision: string | null };
/** What a route answers; `undefined` means the network is down. */
type Network = (url: string) => Response | undefined | Promise<Response | undefined>;
interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

const SHELL: Entry[] = [
  { url: '/_astro/style.abc123.css', revision: null },
  { url: '/pagefind/pagefind-entry.json', revision: 'p1' },
  { url: '/', revision: 'l1' },
  { url: '/offline/', revision: 'o1' },
];

/** Every URL answers 200 with a body naming it. */
const online: Network = (url) => new Response(`network ${url}`);
const offline: Network = () => undefined;

function startWorker(manifest: Entry[], network: Network = online, caches = new MemoryCaches()) {
  const handlers = new Map<string, (event: unknown) => void>();
  const fetched: { url: string; cache?: RequestCache }[] = [];
  const worker = {
    location: new URL(at('/sw.js')),
    __WB_MANIFEST: manifest,
    addEventListener: (type: string, handler: (event: unknown) => void) => handlers.set(type, handler),
    skipWaiting: vi.fn(),
    clients: { claim: vi.fn(async () => undefined) },
  };
  const fetch = async (input: string | FakeRequest, init?: RequestInit) => {
    const url = typeof input === 'string' ? at(input) : input.url;
    fetched.push({ url, cache: init?.cache });
    const response = await network(url);
    if (!response) throw new TypeError('Failed to fetch');
    return response;
  };
  runInNewContext(source, {
    self: worker,
    caches,
    fetch,
    URL,
    Response,
    // Looked up at call time, so vi.useFakeTimers() reaches the worker.
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  });

  /** Runs one event to its end: its response, then every promise it asked to wait for. */
  async function dispatch(type: string, init: object = {}) {
    const lifetime: Promise<unknown>[] = [];
    let response: Promise<Response> | undefined;
    const event = {
      ...init,
      waitUntil: (p: Promise<unknown>) => lifetime.push(p),
      respondWith: (p: Promise<Response>) => (response = Promise.resolve(p)),
    };
    handlers.get(type)!(event);
    const answer = await response;
    for (let i = 0; i < lifetime.length; i++) await lifetime[i];
    return { answered: response !== undefined, response: answer };
  }

  const request = (path: string, mode = 'no-cors', method = 'GET'): FakeRequest => ({ url: at(path), method, mode });
  const get = async (path: string, mode?: string) => {
    const { answered, response } = await dispatch('fetch', { request: request(path, mode) });
    return { answered, text: await response?.text(), status: response?.status, type: response?.type };
  };
  return { worker, caches, fetched, dispatch, request, get };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('service worker: precache', () => {
  it('precaches the shell: hashed files under their name, the others under their revision, fetched past the HTTP cache', async () => {
    const sw = startWorker(SHELL);
    await sw.dispatch('install');
    expect(sw.caches.urls('traza-precache')).toEqual([
      at('/?__revision=l1'),
      at('/_astro/style.abc123.css'),
      at('/offline/?__revision=o1'),
      at('/pagefind/pagefind-entry.json?__revision=p1'),
    ]);
    const mode = Object.fromEntries(sw.fetched.map((f) => [f.url, f.cache]));
    expect(mode[at('/_astro/style.abc123.css')]).toBe('default');
    expect(mode[at('/offline/')]).toBe('reload');
  });

  it('a new version fetches only what changed, and until it takes over the old one still serves the old file', async () => {
    const old = startWorker(SHELL);
    await old.dispatch('install');
    await old.dispatch('activate');
    const changed = SHELL.map((e) => (e.url === '/' ? { ...e, revision: 'l2' } : e));
    const next = startWorker(changed, (url) => new Response(`new ${url}`), old.caches);
    await next.dispatch('install');
    expect(next.fetched.map((f) => f.url)).toEqual([at('/')]);
    expect((await old.get('/', 'navigate')).text).toBe(`network ${at('/')}`);
    await next.dispatch('activate');
    expect((await next.get('/', 'navigate')).text).toBe(`new ${at('/')}`);
    expect(next.caches.urls('traza-precache')).not.toContain(at('/?__revision=l1'));
  });

  it('a file that fails to download fails the install, so the working version stays', async () => {
    const sw = startWorker(SHELL, (url) => new Response('', { status: url.endsWith('/offline/') ? 404 : 200 }));
    await expect(sw.dispatch('install')).rejects.toThrow(/offline.*404/);
  });

  it("activating drops what the new list no longer has and Workbox's old precache, keeps the download, takes control", async () => {
    const sw = startWorker(SHELL);
    const precache = await sw.caches.open('traza-precache');
    await precache.put(at('/_astro/style.old.css'), new Response('old'));
    await sw.caches.open('workbox-precache-v2-https://traza.test/');
    await (await sw.caches.open('traza-pages')).put(at('/es/'), new Response('saved'));
    await sw.dispatch('install');
    await sw.dispatch('activate');
    expect(sw.caches.urls('traza-precache')).not.toContain(at('/_astro/style.old.css'));
    expect(await sw.caches.keys()).not.toContain('workbox-precache-v2-https://traza.test/');
    expect(sw.caches.urls('traza-pages')).toEqual([at('/es/')]);
    expect(sw.worker.clients.claim).toHaveBeenCalled();
  });

  it("serves Pagefind's entry file from the precache whatever its ?ts= query, offline too", async () => {
    let network = online;
    const sw = startWorker(SHELL, (url) => network(url));
    await sw.dispatch('install');
    network = offline;
    const entry = await sw.get('/pagefind/pagefind-entry.json?ts=1733312345');
    expect(entry.text).toBe(`network ${at('/pagefind/pagefind-entry.json')}`);
  });
});

describe('service worker: pages and files', () => {
  it('pages come from the network and are saved without their query; offline the saved copy answers', async () => {
    let network = online;
    const sw = startWorker(SHELL, (url) => network(url));
    await sw.dispatch('install');
    expect((await sw.get('/es/search/?q=serie', 'navigate')).text).toBe(`network ${at('/es/search/?q=serie')}`);
    expect(sw.caches.urls('traza-pages')).toEqual([at('/es/search/')]);
    network = offline;
    expect((await sw.get('/es/search/?q=calibre', 'navigate')).text).toBe(`network ${at('/es/search/?q=serie')}`);
  });

  it('offline, a page never saved gets the offline page; without that, a network error', async () => {
    const sw = startWorker(SHELL);
    await sw.dispatch('install');
    const offlineWorker = startWorker(SHELL, offline, sw.caches);
    expect((await offlineWorker.get('/en/modules/leads/patterns/', 'navigate')).text).toBe(
      `network ${at('/offline/')}`,
    );
    const bare = startWorker([], offline);
    expect((await bare.get('/en/', 'navigate')).type).toBe('error');
  });

  it('a page whose network stalls for 6 s gets the saved copy; sooner, or with no saved copy, the network answers', async () => {
    vi.useFakeTimers();
    let release: () => void = () => undefined;
    const stalled: Network = (url) => new Promise((done) => (release = () => done(new Response(`late ${url}`))));
    const sw = startWorker([], stalled);
    await (await sw.caches.open('traza-pages')).put(at('/es/'), new Response('saved /es/'));
    const answerAfter = async (path: string, ms: number) => {
      const answer = sw.get(path, 'navigate');
      await vi.advanceTimersByTimeAsync(ms);
      release();
      return (await answer).text;
    };
    expect(await answerAfter('/es/', 5_900)).toBe(`late ${at('/es/')}`);
    await (await sw.caches.open('traza-pages')).put(at('/es/'), new Response('saved /es/'));
    expect(await answerAfter('/es/', 6_100)).toBe('saved /es/');
    expect(await answerAfter('/en/', 10_000)).toBe(`late ${at('/en/')}`);
  });

  it('serves what "Download the course" saved in the caches src/lib/offline.ts names', async () => {
    const sw = startWorker(SHELL, offline);
    const downloaded = ['/es/modules/results/time-to-crime/', '/pagefind/index/es_abc.pf_index', '/_astro/Quiz.x1.js'];
    for (const url of downloaded) await (await sw.caches.open(cacheFor(url))).add(at(url));
    expect((await sw.get(downloaded[0]!, 'navigate')).text).toBe(`downloaded ${at(downloaded[0]!)}`);
    expect((await sw.get(downloaded[1]!)).text).toBe(`downloaded ${at(downloaded[1]!)}`);
    // Astro retries a failed island import with ?astro-retry=…: the same file.
    expect((await sw.get(`${downloaded[2]}?astro-retry=1`)).text).toBe(`downloaded ${at(downloaded[2]!)}`);
  });

  it('search files and other assets answer from the cache first and are refreshed from the network', async () => {
    const sw = startWorker([], (url) => new Response(`fresh ${url}`));
    await (await sw.caches.open('traza-search')).put(at('/pagefind/index/en_1.pf_index'), new Response('cached'));
    expect((await sw.get('/pagefind/index/en_1.pf_index')).text).toBe('cached');
    expect((await sw.get('/pagefind/index/en_1.pf_index')).text).toBe(`fresh ${at('/pagefind/index/en_1.pf_index')}`);
    expect((await sw.get('/icons/icon-192.png')).text).toBe(`fresh ${at('/icons/icon-192.png')}`);
    expect(sw.caches.urls('traza-assets')).toEqual([at('/icons/icon-192.png')]);
  });

  it('leaves the offline lists, other origins and non-GET requests to the browser', async () => {
    const sw = startWorker(SHELL);
    expect((await sw.get('/offline/es.json')).answered).toBe(false);
    const other = await sw.dispatch('fetch', {
      request: { url: 'https://example.org/x.js', method: 'GET', mode: 'cors' },
    });
    expect(other.answered).toBe(false);
    const post = await sw.dispatch('fetch', { request: sw.request('/es/', 'navigate', 'POST') });
    expect(post.answered).toBe(false);
    expect(sw.fetched).toEqual([]);
  });
});

describe('service worker: updates', () => {
  it('"Use it now" (SKIP_WAITING) activates the waiting version; other messages do not', async () => {
    const sw = startWorker(SHELL);
    await sw.dispatch('message', { data: { type: 'PING' } });
    await sw.dispatch('message', { data: null });
    expect(sw.worker.skipWaiting).not.toHaveBeenCalled();
    await sw.dispatch('message', { data: { type: 'SKIP_WAITING' } });
    expect(sw.worker.skipWaiting).toHaveBeenCalledOnce();
  });
});
