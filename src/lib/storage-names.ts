/**
 * Every name under which Traza keeps something in the reader's browser, in one place: the
 * localStorage and sessionStorage keys of the pages and islands, and the Cache Storage names the
 * service worker (built by scripts/build-sw.mjs) and the offline download (src/scripts/offline.ts)
 * share.
 *
 * A stored name is a contract with every browser that already holds data under it: renaming one
 * loses learners' progress or trainers' rosters, and a cache name the worker and the download do
 * not agree on breaks offline use. tests/unit/storage-names.test.ts pins them.
 *
 * Nothing but `export const NAME = 'value';` lines: the build's Node scripts read them as text
 * (scripts/storage-names.mjs), and the bundler copies each name into the scripts that use it
 * (inlineConst in astro.config.mjs) instead of shipping this file as a chunk of its own.
 */

/** The learner's progress (src/lib/progress). */
export const PROGRESS_KEY = 'traza-progress';
/** Unreadable or newer progress is kept under this prefix + the time, before anything overwrites it. */
export const PROGRESS_BACKUP_PREFIX = 'traza-progress-backup-';
/** The trainer's rosters (src/lib/roster-store.ts). */
export const ROSTER_KEY = 'traza-roster';
export const ROSTER_BACKUP_PREFIX = 'traza-roster-backup-';
/** `light` or `dark`, when the reader chose one (src/lib/theme.ts, ThemeToggle). */
export const THEME_KEY = 'traza-theme';
/** The language last chosen, offered first on the bilingual landing page. */
export const LANG_KEY = 'traza-lang';
/** sessionStorage: the storage notices the reader dismissed (src/scripts/progress-notice.ts). */
export const NOTICE_DISMISSED_KEY = 'traza-notice-dismissed';

/** + the language: what this browser holds of that language's offline download (src/lib/offline.ts). */
export const OFFLINE_RECORD_PREFIX = 'traza-offline-';

/** Cache Storage: the pages. */
export const PAGES_CACHE = 'traza-pages';
/** Cache Storage: Pagefind's index and code. */
export const SEARCH_CACHE = 'traza-search';
/** Cache Storage: every other same-origin file (JS, CSS, icons). */
export const ASSETS_CACHE = 'traza-assets';
/** Cache Storage: the shell the service worker precaches when it installs. */
export const PRECACHE_CACHE = 'traza-precache';
