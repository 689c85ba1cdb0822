import { LANG_KEY } from '../lib/storage-names';

// Remember the language a reader picks (landing buttons, language switch) so the bilingual
// landing can offer it first next time. It never redirects: the landing stays reachable.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLElement>('[data-lang-choice]');
  if (!link?.dataset.langChoice) return;
  try {
    localStorage.setItem(LANG_KEY, link.dataset.langChoice);
  } catch {
    // Storage unavailable: nothing to remember, the link still works.
  }
});
