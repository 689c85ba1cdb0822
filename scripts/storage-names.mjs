// The names in src/lib/storage-names.ts (storage keys, cache names), for the build's Node scripts.
// Read as text rather than imported: importing a .ts file makes Node load its TypeScript stripper,
// about a third of a second on every build. That file holds nothing but
// `export const NAME = 'value';` lines, and tests/unit/storage-names.test.ts checks that this
// reader returns exactly what the module exports.
import { readFileSync } from 'node:fs';

/** Every name in src/lib/storage-names.ts, by its constant's name. */
export function storageNames() {
  const text = readFileSync(new URL('../src/lib/storage-names.ts', import.meta.url), 'utf8');
  return Object.fromEntries([...text.matchAll(/^export const (\w+) = '([^'\\]*)';$/gm)].map((m) => [m[1], m[2]]));
}

/**
 * The first line of dist/sw.js: the cache names the worker uses, from the same file as the pages'
 * and the offline download's, so the three can never disagree. src/service-worker.js declares them
 * as globals and the build puts this line in front of it.
 */
export function workerCacheNames(names = storageNames()) {
  const { PAGES_CACHE, SEARCH_CACHE, ASSETS_CACHE, PRECACHE_CACHE } = names;
  const pairs = { PAGES: PAGES_CACHE, SEARCH: SEARCH_CACHE, ASSETS: ASSETS_CACHE, PRECACHE: PRECACHE_CACHE };
  return `const ${Object.entries(pairs)
    .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
    .join(', ')};\n`;
}
