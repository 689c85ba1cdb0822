// The real quizzes and checks in content/, run through the quiz engine, and the schema's messages
// for a broken quiz. Fast enough to run while writing questions: `npm run test:quizzes`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { questionListSchema, quizSchema, type Quiz } from '../../src/schemas/question';
import {
  MIN_PER_MODULE,
  assessmentProblems,
  assessmentStratify,
  createQuiz,
  drawQuestions,
  localizeQuestion,
  mulberry32,
  newSeed,
  pooledQuestions,
  presentQuestion,
  rightAnswer,
  scoreQuestion,
  type QuizState,
} from '../../src/lib/quiz';

const root = join(import.meta.dirname, '../../content');
const load = (path: string) => parse(readFileSync(join(root, path), 'utf8'));
const quizFiles = readdirSync(join(root, 'quizzes')).filter((f) => f.endsWith('.yaml'));
const quizzes = quizFiles.map((file) => ({ file, quiz: quizSchema.parse(load(`quizzes/${file}`)) }));
const moduleQuizzes = quizzes.filter((q) => q.quiz.module);
const assessment = quizzes.find((q) => q.file === 'assessment.yaml')?.quiz;
const modules = readdirSync(join(root, 'modules'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace('.yaml', ''));
const random = mulberry32(5);

describe('module quizzes', () => {
  it('exist for every module, each drawing 8 from a pool of at least 20', () => {
    expect(modules.length).toBeGreaterThanOrEqual(7);
    expect(moduleQuizzes.map((q) => q.quiz.module).sort()).toEqual([...modules].sort());
    for (const { file, quiz } of moduleQuizzes) {
      expect(quiz.draw, file).toBe(8);
      expect(quiz.questions.length, file).toBeGreaterThanOrEqual(20);
    }
  });
  for (const { file, quiz } of moduleQuizzes) {
    for (const lang of ['en', 'es'] as const) {
      it(`${file} (${lang}) can be drawn and answered perfectly for 100 %`, () => {
        const pool = quiz.questions.map((q) => localizeQuestion(q, lang, quiz.module));
        const engine = createQuiz({ pool, draw: quiz.draw, passMark: quiz.passMark });
        for (let run = 0; run < 25; run++) {
          let state: QuizState = engine.reduce(
            { phase: 'start' },
            { type: 'start', seed: newSeed(random), at: '2026-11-30T10:00:00.000Z' },
          );
          if (state.phase !== 'question') throw new Error('the quiz did not start');
          for (const q of engine.questionsOf(state.draft))
            state = engine.reduce(state, { type: 'answer', id: q.id, value: rightAnswer(q) });
          state = engine.reduce(state, { type: 'submit', at: '2026-11-30T10:10:00.000Z' });
          expect(state.phase).toBe('result');
          if (state.phase === 'result')
            expect(state.result).toMatchObject({
              score: quiz.draw,
              max: quiz.draw,
              percent: 100,
              passed: true,
              missed: [],
            });
        }
      });
    }
    it(`${file}: no ordering question can be shown already in order, no accepted text is rejected`, () => {
      for (const q of quiz.questions) {
        const local = localizeQuestion(q, 'es', quiz.module);
        if (local.type === 'ordering')
          expect(presentQuestion(local, newSeed(random)).order).not.toEqual(local.items.map((i) => i.id));
        if (local.type === 'text')
          for (const text of local.accept) expect(scoreQuestion(local, text), `${q.id}: "${text}"`).toBe(1);
      }
    });
  }
});

describe('the final assessment', () => {
  const pool = pooledQuestions(moduleQuizzes.map((q) => q.quiz)).map(({ module, question }) =>
    localizeQuestion(question, 'es', module),
  );
  it('is content/quizzes/assessment.yaml: 25 questions, pass mark 80 %, no module and no questions of its own', () => {
    expect(assessment).toMatchObject({ draw: 25, passMark: 0.8, questions: [] });
    expect(assessment?.module).toBeUndefined();
  });
  it('draws from the pooled questions of every module, and every module minimum fits in the draw', () => {
    expect(pool.length).toBeGreaterThanOrEqual(20 * modules.length);
    expect(new Set(pool.map((q) => q.module)).size).toBe(modules.length);
    expect(modules.length * MIN_PER_MODULE).toBeLessThanOrEqual(assessment!.draw);
    expect(assessmentProblems(pool, assessment!.draw)).toEqual([]);
  });
  it('can be drawn and answered perfectly for 100 % in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      const localized = pooledQuestions(moduleQuizzes.map((q) => q.quiz)).map(({ module, question }) =>
        localizeQuestion(question, lang, module),
      );
      const engine = createQuiz({
        pool: localized,
        draw: assessment!.draw,
        passMark: assessment!.passMark,
        stratify: assessmentStratify,
      });
      for (let run = 0; run < 10; run++) {
        let state: QuizState = engine.reduce(
          { phase: 'start' },
          { type: 'start', seed: newSeed(random), at: '2026-11-30T10:00:00.000Z' },
        );
        if (state.phase !== 'question') throw new Error('the assessment did not start');
        for (const q of engine.questionsOf(state.draft))
          state = engine.reduce(state, { type: 'answer', id: q.id, value: rightAnswer(q) });
        state = engine.reduce(state, { type: 'submit', at: '2026-11-30T10:30:00.000Z' });
        if (state.phase !== 'result') throw new Error('the assessment did not finish');
        expect(state.result).toMatchObject({
          score: assessment!.draw,
          max: assessment!.draw,
          percent: 100,
          passed: true,
        });
      }
    }
  });
  it(`takes at least ${MIN_PER_MODULE} questions from every module in every attempt`, () => {
    let previous: string[] | undefined;
    for (let run = 0; run < 200; run++) {
      const ids = drawQuestions(pool, assessment!.draw, newSeed(random), {
        stratify: assessmentStratify,
        avoid: previous,
      });
      expect(new Set(ids).size).toBe(assessment!.draw);
      const perModule = new Map<string, number>();
      for (const id of ids) {
        const module = pool.find((q) => q.id === id)!.module!;
        perModule.set(module, (perModule.get(module) ?? 0) + 1);
      }
      expect(perModule.size).toBe(modules.length);
      for (const n of perModule.values()) expect(n).toBeGreaterThanOrEqual(MIN_PER_MODULE);
      if (previous) expect(ids.some((id) => previous!.includes(id))).toBe(false);
      previous = ids;
    }
  });
});

describe('knowledge checks', () => {
  const files = readdirSync(join(root, 'checks')).filter((f) => f.endsWith('.yaml'));
  it.each(files)('%s: every check accepts its right answer and rejects an empty one', (file) => {
    for (const q of questionListSchema.parse(load(`checks/${file}`))) {
      const local = localizeQuestion(q, 'es');
      expect(scoreQuestion(local, rightAnswer(local)), q.id).toBe(1);
      expect(scoreQuestion(local, undefined), q.id).toBe(0);
    }
  });
});

describe('a broken quiz', () => {
  const good = load('quizzes/fundamentals.yaml') as Quiz;
  const issues = (quiz: unknown) => {
    const result = quizSchema.safeParse(quiz);
    return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  };
  const withQuestion = (patch: (q: Record<string, unknown>) => Record<string, unknown>) => ({
    ...good,
    questions: good.questions.map((q, i) => (i === 2 ? patch(q as unknown as Record<string, unknown>) : q)),
  });

  it('names the question whose single-choice options have two right answers', () => {
    const single = good.questions.findIndex((q) => q.type === 'single');
    const bad = {
      ...good,
      questions: good.questions.map((q, i) =>
        i === single && q.type === 'single' ? { ...q, options: q.options.map((o) => ({ ...o, correct: true })) } : q,
      ),
    };
    expect(issues(bad)).toEqual([
      {
        path: `questions.${single}.options`,
        message: `question "${good.questions[single]!.id}": a single-choice question needs exactly one option with correct: true`,
      },
    ]);
  });
  it('names the question with a missing translation, duplicate option ids or no right option', () => {
    const id = good.questions[2]!.id;
    const missing = issues(withQuestion((q) => ({ ...q, prompt: { en: 'Only English' } })));
    expect(missing.map((i) => i.path)).toEqual(['questions.2.prompt.es']);
    const multiple = withQuestion((q) => ({
      ...q,
      type: 'multiple',
      options: [
        { id: 'a', text: { en: 'A', es: 'A' } },
        { id: 'a', text: { en: 'B', es: 'B' } },
      ],
    }));
    expect(issues(multiple).map((i) => i.message)).toEqual([
      `question "${id}": a multiple-select question needs at least one option with correct: true`,
      `question "${id}": option "a" is wrong but has no feedback saying why`,
      `question "${id}": option "a" is wrong but has no feedback saying why`,
      `question "${id}": options ids must be unique`,
    ]);
  });
  it('says when the draw is larger than the pool', () => {
    expect(issues({ ...good, draw: 30 })).toEqual([
      { path: 'draw', message: `draw is 30 but the pool has only ${good.questions.length} questions` },
    ]);
  });
});
