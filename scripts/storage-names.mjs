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
