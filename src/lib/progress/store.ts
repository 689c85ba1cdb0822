import { parseProgress, type LoadProblem } from './migrate';
import type { Progress } from './schema';

export const PROGRESS_KEY = 'traza-progress';
export const BACKUP_PREFIX = 'traza-progress-backup-';

/** The part of the Web Storage API the store uses (localStorage, or a stand-in in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What the learner should be told about saving:
 * - `recovered`: saved progress was unreadable; it was kept under `backupKey` and a fresh record started;
 * - `newer`: saved by a newer Traza; kept under `backupKey`, this page works on a fresh record;
 * - `memory`: this browser does not let the site save (private mode, blocked storage);
 * - `full`: storage is full; changes are kept only until the page closes.
 */
export type SaveNotice =
  | { kind: 'recovered' | 'newer'; backupKey: string }
  | { kind: 'memory' }
  | { kind: 'full' };

export interface ProgressStore {
  get(): Progress;
  /** Apply a change; it is saved at once and every subscriber hears of it. */
  update(change: (p: Progress) => Progress): void;
  /** Replace everything (import, reset). */
  replace(p: Progress): void;
  subscribe(listener: (p: Progress) => void): () => void;
  notices(): SaveNotice[];
  /** Called when another tab changed the saved text (the `storage` event). */
  reloadFrom(raw: string | null): void;
}

/**
 * A progress store over any storage. It never loses data silently: unreadable progress is copied
 * to a backup key before anything else is written, and a storage that refuses to work leaves the
 * store working in memory with a notice.
 */
export function createProgressStore(storage: StorageLike | null, now: () => Date = () => new Date()): ProgressStore {
  const listeners = new Set<(p: Progress) => void>();
  const notices: SaveNotice[] = [];
  let usable = storage !== null;
  let raw: string | null = null;
  if (storage) {
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      usable = false;
    }
  }
  if (!usable) notices.push({ kind: 'memory' });

  const loaded = parseProgress(raw);
  let progress = loaded.progress;
  if (loaded.problem && usable && storage && raw !== null) keepAside(loaded.problem, raw);
  else if (loaded.migrated) save();

  function keepAside(problem: LoadProblem, text: string) {
    const backupKey = `${BACKUP_PREFIX}${now().toISOString()}`;
    try {
      storage!.setItem(backupKey, text);
      storage!.removeItem(PROGRESS_KEY);
      notices.push({ kind: problem === 'corrupt' ? 'recovered' : 'newer', backupKey });
    } catch {
      // Could not copy it aside: leave the original untouched and do not overwrite it.
      usable = false;
      notices.push({ kind: 'memory' });
    }
  }

  function save() {
    if (!usable || !storage) return;
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
      const i = notices.findIndex((n) => n.kind === 'full');
      if (i >= 0) notices.splice(i, 1);
    } catch {
      if (!notices.some((n) => n.kind === 'full')) notices.push({ kind: 'full' });
    }
  }

  const emit = () => listeners.forEach((l) => l(progress));

  return {
    get: () => progress,
    update(change) {
      progress = change(progress);
      save();
      emit();
    },
    replace(next) {
      progress = next;
      save();
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notices: () => [...notices],
    reloadFrom(text) {
      const next = parseProgress(text);
      if (next.problem) return;
      progress = next.progress;
      emit();
    },
  };
}
