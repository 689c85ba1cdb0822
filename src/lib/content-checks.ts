/**
 * Cross-checks over the whole course that a per-file schema cannot see: a lesson's module exists,
 * every lesson has its twin in the other language, orders are unique, `<Term>`/`<Check>` ids and
 * source ids resolve, lesson length stays in range. Pure: the build feeds it what the content
 * collections loaded and fails with every problem at once (src/content/course.ts).
 */

export type Lang = 'en' | 'es';

export interface ModuleInput {
  id: string;
  order: number;
  file: string;
}

export interface LessonInput {
  lang: Lang;
  module: string;
  slug: string;
  order: number;
  fallback: boolean;
  sources: string[];
  body: string;
  file: string;
}

export interface CourseInput {
  modules: ModuleInput[];
  lessons: LessonInput[];
  glossaryIds: string[];
  glossaryRelated: { id: string; related: string[] }[];
  sourceIds: string[];
  checkIds: string[];
  /** Every question of every check and quiz: ids are unique site-wide; `lesson` must exist in `module`. */
  questions: { file: string; id: string; module?: string; lesson?: string }[];
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export const WORD_RANGE = { min: 400, max: 1200 } as const;

/**
 * Words a reader reads in an MDX body: imports/exports, JSX tags, HTML comments, code fences and
 * Markdown punctuation are not words. Text inside components (<Callout>…</Callout>) is counted.
 */
export function countWords(body: string): number {
  const prose = body
    .replace(/^---[\s\S]*?\n---\s*\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^<>]*\/?>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/[#>*_`|[\]()-]+/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Values of one attribute on one component in an MDX body: `<Term id="x">` → ["x"]. */
export function componentAttributes(body: string, component: string, attribute: string): string[] {
  const tag = new RegExp(`<${component}\\b[^>]*?\\b${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  return [...body.matchAll(tag)].map((m) => m[1] ?? m[2] ?? '');
}

export function checkCourse(input: CourseInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const moduleIds = new Set(input.modules.map((m) => m.id));
  const glossary = new Set(input.glossaryIds);
  const sources = new Set(input.sourceIds);
  const checks = new Set(input.checkIds);

  const byOrder = new Map<number, ModuleInput>();
  for (const mod of input.modules) {
    const other = byOrder.get(mod.order);
    if (other) add(mod.file, 'order', `order ${mod.order} is already used by module "${other.id}"`);
    else byOrder.set(mod.order, mod);
  }

  const key = (l: Pick<LessonInput, 'lang' | 'module' | 'order'>) => `${l.lang}/${l.module}/${l.order}`;
  const orders = new Map<string, LessonInput>();
  const present = new Set(input.lessons.map((l) => `${l.lang}/${l.module}/${l.slug}`));

  for (const lesson of input.lessons) {
    if (!moduleIds.has(lesson.module)) {
      add(
        lesson.file,
        'module',
        `unknown module "${lesson.module}" (the folder name); known: ${[...moduleIds].join(', ')}`,
      );
    }
    const other = orders.get(key(lesson));
    if (other) add(lesson.file, 'order', `order ${lesson.order} is already used by "${other.slug}" in this module`);
    else orders.set(key(lesson), lesson);

    const twinLang: Lang = lesson.lang === 'en' ? 'es' : 'en';
    if (!present.has(`${twinLang}/${lesson.module}/${lesson.slug}`) && !lesson.fallback) {
      add(
        lesson.file,
        'fallback',
        `no ${twinLang} twin at content/lessons/${twinLang}/${lesson.module}/${lesson.slug}.mdx; write it, or set "fallback: true" to serve this one with a notice`,
      );
    }

    for (const id of lesson.sources) if (!sources.has(id)) add(lesson.file, 'sources', `unknown source "${id}"`);
    for (const id of componentAttributes(lesson.body, 'Term', 'id'))
      if (!glossary.has(id)) add(lesson.file, '<Term id>', `unknown glossary id "${id}"`);
    for (const id of componentAttributes(lesson.body, 'Check', 'id'))
      if (!checks.has(id)) add(lesson.file, '<Check id>', `unknown knowledge check "${id}"`);

    const words = countWords(lesson.body);
    if (words < WORD_RANGE.min || words > WORD_RANGE.max) {
      add(lesson.file, 'body', `${words} words; a lesson has ${WORD_RANGE.min}–${WORD_RANGE.max}`);
    }
  }

  for (const entry of input.glossaryRelated) {
    for (const id of entry.related)
      if (!glossary.has(id)) add('content/glossary.yaml', `${entry.id}.related`, `unknown glossary id "${id}"`);
  }

  const questionFiles = new Map<string, string>();
  for (const q of input.questions) {
    const seen = questionFiles.get(q.id);
    if (seen) add(q.file, `${q.id}.id`, `question id "${q.id}" is already used in ${seen}`);
    else questionFiles.set(q.id, q.file);
    if (
      q.lesson &&
      q.module &&
      !present.has(`en/${q.module}/${q.lesson}`) &&
      !present.has(`es/${q.module}/${q.lesson}`)
    ) {
      add(q.file, `${q.id}.lesson`, `no lesson "${q.lesson}" in module "${q.module}"`);
    }
  }
  return problems;
}

/** One readable block for the build log: every problem on its own line, file first. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  return `Traza found ${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
