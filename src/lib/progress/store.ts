import { browserStore, type SharedStore } from '../browser-store';
import { createVersionedStore, type SaveNotice, type StorageLike, type VersionedStore } from '../versioned-store';
import { PROGRESS_BACKUP_PREFIX, PROGRESS_KEY } from '../storage-names';
import { progressFormat } from './migrate';
import type { Progress } from './schema';

/** The storage interface and the notices are shared with the roster store (see versioned-store.ts). */
export type { SaveNotice, StorageLike };

/** The learner's progress as islands and page scripts see it. */
export type ProgressStore = SharedStore<Progress>;

/**
 * A progress store over any storage. It never loses data silently: unreadable progress is copied
 * to a backup key before anything else is written, and a storage that refuses to work leaves the
 * store working in memory with a notice. Upgraded progress is saved back at once.
 */
export function createProgressStore(storage: StorageLike | null, now?: () => Date): VersionedStore<Progress> {
  return createVersionedStore(storage, PROGRESS_KEY, PROGRESS_BACKUP_PREFIX, progressFormat, now);
}

/** The page's progress store over localStorage, shared by every script and island, following other tabs. */
export const getProgressStore = /* @__PURE__ */ browserStore(PROGRESS_KEY, createProgressStore);
