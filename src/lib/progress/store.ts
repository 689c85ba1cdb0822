import { createVersionedStore, type SaveNotice, type StorageLike } from '../versioned-store';
import { progressFormat } from './migrate';
import type { Progress } from './schema';

export const PROGRESS_KEY = 'traza-progress';
export const BACKUP_PREFIX = 'traza-progress-backup-';

/** The storage interface and the notices are shared with the roster store (see versioned-store.ts). */
export type { SaveNotice, StorageLike };

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
 * store working in memory with a notice. Upgraded progress is saved back at once.
 */
export function createProgressStore(storage: StorageLike | null, now?: () => Date): ProgressStore {
  return createVersionedStore(storage, PROGRESS_KEY, BACKUP_PREFIX, progressFormat, now);
}
