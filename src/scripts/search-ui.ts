import { isSearchShortcut } from '../lib/search-shortcut';

type Runner = typeof import('./search-run');
let runner: Promise<Runner> | undefined;
/** The search code (search-run.ts) loads on first use; a failed load is retried next time. */
const loadRunner = () =>
  (runner ??= import('./search-run').catch((e: unknown) => ((runner = undefined), Promise.reject(e))));

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
    // Start fetching the search code as soon as the reader is about to type.
    input.addEventListener('focus', () => void loadRunner().catch(() => {}), { once: true });
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
    const seq = ++this.seq;
    try {
      const { runSearch } = await loadRunner();
      if (seq === this.seq) await runSearch(query, { host: this, selects, isCurrent: () => seq === this.seq });
    } catch {
      const labels = JSON.parse(this.dataset.labels ?? '{}') as Record<string, string>;
      if (seq === this.seq) this.querySelector<HTMLElement>('[role="status"]')!.textContent = labels.unavailable ?? '';
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
