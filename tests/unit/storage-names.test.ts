import { describe, expect, it } from 'vitest';
import * as names from '../../src/lib/storage-names';
import { cacheFor } from '../../src/lib/offline';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme';
import { storageNames } from '../../scripts/storage-names.mjs';

describe('the names Traza stores under in the browser', () => {
  it('never change: browsers already hold learners’ data under them', () => {
    expect({ ...names }).toEqual({
      PROGRESS_KEY: 'traza-progress',
      PROGRESS_BACKUP_PREFIX: 'traza-progress-backup-',
      ROSTER_KEY: 'traza-roster',
      ROSTER_BACKUP_PREFIX: 'traza-roster-backup-',
      THEME_KEY: 'traza-theme',
      LANG_KEY: 'traza-lang',
      NOTICE_DISMISSED_KEY: 'traza-notice-dismissed',
      OFFLINE_RECORD_PREFIX: 'traza-offline-',
      PAGES_CACHE: 'traza-pages',
      SEARCH_CACHE: 'traza-search',
      ASSETS_CACHE: 'traza-assets',
      PRECACHE_CACHE: 'traza-precache',
    });
  });
  it('reach the build scripts unchanged (scripts/storage-names.mjs reads the file as text)', () => {
    expect(storageNames()).toEqual({ ...names });
  });
  it('put every downloaded file in a cache the service worker reads', () => {
    expect(cacheFor('/es/modules/fundamentals/')).toBe(names.PAGES_CACHE);
    expect(cacheFor('/pagefind/pagefind.es_1.pf_meta')).toBe(names.SEARCH_CACHE);
    expect(cacheFor('/_astro/Quiz.B1.js')).toBe(names.ASSETS_CACHE);
  });
  it('give the head script the theme key', () => {
    const html = { dataset: {} as Record<string, string> };
    const saved = new Map([[names.THEME_KEY, 'dark']]);
    new Function('localStorage', 'document', THEME_INIT_SCRIPT)(
      { getItem: (k: string) => saved.get(k) ?? null },
      { documentElement: html },
    );
    expect(html.dataset.theme).toBe('dark');
  });
});
