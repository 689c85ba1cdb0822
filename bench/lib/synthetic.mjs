// A synthetic course of any size, made from the real one, for the build benchmark.
//
// The real course (every collection in content/) is copied as it is and kept, so whatever other
// pages exist (quizzes, scenarios, assessment, trainer…) still build. Synthetic modules are added
// after the real ones until there are `lessonsPerLang` lessons in each language. Each synthetic
// module clones a real module (its YAML, whatever fields it has) and fills itself with
// LESSONS_PER_MODULE lessons cloned from that module's lessons: same front matter, same MDX body
// with its <Term>, <Check>, <Callout>, <Figure> and diagrams, a numbered title. The knowledge
// checks and the quiz a module needs are cloned too, with new ids, so every Traza schema and
// cross-check passes exactly as it would for a trainer's real, larger course.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse, stringify } from 'yaml';

/** The course outline asks for 3–5 lessons a module; a big course keeps that shape. */
export const LESSONS_PER_MODULE = 5;
const LANGS = ['en', 'es'];

/** `---\nfront matter\n---\nbody` → { data, body }. */
export function splitMdx(text) {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!m) throw new Error('lesson without front matter');
  return { data: parse(m[1]), body: m[2] };
}

const joinMdx = (data, body) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n${body}`;
const yamlFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : [];

/** The real course as templates: modules in order, each with its lessons (both languages), checks and quiz. */
export function readCourse(contentDir) {
  const checks = new Map();
  for (const f of yamlFiles(join(contentDir, 'checks')))
    for (const q of parse(readFileSync(join(contentDir, 'checks', f), 'utf8'))) checks.set(q.id, q);
  const modules = yamlFiles(join(contentDir, 'modules')).map((f) => {
    const id = basename(f, '.yaml');
    const data = parse(readFileSync(join(contentDir, 'modules', f), 'utf8'));
    const quizFile = join(contentDir, 'quizzes', f);
    const lessons = readdirSync(join(contentDir, 'lessons', 'en', id))
      .filter((l) => l.endsWith('.mdx'))
      .map((l) => {
        const byLang = Object.fromEntries(
          LANGS.map((lang) => [lang, splitMdx(readFileSync(join(contentDir, 'lessons', lang, id, l), 'utf8'))]),
        );
        return { slug: basename(l, '.mdx'), order: byLang.en.data.order, byLang };
      })
      .sort((a, b) => a.order - b.order);
    return { id, data, lessons, quiz: existsSync(quizFile) ? parse(readFileSync(quizFile, 'utf8')) : undefined };
  });
  modules.sort((a, b) => a.data.order - b.data.order);
  return { modules, checks, lessonsPerLang: modules.reduce((n, m) => n + m.lessons.length, 0) };
}

/** A question cloned into synthetic module `suffix`: new id, its `lesson` pointed at the clone (or dropped). */
function cloneQuestion(q, suffix, lessonMap) {
  const copy = structuredClone(q);
  copy.id = `${q.id}-${suffix}`;
  if (copy.lesson !== undefined) {
    if (lessonMap.has(copy.lesson)) copy.lesson = lessonMap.get(copy.lesson);
    else delete copy.lesson;
  }
  return copy;
}

/**
 * Adds synthetic modules to `contentDir` (a copy of content/) until each language has
 * `lessonsPerLang` lessons. Returns what it wrote and the lessons it wrote, for other generators.
 */
export function addSyntheticCourse(contentDir, lessonsPerLang) {
  const course = readCourse(contentDir);
  if (lessonsPerLang < course.lessonsPerLang) {
    throw new Error(
      `the real course already has ${course.lessonsPerLang} lessons per language; ask for at least that many`,
    );
  }
  const lastOrder = Math.max(...course.modules.map((m) => m.data.order));
  let missing = lessonsPerLang - course.lessonsPerLang;
  const added = [];
  for (let k = 1; missing > 0; k++) {
    const template = course.modules[(k - 1) % course.modules.length];
    const id = `synth-${String(k).padStart(4, '0')}`;
    const suffix = `k${k}`;
    const count = Math.min(LESSONS_PER_MODULE, missing);
    missing -= count;

    const mod = structuredClone(template.data);
    mod.order = lastOrder + k;
    for (const lang of LANGS) mod.title[lang] = `${template.data.title[lang]} · ${k}`;
    mkdirSync(join(contentDir, 'modules'), { recursive: true });
    writeFileSync(join(contentDir, 'modules', `${id}.yaml`), stringify(mod, { lineWidth: 0 }));

    const lessonMap = new Map();
    const checkIds = new Set();
    for (let j = 0; j < count; j++) {
      const source = template.lessons[j % template.lessons.length];
      const round = Math.floor(j / template.lessons.length);
      const slug = round === 0 ? source.slug : `${source.slug}-${round + 1}`;
      if (!lessonMap.has(source.slug)) lessonMap.set(source.slug, slug);
      for (const lang of LANGS) {
        const { data, body } = source.byLang[lang];
        const front = { ...data, title: `${data.title} (${k}.${j + 1})`, order: j + 1 };
        const newBody = body.replace(/<Check\s+id="([^"]+)"/g, (_, checkId) => {
          checkIds.add(checkId);
          return `<Check id="${checkId}-${suffix}"`;
        });
        const dir = join(contentDir, 'lessons', lang, id);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${slug}.mdx`), joinMdx(front, newBody));
        added.push({ lang, module: id, moduleTitle: mod.title[lang], slug, data: front, body: newBody });
      }
    }

    const checks = [...checkIds].map((checkId) => {
      const q = course.checks.get(checkId);
      if (!q)
        throw new Error(
          `<Check id="${checkId}"> in a template lesson of ${template.id} has no question in content/checks/`,
        );
      return cloneQuestion(q, suffix, lessonMap);
    });
    if (checks.length) writeFileSync(join(contentDir, 'checks', `${id}.yaml`), stringify(checks, { lineWidth: 0 }));
    if (template.quiz) {
      const quiz = { ...structuredClone(template.quiz), module: id };
      quiz.questions = template.quiz.questions.map((q) => cloneQuestion(q, suffix, lessonMap));
      writeFileSync(join(contentDir, 'quizzes', `${id}.yaml`), stringify(quiz, { lineWidth: 0 }));
    }
  }
  const modules = course.modules.length + Math.ceil((lessonsPerLang - course.lessonsPerLang) / LESSONS_PER_MODULE);
  const assessmentDraw = widenAssessment(contentDir, course.modules.length, modules);
  return { course, added, lessonsPerLang, modules, assessmentDraw };
}

/**
 * The final assessment draws at least MIN_PER_MODULE questions from every module's quiz, and the
 * build fails when modules × minimum exceeds its `draw`. A trainer who adds modules must raise the
 * draw; the synthetic course does the same (the smallest draw the build accepts) and reports it.
 */
function widenAssessment(contentDir, realModules, moduleCount) {
  const file = join(contentDir, 'quizzes', 'assessment.yaml');
  if (!existsSync(file)) return undefined;
  const rules = join(contentDir, '..', 'src', 'lib', 'quiz', 'assessment.ts');
  const min = Number((existsSync(rules) && readFileSync(rules, 'utf8').match(/MIN_PER_MODULE\s*=\s*(\d+)/)?.[1]) || 3);
  const text = readFileSync(file, 'utf8');
  const current = Number(text.match(/^draw:\s*(\d+)/m)?.[1]);
  const needed = moduleCount * min + Math.max(0, current - realModules * min);
  if (!current || needed <= current) return current || undefined;
  writeFileSync(file, text.replace(/^draw:\s*\d+/m, `draw: ${needed}`));
  return needed;
}

/** Every lesson of the finished course (real ones first), for the Starlight twin. */
export function allLessons(course, added) {
  const real = course.modules.flatMap((m) =>
    m.lessons.flatMap((l) =>
      LANGS.map((lang) => ({ lang, module: m.id, moduleTitle: m.data.title[lang], slug: l.slug, ...l.byLang[lang] })),
    ),
  );
  return [...real, ...added];
}
