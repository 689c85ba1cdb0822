import { PROGRESS_KEY, createProgressStore, type ProgressStore } from '../lib/progress';

let store: ProgressStore | undefined;

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Some browsers throw on the property itself when storage is blocked.
    return null;
  }
}

/**
 * The page's progress store, over localStorage, shared by every script and island on the page.
 * Changes saved by another tab arrive through the `storage` event.
 */
export function getProgressStore(): ProgressStore {
  if (!store) {
    const s = createProgressStore(localStorageOrNull());
    window.addEventListener('storage', (e) => {
      if (e.key === PROGRESS_KEY) s.reloadFrom(e.newValue);
    });
    store = s;
  }
  return store;
}
