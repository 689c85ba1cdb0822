/**
 * Offline download rules, pure so they are tested without a browser. The page script
 * (src/scripts/offline.ts) does the fetching and caching.
 */

import { ASSETS_CACHE, PAGES_CACHE, SEARCH_CACHE } from './storage-names';

/** dist/offline/<lang>.json, written by scripts/build-sw.mjs. */
export interface OfflineList {
  version: string;
  lang: 'en' | 'es';
  bytes: number;
  urls: string[];
}

/** What the reader's device holds for one language, as remembered in localStorage. */
interface OfflineRecord {
  version: string;
  at: string;
  complete: boolean;
}

type OfflineState = 'none' | 'ready' | 'stale' | 'partial';

export function isOfflineList(value: unknown): value is OfflineList {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.version === 'string' &&
    (v.lang === 'en' || v.lang === 'es') &&
    typeof v.bytes === 'number' &&
    Array.isArray(v.urls) &&
    v.urls.every((u) => typeof u === 'string' && u.startsWith('/') && !u.startsWith('//'))
  );
}

export function parseOfflineRecord(raw: string | null): OfflineRecord | undefined {
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<OfflineRecord>;
    return typeof v.version === 'string' && typeof v.at === 'string' && typeof v.complete === 'boolean'
      ? { version: v.version, at: v.at, complete: v.complete }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `ready`: the whole course of this build is saved; `stale`: saved from an older build (offer to
 * download again); `partial`: a download stopped half-way; `none`: nothing saved yet. Without
 * the current list (offline, or the list failed) a complete record counts as ready.
 */
export function offlineState(record: OfflineRecord | undefined, currentVersion: string | undefined): OfflineState {
  if (!record) return 'none';
  if (!record.complete) return 'partial';
  if (currentVersion && record.version !== currentVersion) return 'stale';
  return 'ready';
}

/** Which cache a downloaded URL belongs in: the service worker reads pages and search files from these. */
export function cacheFor(url: string): typeof PAGES_CACHE | typeof SEARCH_CACHE | typeof ASSETS_CACHE {
  if (url.startsWith('/pagefind/')) return SEARCH_CACHE;
  return url.endsWith('/') ? PAGES_CACHE : ASSETS_CACHE;
}

/** Megabytes with one decimal, at least 0.1, for "about 2.3 MB". */
export function megabytes(bytes: number): string {
  return Math.max(0.1, Math.round(bytes / 104857.6) / 10).toFixed(1);
}
