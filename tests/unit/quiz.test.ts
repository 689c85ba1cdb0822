import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizAttemptSchema } from '../../src/lib/progress/schema';
import {
  byModule,
  createQuiz,
  drawProblems,
  drawQuestions,
  fillTemplate,
  hashString,
  isAcceptedText,
  isAnswered,
  isAnswerFor,
  lessonsToReview,
  mulberry32,
  newSeed,
  normalizeText,
  parseDraft,
  presentQuestion,
  reviewQuestion,
  rightAnswer,
  scoreAttempt,
  scoreQuestion,
  shuffle,
  toQuizAttempt,
  verdictOf,
  type LocalQuestion,
  type QuizDraft,
  type QuizState,
  type TextRules,
} from '../../src/lib/quiz';

// ---- fixtures ------------------------------------------------------------------------------

const base = { prompt: 'Prompt?', explanation: 'Because.' };
const single: LocalQuestion = {
  ...base,
  id: 'q-single',
  module: 'fundamentals',
  lesson: 'what-a-trace-is',
  type: 'single',
  options: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', correct: false, feedback: 'Not B.' },
    { id: 'c', text: 'C', correct: false },
  ],
};
const multiple: LocalQuestion = {
  ...base,
  id: 'q-multiple',
  module: 'identification',
  lesson: 'firearm-types',
  type: 'multiple',
  options: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', correct: true },
    { id: 'c', text: 'C', correct: false },
    { id: 'd', text: 'D', correct: false },
  ],
};
const trueFalse: LocalQuestion = {
  ...base,
  id: 'q-tf',
  module: 'fundamentals',
  lesson: 'what-a-trace-is',
  type: 'truefalse',
  answer: false,
};
const ordering: LocalQuestion = {
  ...base,
  id: 'q-order',
  module: 'submitting',
  type: 'ordering',
  items: ['w', 'x', 'y', 'z'].map((id) => ({ id, text: id.toUpperCase() })),
};
const matching: LocalQuestion = {
  ...base,
  id: 'q-match',
  module: 'results',
  lesson: 'time-to-crime',
  type: 'matching',
  pairs: ['p', 'q', 'r', 's'].map((id) => ({ id, left: `L${id}`, right: `R${id}` })),
};
const serial: LocalQuestion = {
  ...base,
  id: 'q-text',
  module: 'identification',
  lesson: 'serial-numbers',
  type: 'text',
  accept: ['24681357-KD2090'],
  normalize: { case: true, spaces: true, dashes: false },
};
const all = [single, multiple, trueFalse, ordering, matching, serial];

/** Any well-formed question, with ids and right answers chosen by fast-check. */
const arbQuestion: fc.Arbitrary<LocalQuestion> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('single' as const, 'multiple' as const),
      fc.uniqueArray(fc.stringMatching(/^[a-z]{1,3}$/), { minLength: 2, maxLength: 8 }),
    )
    .chain(([type, ids]) =>
      fc.tuple(
        fc.constant(type),
        fc.constant(ids),
        type === 'single'
          ? fc.nat(ids.length - 1).map((i) => ids.map((_, j) => j === i))
          : fc
              .array(fc.boolean(), { minLength: ids.length, maxLength: ids.length })
              .map((f) => (f.some(Boolean) ? f : f.map((_, j) => j === 0))),
      ),
    )
    .map(([type, ids, flags]) => ({
      ...base,
      id: 'g',
      type,
      options: ids.map((id, i) => ({ id, text: id, correct: flags[i]! })),
    })),
  fc.boolean().map((answer) => ({ ...base, id: 'g', type: 'truefalse' as const, answer })),
  fc
    .uniqueArray(fc.stringMatching(/^[a-z]{1,3}$/), { minLength: 3, maxLength: 7 })
    .map((ids) => ({ ...base, id: 'g', type: 'ordering' as const, items: ids.map((id) => ({ id, text: id })) })),
  fc.uniqueArray(fc.stringMatching(/^[a-z]{1,3}$/), { minLength: 3, maxLength: 7 }).map((ids) => ({
    ...base,
    id: 'g',
    type: 'matching' as const,
    pairs: ids.map((id) => ({ id, left: id, right: id })),
  })),
  fc
    // Accepted answers have a letter or digit: one made only of spaces or dashes could never be typed.
    .tuple(
      fc.array(
        fc.string({ minLength: 1, maxLength: 12 }).filter((t) => /[A-Za-z0-9]/.test(t)),
        { minLength: 1, maxLength: 4 },
      ),
      fc.record({ case: fc.boolean(), spaces: fc.boolean(), dashes: fc.boolean() }),
    )
    .map(([accept, normalize]) => ({ ...base, id: 'g', type: 'text' as const, accept, normalize })),
);

/** Answers of every shape, well-formed or not, built from the question's own ids or junk. */
const arbAnswerFor = (q: LocalQuestion) => {
  const ids =
    q.type === 'single' || q.type === 'multiple'
      ? q.options.map((o) => o.id)
      : q.type === 'ordering'
        ? q.items.map((i) => i.id)
        : q.type === 'matching'
          ? q.pairs.map((p) => p.id)
          : ['x'];
  const id = fc.oneof(fc.constantFrom(...ids), fc.string());
  return fc.oneof(
    fc.constant(undefined),
    id,
    fc.boolean(),
    fc.array(id, { maxLength: 9 }),
    fc.shuffledSubarray(ids),
    fc.dictionary(id, id),
    fc.string(),
    fc.anything(),
  );
};

// ---- randomness ----------------------------------------------------------------------------

describe('seeded randomness', () => {
  it('mulberry32 repeats its sequence for a seed and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const x = a();
          expect(x).toBe(b());
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });
  it('shuffles are permutations of their input, reproducible by seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 0, max: 0xffffffff }), (list, seed) => {
        const once = shuffle(list, mulberry32(seed));
        expect([...once].sort()).toEqual([...list].sort());
        expect(shuffle(list, mulberry32(seed))).toEqual(once);
      }),
    );
  });
  it('shuffles leave their input alone', () => {
    const list = [1, 2, 3, 4];
    shuffle(list, mulberry32(1));
    expect(list).toEqual([1, 2, 3, 4]);
  });
  it('shuffles every position about equally often', () => {
    const firsts = new Map<number, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const first = shuffle([0, 1, 2, 3], mulberry32(seed))[0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const n of [0, 1, 2, 3]) expect(firsts.get(n)).toBeGreaterThan(850);
  });
  it('a new seed is a 32-bit integer and never the previous one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (r, previous) => {
          const seed = newSeed(() => r, previous);
          expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
          expect(seed).not.toBe(previous);
        },
      ),
    );
    expect(newSeed(() => 0, 0)).toBe(1);
  });
  it('hashes strings stably', () => {
    expect(hashString('fundamentals-q01')).toBe(hashString('fundamentals-q01'));
    expect(hashString('a')).not.toBe(hashString('b'));
  });
});

// ---- text answers --------------------------------------------------------------------------

describe('text normalisation', () => {
  const strict: TextRules = { case: false, spaces: false, dashes: false };
  const loose: TextRules = { case: true, spaces: true, dashes: true };
  it('ignores case only when the question says so', () => {
    expect(isAcceptedText('24681357-kd2090', ['24681357-KD2090'], { ...strict, case: true })).toBe(true);
    expect(isAcceptedText('24681357-kd2090', ['24681357-KD2090'], strict)).toBe(false);
  });
  it('ignores spaces only when the question says so, but always trims and collapses runs', () => {
    expect(isAcceptedText('24681357 - KD 2090', ['24681357-KD2090'], { ...strict, spaces: true })).toBe(true);
    expect(isAcceptedText('24681357 - KD 2090', ['24681357-KD2090'], strict)).toBe(false);
    expect(isAcceptedText('  24   hours ', ['24 hours'], strict)).toBe(true);
    expect(isAcceptedText('24\u00a0hours', ['24 hours'], strict)).toBe(true);
  });
  it('ignores dashes only when the question says so, and reads every dash as a hyphen', () => {
    expect(isAcceptedText('24681357KD2090', ['24681357-KD2090'], { ...strict, dashes: true })).toBe(true);
    expect(isAcceptedText('24681357KD2090', ['24681357-KD2090'], strict)).toBe(false);
    expect(isAcceptedText('24681357–KD2090', ['24681357-KD2090'], strict)).toBe(true);
    expect(isAcceptedText('24681357—KD2090', ['24681357-KD2090'], strict)).toBe(true);
  });
  it('never confuses O with 0 or I with 1, whatever the rules', () => {
    for (const rules of [strict, loose]) {
      expect(isAcceptedText('24681357-KD2O9O', ['24681357-KD2090'], rules)).toBe(false);
      expect(isAcceptedText('AB-I234', ['AB-1234'], rules)).toBe(false);
      expect(isAcceptedText('AB-l234', ['AB-1234'], rules)).toBe(false);
    }
  });
  it('reads full-width characters from phone keyboards as ordinary ones', () => {
    expect(isAcceptedText('２４', ['24'], strict)).toBe(true);
  });
  it('never accepts an empty answer', () => {
    expect(isAcceptedText('   ', [' '], loose)).toBe(false);
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.record({ case: fc.boolean(), spaces: fc.boolean(), dashes: fc.boolean() }),
        (s, rules) => {
          expect(normalizeText(normalizeText(s, rules), rules)).toBe(normalizeText(s, rules));
        },
      ),
    );
  });
});

// ---- scoring -------------------------------------------------------------------------------

describe('scoreQuestion', () => {
  it('is all or nothing for single, true/false and text questions', () => {
    expect(scoreQuestion(single, 'a')).toBe(1);
    expect(scoreQuestion(single, 'b')).toBe(0);
    expect(scoreQuestion(trueFalse, false)).toBe(1);
    expect(scoreQuestion(trueFalse, true)).toBe(0);
    expect(scoreQuestion(serial, '24681357-kd2090')).toBe(1);
    expect(scoreQuestion(serial, '24681357KD2090')).toBe(0);
  });
  it('gives multiple-select the share of right options ticked minus the share of wrong ones, floored at 0', () => {
    expect(scoreQuestion(multiple, ['a', 'b'])).toBe(1);
    expect(scoreQuestion(multiple, ['a'])).toBe(0.5);
    expect(scoreQuestion(multiple, ['a', 'b', 'c'])).toBe(0.5);
    expect(scoreQuestion(multiple, ['a', 'c'])).toBe(0);
    expect(scoreQuestion(multiple, ['a', 'b', 'c', 'd'])).toBe(0);
    expect(scoreQuestion(multiple, ['c', 'd'])).toBe(0);
    expect(scoreQuestion(multiple, [])).toBe(0);
  });
  it('gives ordering the share of items in their right position', () => {
    expect(scoreQuestion(ordering, ['w', 'x', 'y', 'z'])).toBe(1);
    expect(scoreQuestion(ordering, ['x', 'w', 'y', 'z'])).toBe(0.5);
    expect(scoreQuestion(ordering, ['z', 'w', 'x', 'y'])).toBe(0);
  });
  it('gives matching the share of pairs right', () => {
    expect(scoreQuestion(matching, { p: 'p', q: 'q', r: 'r', s: 's' })).toBe(1);
    expect(scoreQuestion(matching, { p: 'p', q: 'r', r: 'q' })).toBe(0.25);
    expect(scoreQuestion(matching, {})).toBe(0);
  });
  it('gives 0 to answers that do not fit the question', () => {
    expect(scoreQuestion(single, 'zz')).toBe(0);
    expect(scoreQuestion(multiple, ['a', 'a'])).toBe(0);
    expect(scoreQuestion(ordering, ['w', 'x', 'y'])).toBe(0);
    expect(scoreQuestion(matching, { p: 'nope' })).toBe(0);
    expect(scoreQuestion(trueFalse, 'false')).toBe(0);
  });
  it('always stays between 0 and 1, whatever the answer', () => {
    fc.assert(
      fc.property(
        arbQuestion.chain((q) => fc.tuple(fc.constant(q), arbAnswerFor(q))),
        ([q, answer]) => {
          const credit = scoreQuestion(q, answer as never);
          expect(credit).toBeGreaterThanOrEqual(0);
          expect(credit).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('gives full credit to the right answer of any question', () => {
    fc.assert(
      fc.property(arbQuestion, (q) => {
        expect(scoreQuestion(q, rightAnswer(q))).toBe(1);
      }),
    );
  });
});

describe('scoreAttempt', () => {
  it('keeps the score between 0 and the maximum, and the percent between 0 and 100', () => {
    fc.assert(
      fc.property(
        fc.array(
          arbQuestion.chain((q) => fc.tuple(fc.constant(q), arbAnswerFor(q))),
          { minLength: 1, maxLength: 12 },
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pairs, passMark) => {
          const questions = pairs.map(([q], i) => ({ ...q, id: `q${i}` }));
          const answers = Object.fromEntries(
            pairs.map(([, a], i) => [`q${i}`, a as never]).filter(([, a]) => a !== undefined),
          );
          const r = scoreAttempt(questions, answers, passMark);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(r.max);
          expect(r.max).toBe(questions.length);
          expect(r.percent).toBeGreaterThanOrEqual(0);
          expect(r.percent).toBeLessThanOrEqual(100);
          expect(r.missed.length).toBeLessThanOrEqual(questions.length);
        },
      ),
    );
  });
  it('passes at exactly the pass mark, despite floating point', () => {
    // Four of five right is exactly 80 %; so are six full and four half credits out of ten.
    const qs = Array.from({ length: 5 }, (_, i) => ({ ...single, id: `s${i}` }));
    const four = scoreAttempt(qs, { s0: 'a', s1: 'a', s2: 'a', s3: 'a', s4: 'b' }, 0.8);
    expect(four).toMatchObject({ score: 4, max: 5, percent: 80, passed: true, missed: ['s4'] });
    const tenths = Array.from({ length: 10 }, (_, i) => ({ ...multiple, id: `m${i}` }));
    const answers = Object.fromEntries(tenths.map((q, i) => [q.id, i < 6 ? ['a', 'b'] : ['a']]));
    expect(scoreAttempt(tenths, answers, 0.8)).toMatchObject({ score: 8, percent: 80, passed: true });
  });
  it('rounds the percent down and fails below the pass mark', () => {
    const qs = [...Array.from({ length: 7 }, (_, i) => ({ ...single, id: `s${i}` })), { ...ordering, id: 'o' }];
    const answers = { ...Object.fromEntries(qs.slice(0, 7).map((q) => [q.id, 'a'])), o: ['w', 'x', 'z', 'y'] };
    const r = scoreAttempt(qs, answers, 0.95);
    expect(r.score).toBe(7.5);
    expect(r.percent).toBe(93);
    expect(r.passed).toBe(false);
    expect(r.missed).toEqual(['o']);
  });
  it('reads credits as right, partly right or wrong', () => {
    expect([verdictOf(1), verdictOf(0.5), verdictOf(0)]).toEqual(['right', 'partly', 'wrong']);
  });
});

// ---- answers -------------------------------------------------------------------------------

describe('answers', () => {
  it('an ordering question is always answered; a matching one only when every row is', () => {
    expect(isAnswered(ordering, ['z', 'y', 'x', 'w'])).toBe(true);
    expect(isAnswered(matching, { p: 'q' })).toBe(false);
    expect(isAnswered(matching, { p: 'q', q: 'p', r: 'r', s: 's' })).toBe(true);
    expect(isAnswered(multiple, [])).toBe(false);
    expect(isAnswered(serial, '   ')).toBe(false);
    expect(isAnswered(single, undefined)).toBe(false);
  });
  it('rejects ids the question does not have and values of the wrong kind', () => {
    expect(isAnswerFor(single, 'a')).toBe(true);
    expect(isAnswerFor(single, ['a'])).toBe(false);
    expect(isAnswerFor(matching, { p: 'x' })).toBe(false);
    expect(isAnswerFor(matching, Object.assign(Object.create({ p: 'p' }), {}))).toBe(false);
    expect(isAnswerFor(serial, 'x'.repeat(201))).toBe(false);
  });
});

// ---- drawing -------------------------------------------------------------------------------

const pool = Array.from({ length: 14 }, (_, i) => ({ ...single, id: `q${String(i).padStart(2, '0')}` }));
// The course's seven modules, 20 questions each: the shape of the final assessment's pool.
const modules = ['fundamentals', 'identification', 'preparing', 'submitting', 'results', 'leads', 'procedure'];
const bigPool = modules.flatMap((module) => Array.from({ length: 20 }, (_, i) => ({ id: `${module}-q${i}`, module })));
const seed = fc.integer({ min: 0, max: 0xffffffff });

describe('drawQuestions', () => {
  it('draws the asked number of distinct questions from the pool', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 14 }), (s, count) => {
        const ids = drawQuestions(pool, count, s);
        expect(ids).toHaveLength(count);
        expect(new Set(ids).size).toBe(count);
        for (const id of ids) expect(pool.some((q) => q.id === id)).toBe(true);
      }),
    );
  });
  it('a seed reproduces its draw', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(drawQuestions(pool, 8, s)).toEqual(drawQuestions(pool, 8, s));
      }),
    );
  });
  it('different seeds give different draws', () => {
    let same = 0;
    let sameSet = 0;
    const runs = 1000;
    const random = mulberry32(2026);
    for (let i = 0; i < runs; i++) {
      const a = drawQuestions(pool, 8, newSeed(random));
      const b = drawQuestions(pool, 8, newSeed(random));
      if (a.join() === b.join()) same += 1;
      if ([...a].sort().join() === [...b].sort().join()) sameSet += 1;
    }
    // 14 choose 8 = 3003 sets: two random draws share a set about 1 time in 3003.
    expect(same).toBe(0);
    expect(sameSet).toBeLessThanOrEqual(3);
  });
  it('a retake draws a different set whenever the pool is larger than the draw', () => {
    fc.assert(
      fc.property(seed, seed, fc.integer({ min: 1, max: 13 }), (s1, s2, count) => {
        const first = drawQuestions(pool, count, s1);
        const retake = drawQuestions(pool, count, s2, { avoid: first });
        expect([...retake].sort()).not.toEqual([...first].sort());
        // Unseen questions come first: the retake repeats only what the pool cannot avoid.
        const repeated = retake.filter((id) => first.includes(id)).length;
        expect(repeated).toBe(Math.max(0, count - (pool.length - count)));
      }),
    );
  });
  it('a stratified draw takes at least the minimum from every group', () => {
    fc.assert(
      fc.property(
        seed,
        fc.option(
          fc.shuffledSubarray(
            bigPool.map((q) => q.id),
            { maxLength: 60 },
          ),
          { nil: undefined },
        ),
        (s, avoid) => {
          const ids = drawQuestions(bigPool, 25, s, { stratify: byModule(3), avoid });
          expect(ids).toHaveLength(25);
          expect(new Set(ids).size).toBe(25);
          for (const module of modules)
            expect(ids.filter((id) => id.startsWith(`${module}-`)).length).toBeGreaterThanOrEqual(3);
        },
      ),
    );
  });
  it('explains a pool it cannot draw from', () => {
    expect(drawProblems(pool, 8)).toEqual([]);
    expect(drawProblems(pool, 15)).toEqual(['draw is 15 but the pool has only 14 questions']);
    expect(drawProblems(bigPool, 25, byModule(3))).toEqual([]);
    expect(drawProblems(bigPool, 20, byModule(3))).toEqual(['7 groups × 3 questions each is more than the draw of 20']);
    expect(
      drawProblems(
        bigPool.filter((q) => q.module !== 'procedure'),
        20,
        byModule(3),
      ),
    ).toEqual([]);
    expect(
      drawProblems(
        bigPool.filter((q) => q.module !== 'leads' || q.id === 'leads-q0'),
        25,
        byModule(3),
      ),
    ).toEqual(['group "leads" has 1 questions; each needs at least 3']);
    expect(drawProblems([pool[0]!, pool[0]!], 1)).toEqual(['the pool has duplicate question ids']);
  });
});

describe('presentQuestion', () => {
  it('shows options as a permutation of the question’s own, the same for the same seed', () => {
    fc.assert(
      fc.property(arbQuestion, seed, (q, s) => {
        const p = presentQuestion(q, s);
        expect(presentQuestion(q, s)).toEqual(p);
        if (q.type === 'single' || q.type === 'multiple')
          expect([...p.order].sort()).toEqual(q.options.map((o) => o.id).sort());
        if (q.type === 'matching') expect([...p.choices!].sort()).toEqual(q.pairs.map((x) => x.id).sort());
      }),
    );
  });
  it('never shows an ordering question already in order', () => {
    fc.assert(
      fc.property(
        arbQuestion.filter((q) => q.type === 'ordering'),
        seed,
        (q, s) => {
          const { order } = presentQuestion(q, s);
          const right = (q as typeof ordering).items.map((i) => i.id);
          expect([...order].sort()).toEqual([...right].sort());
          expect(order).not.toEqual(right);
        },
      ),
    );
  });
});

// ---- drafts --------------------------------------------------------------------------------

describe('parseDraft', () => {
  const byId = new Map(all.map((q) => [q.id, q]));
  const draft: QuizDraft = {
    version: 1,
    seed: 42,
    questionIds: all.map((q) => q.id),
    answers: {
      'q-single': 'b',
      'q-order': ['z', 'y', 'x', 'w'],
      'q-match': { p: 'q' },
      'q-text': 'abc',
      'q-tf': true,
      'q-multiple': ['a'],
    },
    current: 3,
    startedAt: '2026-11-30T10:00:00.000Z',
  };
  it('accepts a draft that fits the quiz, after a round trip through JSON', () => {
    expect(parseDraft(JSON.parse(JSON.stringify(draft)), byId, all.length)).toEqual(draft);
  });
  it('discards a draft that no longer fits', () => {
    const bad: unknown[] = [
      null,
      'draft',
      [],
      { ...draft, version: 2 },
      { ...draft, seed: -1 },
      { ...draft, seed: 1.5 },
      { ...draft, questionIds: draft.questionIds.slice(1) },
      { ...draft, questionIds: [...draft.questionIds.slice(1), 'gone'] },
      { ...draft, questionIds: [...draft.questionIds.slice(1), draft.questionIds[1]] },
      { ...draft, current: 6 },
      { ...draft, current: -1 },
      { ...draft, startedAt: 'yesterday' },
      { ...draft, answers: [] },
      { ...draft, answers: { 'q-single': 'zz' } },
      { ...draft, answers: { 'q-order': ['w', 'x'] } },
      { ...draft, answers: { 'not-asked': 'a' } },
    ];
    for (const raw of bad) expect(parseDraft(raw, byId, all.length), JSON.stringify(raw)).toBeUndefined();
  });
  it('never throws and never accepts junk', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(parseDraft(raw, byId, all.length)).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(
        fc.record({
          version: fc.constant(1),
          seed: fc.anything(),
          questionIds: fc.anything(),
          answers: fc.anything(),
          current: fc.anything(),
          startedAt: fc.anything(),
        }),
        (raw) => {
          expect(parseDraft(raw, byId, all.length)).toBeUndefined();
        },
      ),
    );
  });
});

// ---- the quiz state machine ----------------------------------------------------------------

describe('createQuiz', () => {
  const quiz = createQuiz({ pool: all, draw: 6, passMark: 0.8 });
  const at = '2026-11-30T10:00:00.000Z';
  const started = quiz.reduce({ phase: 'start' }, { type: 'start', seed: 7, at }) as Extract<
    QuizState,
    { phase: 'question' }
  >;

  it('starts on the first question with the ordering question answered as shown', () => {
    expect(started.phase).toBe('question');
    expect(started.draft.current).toBe(0);
    expect(started.draft.questionIds).toEqual(drawQuestions(all, 6, 7));
    expect(started.draft.answers['q-order']).toEqual(presentQuestion(ordering, 7).order);
  });
  it('records answers, ignores ones that do not fit, and clears them', () => {
    let s = quiz.reduce(started, { type: 'answer', id: 'q-single', value: 'a' });
    expect(s.phase === 'question' && s.draft.answers['q-single']).toBe('a');
    expect(quiz.reduce(s, { type: 'answer', id: 'q-single', value: 'zz' })).toBe(s);
    expect(quiz.reduce(s, { type: 'answer', id: 'unknown', value: 'a' })).toBe(s);
    s = quiz.reduce(s, { type: 'answer', id: 'q-single', value: undefined });
    expect(s.phase === 'question' && 'q-single' in s.draft.answers).toBe(false);
  });
  it('moves between questions within bounds', () => {
    const go = (index: number) => {
      const s = quiz.reduce(started, { type: 'go', index });
      return s.phase === 'question' ? s.draft.current : -1;
    };
    expect([go(2), go(-3), go(99)]).toEqual([2, 0, 5]);
  });
  it('asks before submitting unanswered questions, and submits when told to', () => {
    const warned = quiz.reduce(started, { type: 'submit', at });
    expect(warned.phase).toBe('question');
    const unanswered = warned.phase === 'question' ? warned.unanswered : undefined;
    expect(unanswered).toHaveLength(5);
    const done = quiz.reduce(warned, { type: 'submit', at, force: true });
    expect(done.phase).toBe('result');
    if (done.phase === 'result') expect(done.result.max).toBe(6);
  });
  it('scores a perfect run at 100 % and keeps an attempt the progress store accepts', () => {
    let s: QuizState = started;
    for (const q of all) s = quiz.reduce(s, { type: 'answer', id: q.id, value: rightAnswer(q) });
    s = quiz.reduce(s, { type: 'submit', at: '2026-11-30T10:05:00.000Z' });
    expect(s.phase).toBe('result');
    if (s.phase !== 'result') return;
    expect(s.result).toMatchObject({ score: 6, max: 6, percent: 100, passed: true, missed: [] });
    const attempt = toQuizAttempt(s.draft, s.result);
    expect(quizAttemptSchema.safeParse(attempt).success).toBe(true);
    expect(attempt).toMatchObject({
      seed: 7,
      startedAt: at,
      finishedAt: '2026-11-30T10:05:00.000Z',
      questionIds: s.draft.questionIds,
    });
  });
  it('resumes a saved draft where it stopped', () => {
    const moved = quiz.reduce(quiz.reduce(started, { type: 'answer', id: 'q-tf', value: true }), {
      type: 'go',
      index: 4,
    });
    if (moved.phase !== 'question') throw new Error('expected a question');
    const saved = parseDraft(JSON.parse(JSON.stringify(moved.draft)), quiz.byId, 6)!;
    const resumed = quiz.reduce({ phase: 'start' }, { type: 'resume', draft: saved });
    expect(resumed).toEqual(moved);
  });
  it('a retake picks other questions first', () => {
    const small = createQuiz({ pool, draw: 8, passMark: 0.8 });
    const first = small.reduce({ phase: 'start' }, { type: 'start', seed: 1, at });
    const ids = first.phase === 'question' ? first.draft.questionIds : [];
    const retake = small.reduce(first, { type: 'start', seed: 2, at, avoid: ids });
    const again = retake.phase === 'question' ? retake.draft.questionIds : [];
    expect(again.filter((id) => ids.includes(id))).toHaveLength(2);
  });
});

// ---- review --------------------------------------------------------------------------------

describe('reviewQuestion', () => {
  it('marks chosen and right options, with feedback only on chosen ones', () => {
    const r = reviewQuestion(single, 'b', 3);
    expect(r.type).toBe('single');
    if (r.type !== 'single') return;
    expect(r.options.map((o) => o.id).sort()).toEqual(['a', 'b', 'c']);
    expect(r.options.find((o) => o.id === 'b')).toMatchObject({ chosen: true, correct: false, feedback: 'Not B.' });
    expect(r.options.find((o) => o.id === 'a')).toMatchObject({ chosen: false, correct: true });
    expect(r.options.find((o) => o.id === 'a')).not.toHaveProperty('feedback');
  });
  it('shows the learner’s order against the right one', () => {
    const r = reviewQuestion(ordering, ['x', 'w', 'y', 'z'], 3);
    expect(r).toEqual({
      type: 'ordering',
      given: [
        { id: 'x', text: 'X', right: false },
        { id: 'w', text: 'W', right: false },
        { id: 'y', text: 'Y', right: true },
        { id: 'z', text: 'Z', right: true },
      ],
      expected: ordering.items,
    });
  });
  it('shows each matched pair and the accepted text', () => {
    const m = reviewQuestion(matching, { p: 'q' }, 3);
    expect(m.type === 'matching' && m.rows[0]).toEqual({ id: 'p', left: 'Lp', chosen: 'Rq', right: 'Rp', ok: false });
    expect(m.type === 'matching' && m.rows[1]).toEqual({ id: 'q', left: 'Lq', right: 'Rq', ok: false });
    expect(reviewQuestion(serial, '24681357-kd2090', 3)).toEqual({
      type: 'text',
      given: '24681357-kd2090',
      accepted: '24681357-KD2090',
      ok: true,
    });
    expect(reviewQuestion(trueFalse, undefined, 3)).toEqual({ type: 'truefalse', answer: false });
  });
  it('lists each lesson to review once, in the order asked, skipping questions without one', () => {
    expect(lessonsToReview(all, ['q-tf', 'q-order', 'q-single', 'q-text'])).toEqual([
      'fundamentals/what-a-trace-is',
      'identification/serial-numbers',
    ]);
    expect(lessonsToReview(all, [])).toEqual([]);
  });
});

describe('fillTemplate', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('Question {{n}} of {{total}}', { n: 3, total: 8 })).toBe('Question 3 of 8');
    expect(fillTemplate('{{a}} {{b}}', { a: 'x' })).toBe('x {{b}}');
  });
});
