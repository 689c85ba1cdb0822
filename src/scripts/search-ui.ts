import { buildFilters, isSearchShortcut, searchTerms, toHit, type PagefindData, type SearchHit } from '../lib/search';

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

/**
 * `<traza-search>`: a search form over Pagefind. The header dialog and the search page both use
 * it; the page adds filter selects (`select[data-filter]`) and keeps the query in the URL.
 */
class TrazaSearch extends HTMLElement {
  private seq = 0;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    const selects = [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
    const run = () => void this.search(input.value, selects);
    input.addEventListener('input', run);
    for (const s of selects) s.addEventListener('change', run);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      run();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        this.querySelector<HTMLAnchorElement>('.hits a')?.focus();
        e.preventDefault();
      }
    });
    if (this.hasAttribute('data-url-state')) {
      const q = new URLSearchParams(location.search).get('q');
      if (q) {
        input.value = q;
        run();
      }
    }
  }

  private async search(query: string, selects: HTMLSelectElement[]) {
    const labels = JSON.parse(this.dataset.labels ?? '{}') as Record<string, string>;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const list = this.querySelector<HTMLUListElement>('.hits')!;
    const more = this.querySelector<HTMLAnchorElement>('[data-more]');
    const seq = ++this.seq;
    const q = query.trim();
    if (this.hasAttribute('data-url-state')) {
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
      if (!found || seq !== this.seq) return;
      const limit = Number(this.dataset.limit ?? 8);
      const [first, ...rest] = found.results.slice(0, limit);
      // The best match is shown as soon as its fragment arrives; the others follow in one batch,
      // so a slow connection sees something useful after the smallest possible download.
      const firstHit = first ? [toHit(await first.data())] : [];
      if (seq !== this.seq) return;
      list.replaceChildren(...firstHit.map((h) => renderHit(h, labels)));
      const restHits = (await Promise.all(rest.map((r) => r.data()))).map(toHit);
      if (seq !== this.seq) return;
      list.append(...restHits.map((h) => renderHit(h, labels)));
      const count = found.results.length;
      status.textContent = count
        ? format(count === 1 ? labels.one! : labels.other!, { count })
        : format(labels.none!, { query: q });
    } catch {
      status.textContent = labels.unavailable ?? '';
    }
  }
}

customElements.define('traza-search', TrazaSearch);

// Header dialog: the search link opens it instead of navigating; "/" and Ctrl+K open it too.
const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
if (dialog) {
  const open = () => {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  };
  document.querySelector('[data-search-open]')?.addEventListener('click', (e) => {
    e.preventDefault();
    open();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  // Escape closes at once, even when the search field has text (which would otherwise eat the
  // first Escape to clear itself).
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
    }
  });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const inTextField = !!target?.closest('input, textarea, select, [contenteditable="true"]');
    if (isSearchShortcut({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inTextField })) {
      e.preventDefault();
      open();
    }
  });
}
