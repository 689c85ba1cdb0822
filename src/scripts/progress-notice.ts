import { getProgressStore, type SaveNotice } from '../lib/progress/store';
import { NOTICE_DISMISSED_KEY } from '../lib/storage-names';

// The banner that tells the learner when their progress cannot be saved as usual (the store
// decides; this only shows it). A dismissed notice stays dismissed for the browser session.

const id = (n: SaveNotice) => ('backupKey' in n ? `${n.kind}:${n.backupKey}` : n.kind);

function readDismissed(): string[] {
  try {
    const list: unknown = JSON.parse(sessionStorage.getItem(NOTICE_DISMISSED_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

const root = document.querySelector<HTMLElement>('[data-progress-notice]');
if (root) {
  const texts = JSON.parse(root.dataset.texts ?? '[]') as ({ lang: string } & Record<SaveNotice['kind'], string>)[];
  const store = getProgressStore();
  const dismissed = new Set(readDismissed());
  const onProgressPage = location.pathname === root.dataset.link;

  const render = () => {
    const shown = store.notices().filter((n) => !dismissed.has(id(n)));
    const key = shown.map(id).join(' ');
    if (root.dataset.shown === key) return;
    root.dataset.shown = key;
    root.replaceChildren(
      ...shown.map((notice) => {
        const box = document.createElement('div');
        box.className = 'notice-box';
        const body = document.createElement('div');
        body.className = 'texts';
        for (const text of texts) {
          const p = document.createElement('p');
          p.lang = text.lang;
          p.textContent = text[notice.kind];
          body.append(p);
        }
        if (!onProgressPage) {
          const a = document.createElement('a');
          a.href = root.dataset.link!;
          a.textContent = root.dataset.linkText!;
          body.firstElementChild!.append(' ', a);
        }
        const close = document.createElement('button');
        close.type = 'button';
        close.setAttribute('aria-label', root.dataset.dismiss!);
        close.textContent = '×';
        close.addEventListener('click', () => {
          dismissed.add(id(notice));
          try {
            sessionStorage.setItem(NOTICE_DISMISSED_KEY, JSON.stringify([...dismissed]));
          } catch {
            // Session storage blocked too: the notice stays away for this page only.
          }
          render();
          document.querySelector<HTMLElement>('#main')?.focus();
        });
        box.append(body, close);
        return box;
      }),
    );
  };
  render();
  // A save that fails later (storage full) adds a notice after the page has loaded.
  store.subscribe(render);
}
