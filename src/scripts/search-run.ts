import { buildFilters, searchTerms, toHit, type PagefindData, type SearchHit } from '../lib/search';

// The search itself: Pagefind, the query, the hits. search-ui.ts loads this module when a reader
// first focuses a search field, so pages read without searching never download it.

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    q: string,
    o?: { filters?: Record<string, string> },
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind loads on first use only: pages that never search never download it. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // No worker: it would add a 12 KB script to every first search, and the index is small
    // enough to query on the main thread without blocking it.
    await pf.options({ excerptLength: 24, noWorker: true });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

function renderHit(hit: SearchHit, labels: Record<string, string>): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = hit.url;
  a.className = 'hit-title';
  a.textContent = hit.title;
  li.append(a);
  const meta = [hit.kind ? labels[`kind.${hit.kind}`] : undefined, hit.module].filter(Boolean).join(' · ');
  if (meta) {
    const small = document.createElement('span');
    small.className = 'hit-meta';
    small.textContent = meta;
    li.append(small);
  }
  const p = document.createElement('p');
  for (const run of hit.excerpt) {
    const node = run.mark ? document.createElement('mark') : document.createTextNode(run.text);
    if (run.mark) node.textContent = run.text;
    p.append(node);
  }
  li.append(p);
  return li;
}

/** What a search form gives the search: its parts, and whether a newer search has started. */
export interface SearchTarget {
  host: HTMLElement;
  selects: HTMLSelectElement[];
  isCurrent: () => boolean;
}

export async function runSearch(query: string, { host, selects, isCurrent }: SearchTarget) {
  const labels = JSON.parse(host.dataset.labels ?? '{}') as Record<string, string>;
  const status = host.querySelector<HTMLElement>('[role="status"]')!;
  const list = host.querySelector<HTMLUListElement>('.hits')!;
  const more = host.querySelector<HTMLAnchorElement>('[data-more]');
  const q = query.trim();
  if (host.hasAttribute('data-url-state')) {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }
  if (more) more.href = `${more.dataset.more}?q=${encodeURIComponent(q)}`;
  if (!q) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = labels.loading ?? '';
  try {
    const pf = await loadPagefind();
    const filters = buildFilters(Object.fromEntries(selects.map((s) => [s.dataset.filter!, s.value])));
    const lang = document.documentElement.lang === 'es' ? 'es' : 'en';
    const found = await pf.debouncedSearch(searchTerms(q, lang), { filters }, 250);
    if (!found || !isCurrent()) return;
    const limit = Number(host.dataset.limit ?? 8);
    const [first, ...rest] = found.results.slice(0, limit);
    // The best match is shown as soon as its fragment arrives; the others follow in one batch,
    // so a slow connection sees something useful after the smallest possible download.
    const firstHit = first ? [toHit(await first.data())] : [];
    if (!isCurrent()) return;
    list.replaceChildren(...firstHit.map((h) => renderHit(h, labels)));
    const restHits = (await Promise.all(rest.map((r) => r.data()))).map(toHit);
    if (!isCurrent()) return;
    list.append(...restHits.map((h) => renderHit(h, labels)));
    const count = found.results.length;
    status.textContent = count
      ? format(count === 1 ? labels.one! : labels.other!, { count })
      : format(labels.none!, { query: q });
  } catch {
    status.textContent = labels.unavailable ?? '';
  }
}
