// The question-bank checks the build runs (src/lib/question-bank.ts): first on small made-up
// banks, so each rule is seen to fail, then on the real quizzes and checks in content/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { questionListSchema, questionSchema, quizSchema, type Question } from '../../src/schemas/question';
import { SKILLS } from '../../src/schemas/skill';
import {
  FACT_RECALL_CAP,
  answerOf,
  checkQuestionBank,
  factRecallProblems,
  giveawayProblems,
  poolShares,
  repeatProblems,
  shareLine,
  statedAnswer,
  type BankFile,
} from '../../src/lib/question-bank';

const both = (text: string) => ({ en: text, es: `${text} (es)` });
const why = both('Why this option is wrong.');

function single(id: string, skill: Question['skill'], right = `Right answer of ${id}`): Question {
  return questionSchema.parse({
    id,
    type: 'single',
    skill,
    prompt: both(`Prompt of ${id}?`),
    options: [
      { id: 'a', text: both(right), correct: true },
      { id: 'b', text: both('A wrong answer'), feedback: why },
    ],
    explanation: both('Because.'),
  });
}

const quiz = (module: string, questions: Question[]): BankFile => ({
  file: `content/quizzes/${module}.yaml`,
  module,
  kind: 'quiz',
  questions,
});
const checks = (module: string, questions: Question[]): BankFile => ({
  file: `content/checks/${module}.yaml`,
  module,
  kind: 'check',
  questions,
});
const pool = (module: string, facts: number, size = 20) =>
  quiz(
    module,
    Array.from({ length: size }, (_, i) => single(`${module}-q${i}`, i < facts ? 'fact-recall' : 'reading-results')),
  );

describe('the schema', () => {
  const base = { id: 'x-q1', type: 'single', prompt: both('P?'), explanation: both('E.') };
  const issues = (q: unknown) => {
    const result = questionSchema.safeParse(q);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('requires a skill from the fixed list', () => {
    const options = [
      { id: 'a', text: both('A'), correct: true },
      { id: 'b', text: both('B'), feedback: why },
    ];
    expect(issues({ ...base, options })[0]).toMatch(/^skill: /);
    expect(issues({ ...base, skill: 'memory', options })[0]).toMatch(/^skill: /);
    expect(issues({ ...base, skill: 'priority', options })).toEqual([]);
  });
  it('names the question and the option when a wrong option has no feedback', () => {
    const q = {
      ...base,
      skill: 'priority',
      options: [
        { id: 'a', text: both('A'), correct: true },
        { id: 'b', text: both('B') },
      ],
    };
    expect(issues(q)).toEqual([
      'options.1.feedback: question "x-q1": option "b" is wrong but has no feedback saying why',
    ]);
    expect(issues({ ...q, type: 'multiple' })).toEqual([
      'options.1.feedback: question "x-q1": option "b" is wrong but has no feedback saying why',
    ]);
  });
});

describe('fact-recall share', () => {
  it('allows up to 10% of a quiz pool and names the file above that', () => {
    expect(FACT_RECALL_CAP).toBe(0.1);
    expect(factRecallProblems(poolShares([pool('leads', 2)]))).toEqual([]);
    expect(factRecallProblems(poolShares([pool('leads', 3)]))).toEqual([
      {
        file: 'content/quizzes/leads.yaml',
        field: 'questions',
        message:
          '3 of 20 questions are fact-recall (15%); at most 2 may be. Rewrite a date or figure question as a question about what an agent does',
      },
    ]);
    // 2 of 19 is 10.5 %: over the cap, however close.
    expect(factRecallProblems(poolShares([pool('leads', 2, 19)]))).toHaveLength(1);
  });
  it('counts quizzes only: knowledge checks are not drawn', () => {
    const recall = Array.from({ length: 5 }, (_, i) => single(`leads-c${i}`, 'fact-recall'));
    expect(poolShares([pool('leads', 1), checks('leads', recall)])).toEqual([
      {
        module: 'leads',
        file: 'content/quizzes/leads.yaml',
        size: 20,
        factRecall: 1,
        bySkill: { 'fact-recall': 1, 'reading-results': 19 },
      },
    ]);
  });
  it('logs one short line per module', () => {
    const lines: string[] = [];
    checkQuestionBank([pool('fundamentals', 1), pool('procedure', 0)], (l) => lines.push(l));
    expect(lines).toEqual([
      'quiz pool fundamentals: 20 questions, 1 fact-recall (5%, cap 10%)',
      'quiz pool procedure: 20 questions, 0 fact-recall (0%, cap 10%)',
    ]);
    expect(shareLine(poolShares([pool('x', 3, 3)])[0]!)).toBe(
      'quiz pool x: 3 questions, 3 fact-recall (100%, cap 10%)',
    );
  });
});

describe('repeats', () => {
  it('catches the same skill and the same right answer across quizzes and checks, whatever the case and punctuation', () => {
    const a = single('results-q1', 'priority', 'Under 24 hours');
    const b = single('submitting-urgent', 'priority', 'under 24 hours.');
    expect(repeatProblems([quiz('results', [a]), checks('submitting', [b])])).toEqual([
      {
        file: 'content/checks/submitting.yaml',
        field: 'submitting-urgent',
        message:
          'tests the same fact the same way as "results-q1" (content/quizzes/results.yaml): skill priority and the right answer "under 24 hours". Ask it another way or test another fact',
      },
    ]);
  });
  it('lets the same answer stand under another skill, and another answer under the same skill', () => {
    const a = single('q1', 'priority', 'Under 24 hours');
    expect(
      repeatProblems([
        quiz('m', [a, single('q2', 'fact-recall', 'Under 24 hours'), single('q3', 'priority', 'About 9 days')]),
      ]),
    ).toEqual([]);
  });
  it('reads the answer of every question type', () => {
    const common = { skill: 'reading-results', prompt: both('Is it?'), explanation: both('E.') };
    const q = (extra: object) => questionSchema.parse({ id: 'q', ...common, ...extra });
    expect(answerOf(q({ type: 'truefalse', answer: false }))).toBe('false: is it');
    expect(answerOf(q({ type: 'ordering', items: ['B', 'A', 'C'].map((x) => ({ id: x, text: both(x) })) }))).toBe(
      'b > a > c',
    );
    expect(
      answerOf(
        q({ type: 'matching', pairs: ['b', 'a', 'c'].map((x) => ({ id: x, left: both(x), right: both(`${x}!`) })) }),
      ),
    ).toBe('a = a | b = b | c = c');
    expect(answerOf(q({ type: 'text', accept: ['AB-12', 'ab12'] }))).toBe('ab 12');
    const multiple = q({
      type: 'multiple',
      options: [
        { id: 'a', text: both('Zeta'), correct: true },
        { id: 'b', text: both('Álfa'), correct: true },
      ],
    });
    expect(answerOf(multiple)).toBe('alfa | zeta');
  });
});

describe('answers given away', () => {
  const rules = { case: true, dashes: false };
  it('catches a prompt that states the only candidate', () => {
    expect(statedAnswer('Licensees answer within 24 hours. Type the number of hours.', ['24'], rules)).toBe('24');
    expect(statedAnswer('The receiver is marked 24681357-KD2090. Type the serial.', ['24681357-KD2090'], rules)).toBe(
      '24681357-KD2090',
    );
    expect(statedAnswer('Which country? It is Yugoslavia, as marked.', ['yugoslavia'], rules)).toBe('yugoslavia');
  });
  it('lets a marking panel offer the answer among other numbers', () => {
    const panel = 'Frame: MOD. EX 92 / PAT. 4,556,210 / TZ40771 / FFL 57493027. Type the serial.';
    expect(statedAnswer(panel, ['TZ40771'], rules)).toBeUndefined();
    // A number inside a longer one is not the answer stated.
    expect(statedAnswer('Sold on 10 March 2020. Years until recovery?', ['20'], rules)).toBeUndefined();
  });
  const ordering = (texts: string[]) =>
    questionSchema.parse({
      id: 'o1',
      type: 'ordering',
      skill: 'legal-context',
      prompt: both('Order these.'),
      explanation: both('E.'),
      items: texts.map((t, i) => ({ id: `i${i}`, text: both(t) })),
    });
  it('catches ordering items that print a year, a fiscal year or a month', () => {
    const problems = (texts: string[]) => giveawayProblems([quiz('m', [ordering(texts)])]);
    expect(problems(['Request (date, priority)', 'Requester', 'Firearm'])).toEqual([]);
    expect(problems(['The GCA (1968)', 'Requester', 'Firearm'])).toEqual([
      {
        file: 'content/quizzes/m.yaml',
        field: 'o1.items',
        message: 'item "i0" prints a date (en: "The GCA (1968)"), so the items can be ordered by their dates alone',
      },
    ]);
    expect(problems(['Tiahrt riders (FY2003/04)', 'B', 'C'])).toHaveLength(1);
    expect(problems(['Rule in force from 24 August', 'B', 'C'])).toHaveLength(1);
  });
  it('names the text item and the answer its prompt states', () => {
    const text = questionSchema.parse({
      id: 't1',
      type: 'text',
      skill: 'entering-serial',
      prompt: both('The frame reads AB1234. Type the serial.'),
      accept: ['AB1234'],
      normalize: { case: true, spaces: true },
      explanation: both('E.'),
    });
    expect(giveawayProblems([quiz('m', [text])])).toEqual([
      {
        file: 'content/quizzes/m.yaml',
        field: 't1.prompt',
        message: 'the en prompt states the accepted answer "AB1234" and offers nothing else to choose from',
      },
    ]);
  });
});

describe('the real question bank', () => {
  const root = join(import.meta.dirname, '../../content');
  const yaml = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml'));
  const load = (path: string) => parse(readFileSync(join(root, path), 'utf8'));
  const files: BankFile[] = [
    ...yaml('quizzes')
      .map((f) => ({ f, quiz: quizSchema.parse(load(`quizzes/${f}`)) }))
      .filter(({ quiz }) => quiz.module)
      .map(({ f, quiz }) => ({
        file: `content/quizzes/${f}`,
        module: quiz.module!,
        kind: 'quiz' as const,
        questions: quiz.questions,
      })),
    ...yaml('checks').map((f) => ({
      file: `content/checks/${f}`,
      module: f.replace('.yaml', ''),
      kind: 'check' as const,
      questions: questionListSchema.parse(load(`checks/${f}`)),
    })),
  ];
  const lines: string[] = [];
  const problems = checkQuestionBank(files, (l) => lines.push(l));

  it('has no fact-recall share above 10%, no repeats and no answer given away', () => {
    expect(problems.map((p) => `${p.file} → ${p.field}: ${p.message}`)).toEqual([]);
  });
  it('gives every module quiz a pool of at least 20 and prints its share', () => {
    const shares = poolShares(files);
    expect(shares.length).toBeGreaterThanOrEqual(6);
    for (const s of shares) expect(s.size, s.file).toBeGreaterThanOrEqual(20);
    expect(lines).toHaveLength(shares.length);
  });
  it('tags items with skills from the list, more than one skill per module', () => {
    for (const s of poolShares(files)) {
      for (const skill of Object.keys(s.bySkill)) expect(SKILLS).toContain(skill);
      expect(Object.keys(s.bySkill).length, s.file).toBeGreaterThan(2);
    }
  });
});
