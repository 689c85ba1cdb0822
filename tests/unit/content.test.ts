// The real course content, validated the way the build does it (schemas + cross-checks), but in a
// second: writers run `npm run test:content` while they work.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossarySchema } from '../../src/schemas/glossary';
import { lessonSchema } from '../../src/schemas/lesson';
import { moduleSchema } from '../../src/schemas/module';
import { questionListSchema, quizSchema } from '../../src/schemas/question';
import { quickrefSchema } from '../../src/schemas/quickref';
import { sourceSchema } from '../../src/schemas/source';
import { checkCourse, formatProblems, type LessonInput } from '../../src/lib/content-checks';

const root = join(import.meta.dirname, '../../content');
const yamlFiles = (dir: string) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')) : [];
const load = (path: string) => parse(readFileSync(join(root, path), 'utf8'));

function frontmatter(text: string): { data: unknown; body: string } {
  const m = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  if (!m) return { data: undefined, body: text };
  return { data: parse(m[1]!), body: m[2]! };
}

function expectValid(
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
  file: string,
) {
  const result = schema.safeParse(value);
  const issues = result.error?.issues.map((i) => `${file} → ${i.path.join('.')}: ${i.message}`) ?? [];
  expect(issues).toEqual([]);
}

const modules = yamlFiles('modules').map((f) => ({
  id: f.replace('.yaml', ''),
  file: `content/modules/${f}`,
  data: load(`modules/${f}`),
}));
const lessons: (LessonInput & { data: unknown })[] = [];
for (const lang of ['en', 'es'] as const) {
  const base = join(root, 'lessons', lang);
  if (!existsSync(base)) continue;
  for (const module of readdirSync(base)) {
    for (const name of readdirSync(join(base, module)).filter((f) => f.endsWith('.mdx'))) {
      const file = `content/lessons/${lang}/${module}/${name}`;
      const { data, body } = frontmatter(readFileSync(join(base, module, name), 'utf8'));
      const fm = (data ?? {}) as Record<string, unknown>;
      lessons.push({
        lang,
        module,
        slug: name.replace('.mdx', ''),
        file,
        body,
        data,
        order: Number(fm.order),
        fallback: fm.fallback === true,
        sources: (fm.sources as string[]) ?? [],
      });
    }
  }
}
const glossary = (load('glossary.yaml') ?? []) as { id: string; related?: string[] }[];
const sources = (load('sources.yaml') ?? []) as { id: string }[];
type QuestionText = { id: string; prompt?: { en?: string; es?: string } };
const checks = yamlFiles('checks').map((f) => ({
  module: f.replace('.yaml', ''),
  file: `content/checks/${f}`,
  data: load(`checks/${f}`),
}));
const quizzes = yamlFiles('quizzes').map((f) => ({ file: `content/quizzes/${f}`, data: load(`quizzes/${f}`) }));

describe('course content', () => {
  it.each(modules)('$file matches the module schema', ({ file, data }) => expectValid(moduleSchema, data, file));
  it.each(lessons)('$file front matter matches the lesson schema', ({ file, data }) =>
    expectValid(lessonSchema, data, file),
  );
  it('glossary entries match the schema', () =>
    glossary.forEach((g, i) => expectValid(glossarySchema, g, `content/glossary.yaml[${i}]`)));
  it('sources match the schema', () =>
    sources.forEach((s, i) => expectValid(sourceSchema, s, `content/sources.yaml[${i}]`)));
  it('the quick-reference card matches its schema', () =>
    expectValid(quickrefSchema, load('quickref.yaml'), 'content/quickref.yaml'));
  it.each(checks)('$file matches the question schema', ({ file, data }) => expectValid(questionListSchema, data, file));
  it.each(quizzes)('$file matches the quiz schema', ({ file, data }) => expectValid(quizSchema, data, file));

  it('passes the cross-checks the build runs', () => {
    const problems = checkCourse({
      modules: modules.map((m) => ({ id: m.id, order: (m.data as { order: number }).order, file: m.file })),
      lessons,
      glossaryIds: glossary.map((g) => g.id),
      glossaryRelated: glossary.map((g) => ({ id: g.id, related: g.related ?? [] })),
      sourceIds: sources.map((s) => s.id),
      checkIds: checks.flatMap((c) => (c.data as { id: string }[]).map((q) => q.id)),
      questions: [
        ...checks.flatMap((c) =>
          (c.data as { id: string; lesson?: string }[]).map((q) => ({
            file: c.file,
            id: q.id,
            module: c.module,
            lesson: q.lesson,
          })),
        ),
        ...quizzes.flatMap((q) => {
          const quiz = q.data as { module?: string; questions?: { id: string; lesson?: string }[] };
          return (quiz.questions ?? []).map((x) => ({ file: q.file, id: x.id, module: quiz.module, lesson: x.lesson }));
        }),
      ],
    });
    expect(problems, problems.length ? formatProblems(problems) : '').toEqual([]);
  });

  it('has no two questions with the same prompt in the same language', () => {
    // A repeated prompt reads as the same question twice; the prompt must say what it asks about.
    const all = [
      ...checks.flatMap((c) => (c.data as QuestionText[]).map((q) => ({ ...q, file: c.file }))),
      ...quizzes.flatMap((q) =>
        ((q.data as { questions?: QuestionText[] }).questions ?? []).map((x) => ({ ...x, file: q.file })),
      ),
    ];
    const repeated: string[] = [];
    for (const lang of ['en', 'es'] as const) {
      const seen = new Map<string, { id: string; file: string }>();
      for (const q of all) {
        const text = q.prompt?.[lang]?.trim().replace(/\s+/g, ' ').toLowerCase();
        if (!text) continue;
        const first = seen.get(text);
        if (first)
          repeated.push(
            `${q.id} (${q.file}) repeats the ${lang} prompt of ${first.id} (${first.file}): "${q.prompt![lang]}"`,
          );
        else seen.set(text, { id: q.id, file: q.file });
      }
    }
    expect(repeated).toEqual([]);
  });

  it('has seven modules, each with three to five lessons in both languages', () => {
    expect(modules.map((m) => m.id).sort()).toEqual([
      'fundamentals',
      'identification',
      'leads',
      'preparing',
      'procedure',
      'results',
      'submitting',
    ]);
    for (const m of modules) {
      for (const lang of ['en', 'es']) {
        const count = lessons.filter((l) => l.module === m.id && l.lang === lang).length;
        expect(count, `${m.id} (${lang})`).toBeGreaterThanOrEqual(3);
        expect(count, `${m.id} (${lang})`).toBeLessThanOrEqual(5);
      }
    }
  });
  it('has a glossary of at least 60 entries', () => expect(glossary.length).toBeGreaterThanOrEqual(60));
});
