import {
  array,
  boolean,
  number,
  object,
  oneOf,
  optional,
  record,
  string,
  unknown,
  literal,
  type Infer,
} from '../validate';

/**
 * The learner's saved progress, version 2. Everything a learner does is kept here, in their own
 * browser, under one localStorage key. Every page checks it on load, so the validator is the small
 * one in src/lib/validate.ts (zod/mini with the store was over 8 KB gzip, most of a reading page's JS budget).
 */
export const PROGRESS_VERSION = 2;

const isoDate = string(10, 40);

export const quizAttemptSchema = object({
  startedAt: isoDate,
  finishedAt: isoDate,
  /** Points earned and available; `percent` is their ratio, 0–100, rounded down. */
  score: number(),
  max: number(),
  percent: number(),
  passed: boolean,
  /** Question ids in the order they were asked, and the learner's answer to each. */
  questionIds: array(string()),
  answers: record(unknown),
  /** Question ids answered wrongly or partly, for "what to review". */
  missed: array(string()),
  seed: number(),
});

export const scenarioResultSchema = object({
  finishedAt: isoDate,
  mode: oneOf(['practice', 'assessment']),
  score: number(),
  max: number(),
  /** The simulated trace outcome the learner's request produced. */
  outcome: string(),
  hintsUsed: number(),
  attempts: number(),
});

export const assignmentSchema = object({
  id: string(1, 64),
  cohort: string(0, 120),
  trainer: string(0, 120),
  contact: string(0, 160),
  modules: array(string(0, 40), 20),
  assessment: boolean,
  due: string(0, 10),
  passMark: number(0, 100),
  lang: oneOf(['en', 'es']),
});

export const progressSchema = object({
  version: literal(PROGRESS_VERSION),
  learner: object({
    name: string(0, 120),
    agency: string(0, 160),
    badge: string(0, 40),
  }),
  /** `module/lesson` → when it was first and last opened. */
  lessons: record(object({ firstAt: isoDate, lastAt: isoDate })),
  /** The last lesson opened, for "continue where you left off". */
  lastLesson: optional(string()),
  quizzes: record(array(quizAttemptSchema)),
  /** An unfinished quiz per quiz id; its shape belongs to the quiz engine, which validates it. */
  quizDrafts: record(unknown),
  scenarios: record(array(scenarioResultSchema)),
  scenarioDrafts: record(unknown),
  assignments: record(object({ acceptedAt: isoDate, assignment: assignmentSchema })),
});

export type Progress = Infer<typeof progressSchema>;
export type QuizAttempt = Infer<typeof quizAttemptSchema>;
export type ScenarioResult = Infer<typeof scenarioResultSchema>;
export type Assignment = Infer<typeof assignmentSchema>;

export function emptyProgress(): Progress {
  return {
    version: PROGRESS_VERSION,
    learner: { name: '', agency: '', badge: '' },
    lessons: {},
    quizzes: {},
    quizDrafts: {},
    scenarios: {},
    scenarioDrafts: {},
    assignments: {},
  };
}
