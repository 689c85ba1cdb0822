// One term per concept over the real course: every avoided variant in the glossary's `avoid` lists
// and in the house wording of docs/spanish-style.md, searched in everything a learner reads.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPair, isScalar, parse, parseDocument, visit } from 'yaml';
import {
  checkTerms,
  formatTermProblems,
  rulesFromGlossary,
  type GlossaryEntryLike,
  type TermLang,
  type TermRule,
  type TermText,
} from '../../src/lib/term-check';

const repo = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(repo, path), 'utf8');
const list = (dir: string, ext: string): string[] =>
  existsSync(join(repo, dir))
    ? readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith(ext))
        .map((f) => join(dir, f))
        .sort()
    : [];
const isLang = (v: unknown): v is TermLang => v === 'en' || v === 'es';

/** MDX under a language folder: the whole file, front matter included. */
function mdxTexts(dir: string): TermText[] {
  return list(dir, '.mdx').map((file) => {
    const lang = file.split('/').find(isLang);
    if (!lang) throw new Error(`${file}: no language folder in its path`);
    return { file, lang, text: read(file) };
  });
}

/** Every text value under an `en:` or `es:` key, with the line it starts on; `avoid` lists are the rules, not text. */
function yamlTexts(file: string): TermText[] {
  const source = read(file);
  const doc = parseDocument(source);
  const texts: TermText[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const keys = path.filter(isPair).map((p) => (isScalar(p.key) ? p.key.value : undefined));
      const lang = [...keys].reverse().find(isLang);
      if (!lang || keys.includes('avoid')) return;
      const [start, end] = node.range;
      texts.push({ file, lang, text: source.slice(start, end), line: source.slice(0, start).split('\n').length });
    },
  });
  return texts;
}

/** The `en: { … }` / `es: { … }` string tables at the top of a figure, line by line. */
function figureTexts(file: string): TermText[] {
  const [, script = ''] = read(file).split(/^---$/m);
  const offset = read(file).split(/^---$/m)[0]!.split('\n').length;
  let lang: TermLang | undefined;
  return script.split('\n').flatMap((text, i) => {
    const key = text.match(/^\s*(en|es)\s*:\s*\{/)?.[1];
    if (isLang(key)) lang = key;
    return lang ? [{ file, lang, text, line: offset + i }] : [];
  });
}

/** UI strings: one value per line of a flat JSON file named after its language. */
function i18nTexts(file: string): TermText[] {
  const lang = file.match(/(en|es)\.json$/)?.[1];
  if (!isLang(lang)) return [];
  return read(file)
    .split('\n')
    .flatMap((line, i) => {
      const value = line.match(/^\s*"[^"]+"\s*:\s*(".*")\s*,?\s*$/)?.[1];
      return value ? [{ file, lang, text: JSON.parse(value) as string, line: i + 1 }] : [];
    });
}

/** The house wording outside the glossary: the YAML block marked `# term-check` in the style sheet. */
function houseRules(): TermRule[] {
  const style = read('docs/spanish-style.md');
  const block = style.match(/```yaml\n# term-check[^\n]*\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('docs/spanish-style.md: no ```yaml block starting with "# term-check"');
  const rows = parse(block) as { avoid: string; use: string }[];
  return rows.map((r) => ({ lang: 'es', variant: r.avoid, preferred: r.use, origin: 'docs/spanish-style.md' }));
}

const glossary = parse(read('content/glossary.yaml')) as (GlossaryEntryLike & {
  en: { avoid?: string[] };
  es: { avoid?: string[] };
})[];
const rules = [...rulesFromGlossary(glossary), ...houseRules()];

const texts: TermText[] = [
  ...mdxTexts('content/lessons'),
  ...mdxTexts('content/pages'),
  ...['content/glossary.yaml', 'content/quickref.yaml'].flatMap(yamlTexts),
  ...['content/modules', 'content/checks', 'content/quizzes', 'content/scenarios']
    .flatMap((d) => list(d, '.yaml'))
    .flatMap(yamlTexts),
  ...list('src/components/figures', '.astro').flatMap(figureTexts),
  ...list('src/i18n', '.json').flatMap(i18nTexts),
];

describe('one term per concept', () => {
  it('reads rules and texts from every place a learner reads', () => {
    expect(rules.filter((r) => r.lang === 'es').length).toBeGreaterThan(10);
    for (const place of [
      'content/lessons',
      'content/checks',
      'content/quizzes',
      'content/scenarios',
      'content/glossary.yaml',
      'content/quickref.yaml',
      'content/modules',
      'content/pages',
      'src/components/figures',
      'src/i18n',
    ]) {
      expect(
        texts.some((t) => t.file.startsWith(place)),
        place,
      ).toBe(true);
    }
  });

  it('no avoided variant is used', () => {
    const problems = checkTerms(rules, texts);
    expect(problems, `Avoided variants (file:line → found: preferred):\n${formatTermProblems(problems)}`).toEqual([]);
  });

  it('no glossary entry lists its own term, or a variant twice', () => {
    const bad = glossary.flatMap((g) =>
      (['en', 'es'] as const).flatMap((lang) => {
        const avoid = g[lang].avoid ?? [];
        const dupes = avoid.filter((v, i) => avoid.indexOf(v) !== i);
        const self = avoid.filter((v) => v === g[lang].term);
        return [...dupes, ...self].map((v) => `${g.id}.${lang}: "${v}"`);
      }),
    );
    expect(bad).toEqual([]);
  });
});
