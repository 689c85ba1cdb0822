// Adds UI strings to src/i18n/en.json and es.json in one step, so several people can add keys
// without clobbering each other's edits. Usage:
//   flock /tmp/traza-i18n.lock node scripts/i18n-add.mjs '{"en":{"quiz.start":"Start"},"es":{"quiz.start":"Comenzar"}}'
// Both languages must list the same keys. Existing keys are overwritten with the new text.
import { readFileSync, writeFileSync } from 'node:fs';

const input = JSON.parse(process.argv[2] ?? readFileSync(0, 'utf8'));
const langs = ['en', 'es'];
const keys = langs.map((l) =>
  Object.keys(input[l] ?? {})
    .sort()
    .join('\n'),
);
if (keys[0] !== keys[1]) {
  console.error('i18n-add: the en and es objects must have exactly the same keys.');
  process.exit(1);
}
for (const lang of langs) {
  const file = new URL(`../src/i18n/${lang}.json`, import.meta.url);
  const dict = JSON.parse(readFileSync(file, 'utf8'));
  Object.assign(dict, input[lang]);
  writeFileSync(file, JSON.stringify(dict, null, 2) + '\n');
}
console.log(`i18n-add: ${Object.keys(input.en).length} key(s) written to en.json and es.json`);
