import type { SaveNotice, StorageLike, VersionedStore } from './versioned-store';

/**
 * What islands and page scripts get of a record kept in the browser: read it, change it, hear of
 * changes. A change is a function of the record as it is at that moment (`update`), never a whole
 * record computed earlier; there is no other way to write. That keeps a later move to merging
 * writes (another tab's changes, `navigator.locks`) inside this file and versioned-store.ts.
 */
export interface SharedStore<T> {
  get(): T;
  /** Apply a change to the current record; it is saved at once and every subscriber hears of it. */
  update(change: (value: T) => T): void;
  subscribe(listener: (value: T) => void): () => void;
  /** What went wrong with storage so far (see SaveNotice). */
  notices(): SaveNotice[];
}

/** The page's storage and its `storage` event; a stand-in in tests. */
export interface BrowserEnv {
  /** localStorage, or null when the browser refuses it. */
  storage(): StorageLike | null;
  /** Calls `listener` when another tab changes a key. */
  onStorage(listener: (key: string | null, value: string | null) => void): void;
}

const pageEnv: BrowserEnv = {
  storage() {
    try {
      return window.localStorage;
    } catch {
      // Some browsers throw on the property itself when storage is blocked.
      return null;
    }
  },
  onStorage(listener) {
    window.addEventListener('storage', (e) => listener(e.key, e.newValue));
  },
};

/**
 * The one store of the record under `key` for the whole page: the first call opens it over the
 * page's storage (with `open`, the pure constructor) and follows other tabs' changes to that key;
 * every later call, from any island or script, gets the same store. Nothing runs until the first
 * call, so importing a store costs a page that never uses it nothing.
 */
export function browserStore<T>(
  key: string,
  open: (storage: StorageLike | null) => VersionedStore<T>,
  env: BrowserEnv = pageEnv,
): () => SharedStore<T> {
  let store: VersionedStore<T> | undefined;
  return () => {
    if (!store) {
      const opened = open(env.storage());
      env.onStorage((changed, value) => {
        if (changed === key) opened.reloadFrom(value);
      });
      store = opened;
    }
    return store;
  };
}
