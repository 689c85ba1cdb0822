import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/lang';
import { LANGS } from '../i18n/lang';
import { t as translate } from '../i18n';
import { localePath } from '../i18n/paths';
import { ASSESSMENT_ID } from '../lib/assignment';
import { checkCourse, formatProblems, type LessonInput } from '../lib/content-checks';
import { checkQuestionBank } from '../lib/question-bank';
import { checkScenarios } from '../lib/simulator/check';

export type ModuleEntry = CollectionEntry<'modules'>;
export type LessonEntry = CollectionEntry<'lessons'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type ScenarioEntry = CollectionEntry<'scenarios'>;

/** A lesson as a page in one language: `entry` may be the other language's file (a fallback). */
export interface LessonPage {
  lang: Lang;
  module: string;
  slug: string;
  entry: LessonEntry;
  /** The language the text is really in; differs from `lang` for an untranslated fallback. */
  contentLang: Lang;
  isFallback: boolean;
}

export interface Course {
  modules: ModuleEntry[];
  /** Modules by id, so a page looks its module up without scanning the list. */
  moduleById: Map<string, ModuleEntry>;
  /** Lesson pages per language, in course order (module order, then lesson order). */
  lessons: Record<Lang, LessonPage[]>;
  /** The same lesson pages grouped by module, once per build (pages ask for them thousands of times). */
  lessonsByModule: Record<Lang, Map<string, LessonPage[]>>;
  glossary: GlossaryEntry[];
  sources: CollectionEntry<'sources'>[];
  checks: Map<string, CollectionEntry<'checks'>['data'][number]>;
  /** Simulator scenarios in practice-list order. */
  scenarios: ScenarioEntry[];
  /** True when content/quizzes/assessment.yaml exists: the course has a final assessment. */
  hasAssessment: boolean;
}

/** `en/fundamentals/what-a-trace-is` → its parts. The folder layout is the contract. */
function parseLessonId(entry: LessonEntry) {
  const [lang, module, slug] = entry.id.split('/') as [Lang, string, string];
  return { lang, module, slug };
}

let coursePromise: Promise<Course> | undefined;

/**
 * The whole course, loaded once per build and checked across collections. Every page calls it,
 * so a broken cross-reference fails the build with one message naming each file and field.
 */
export function getCourse(): Promise<Course> {
  coursePromise ??= loadCourse();
  return coursePromise;
}

async function loadCourse(): Promise<Course> {
  const [modules, lessons, glossary, sources, checks, quizzes, scenarios] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('glossary'),
    getCollection('sources'),
    getCollection('checks'),
    getCollection('quizzes'),
    getCollection('scenarios'),
  ]);

  const lessonInputs: LessonInput[] = lessons.map((entry) => ({
    ...parseLessonId(entry),
    order: entry.data.order,
    fallback: entry.data.fallback,
    sources: entry.data.sources,
    body: entry.body ?? '',
    file: entry.filePath ?? `content/lessons/${entry.id}.mdx`,
  }));
  const questions = [
    ...checks.flatMap((c) =>
      c.data.map((q) => ({ file: c.filePath ?? c.id, id: q.id, module: c.id, lesson: q.lesson })),
    ),
    ...quizzes.flatMap((quiz) =>
      quiz.data.questions.map((q) => ({ file: quiz.filePath ?? quiz.id, id: q.id, module: quiz.data.module, lesson: q.lesson })),
    ),
  ];
  const problems = checkCourse({
    modules: modules.map((m) => ({ id: m.id, order: m.data.order, file: m.filePath ?? m.id })),
    lessons: lessonInputs,
    glossaryIds: glossary.map((g) => g.id),
    glossaryRelated: glossary.map((g) => ({ id: g.id, related: g.data.related })),
    sourceIds: sources.map((s) => s.id),
    checkIds: checks.flatMap((c) => c.data.map((q) => q.id)),
    questions,
  });
  // Skill shares, repeats and give-aways across every quiz and check; one log line per module quiz.
  problems.push(
    ...checkQuestionBank(
      [
        ...quizzes.flatMap((q) =>
          q.data.module
            ? [{ file: q.filePath ?? q.id, module: q.data.module, kind: 'quiz' as const, questions: q.data.questions }]
            : [],
        ),
        ...checks.map((c) => ({ file: c.filePath ?? c.id, module: c.id, kind: 'check' as const, questions: c.data })),
      ],
      (line) => console.info(line),
    ),
  );
  problems.push(
    ...checkScenarios(
      scenarios.map((e) => ({ file: e.filePath ?? `content/scenarios/${e.id}.yaml`, id: e.id, data: e.data })),
      modules.map((m) => m.id),
    ),
  );
  if (problems.length) throw new Error(formatProblems(problems));

  modules.sort((a, b) => a.data.order - b.data.order);
  const moduleOrder = new Map(modules.map((m, i) => [m.id, i]));
  const byKey = new Map(lessons.map((e) => [e.id, e]));
  const slugs = new Map<string, LessonEntry>();
  for (const entry of lessons) {
    const { module, slug } = parseLessonId(entry);
    slugs.set(`${module}/${slug}`, entry);
  }

  const pages = Object.fromEntries(
    LANGS.map((lang) => {
      const list: LessonPage[] = [];
      for (const [key, any] of slugs) {
        const [module, slug] = key.split('/') as [string, string];
        const own = byKey.get(`${lang}/${key}`);
        const entry = own ?? any;
        if (!own && !entry.data.fallback) continue;
        list.push({ lang, module, slug, entry, contentLang: parseLessonId(entry).lang, isFallback: !own });
      }
      list.sort(
        (a, b) =>
          moduleOrder.get(a.module)! - moduleOrder.get(b.module)! || a.entry.data.order - b.entry.data.order,
      );
      return [lang, list];
    }),
  ) as Record<Lang, LessonPage[]>;

  glossary.sort((a, b) => a.id.localeCompare(b.id));
  sources.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const checkMap = new Map(checks.flatMap((c) => c.data.map((q) => [q.id, q] as const)));
  scenarios.sort((a, b) => a.data.order - b.data.order);
  const lessonsByModule = Object.fromEntries(
    LANGS.map((lang) => {
      const groups = new Map<string, LessonPage[]>(modules.map((m) => [m.id, []]));
      for (const page of pages[lang]) groups.get(page.module)!.push(page);
      return [lang, groups];
    }),
  ) as Record<Lang, Map<string, LessonPage[]>>;
  const moduleById = new Map(modules.map((m) => [m.id, m]));
  const hasAssessment = quizzes.some((q) => q.id === 'assessment');
  return { modules, moduleById, lessons: pages, lessonsByModule, glossary, sources, checks: checkMap, scenarios, hasAssessment };
}

/** Lessons of one module in one language, in order. */
export function moduleLessons(course: Course, lang: Lang, module: string): LessonPage[] {
  return course.lessonsByModule[lang].get(module) ?? [];
}

/**
 * What a trainer can assign and a learner completes, in order: every module, then the final
 * assessment when the course has one, each with its title and page in `lang`. The trainer's,
 * roster, certificate and assignment pages all name these the same way.
 */
export function assignables(course: Course, lang: Lang): { id: string; title: string; href: string }[] {
  return [
    ...course.modules.map((m) => ({ id: m.id, title: m.data.title[lang], href: localePath(lang, 'modules', m.id) })),
    ...(course.hasAssessment ? [{ id: ASSESSMENT_ID, title: translate(lang, 'assessment.title'), href: localePath(lang, 'assessment') }] : []),
  ];
}

/** `assignables` as id → title. */
export function assignableTitles(course: Course, lang: Lang): Record<string, string> {
  return Object.fromEntries(assignables(course, lang).map((a) => [a.id, a.title]));
}
