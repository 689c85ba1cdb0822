import * as z from 'zod/mini';

/**
 * The learner's saved progress, version 2. Everything a learner does is kept here, in their own
 * browser, under one localStorage key. `zod/mini` keeps the validator small enough for every page.
 */
export const PROGRESS_VERSION = 2;

const isoDate = z.string().check(z.minLength(10), z.maxLength(40));

export const quizAttemptSchema = z.object({
  startedAt: isoDate,
  finishedAt: isoDate,
  /** Points earned and available; `percent` is their ratio, 0–100, rounded down. */
  score: z.number(),
  max: z.number(),
  percent: z.number(),
  passed: z.boolean(),
  /** Question ids in the order they were asked, and the learner's answer to each. */
  questionIds: z.array(z.string()),
  answers: z.record(z.string(), z.unknown()),
  /** Question ids answered wrongly or partly, for "what to review". */
  missed: z.array(z.string()),
  seed: z.number(),
});

export const scenarioResultSchema = z.object({
  finishedAt: isoDate,
  mode: z.enum(['practice', 'assessment']),
  score: z.number(),
  max: z.number(),
  /** The simulated trace outcome the learner's request produced. */
  outcome: z.string(),
  hintsUsed: z.number(),
  attempts: z.number(),
});

export const assignmentSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  cohort: z.string().check(z.maxLength(120)),
  trainer: z.string().check(z.maxLength(120)),
  contact: z.string().check(z.maxLength(160)),
  modules: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
  assessment: z.boolean(),
  due: z.string().check(z.maxLength(10)),
  passMark: z.number().check(z.gte(0), z.lte(100)),
  lang: z.enum(['en', 'es']),
});

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  learner: z.object({
    name: z.string().check(z.maxLength(120)),
    agency: z.string().check(z.maxLength(160)),
    badge: z.string().check(z.maxLength(40)),
  }),
  /** `module/lesson` → when it was first and last opened. */
  lessons: z.record(z.string(), z.object({ firstAt: isoDate, lastAt: isoDate })),
  /** The last lesson opened, for "continue where you left off". */
  lastLesson: z.optional(z.string()),
  quizzes: z.record(z.string(), z.array(quizAttemptSchema)),
  /** An unfinished quiz per quiz id; its shape belongs to the quiz engine, which validates it. */
  quizDrafts: z.record(z.string(), z.unknown()),
  scenarios: z.record(z.string(), z.array(scenarioResultSchema)),
  scenarioDrafts: z.record(z.string(), z.unknown()),
  assignments: z.record(z.string(), z.object({ acceptedAt: isoDate, assignment: assignmentSchema })),
});

export type Progress = z.infer<typeof progressSchema>;
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
export type ScenarioResult = z.infer<typeof scenarioResultSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;

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
