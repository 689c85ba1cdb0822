import type { Assignment, Progress, QuizAttempt, ScenarioResult } from './schema';

/** How many attempts of one quiz or scenario are kept: enough for any review, bounded in size. */
export const MAX_ATTEMPTS = 20;

const keepLast = <T>(list: T[]) => list.slice(-MAX_ATTEMPTS);

/** The learner opened a lesson (`module/lesson`). */
export function markLessonVisited(p: Progress, key: string, at: Date): Progress {
  const iso = at.toISOString();
  const seen = p.lessons[key];
  return { ...p, lessons: { ...p.lessons, [key]: { firstAt: seen?.firstAt ?? iso, lastAt: iso } }, lastLesson: key };
}

export function recordQuizAttempt(p: Progress, quizId: string, attempt: QuizAttempt): Progress {
  const { [quizId]: _done, ...drafts } = p.quizDrafts;
  return {
    ...p,
    quizzes: { ...p.quizzes, [quizId]: keepLast([...(p.quizzes[quizId] ?? []), attempt]) },
    quizDrafts: drafts,
  };
}

export function setQuizDraft(p: Progress, quizId: string, draft: unknown): Progress {
  return { ...p, quizDrafts: { ...p.quizDrafts, [quizId]: draft } };
}

export function clearQuizDraft(p: Progress, quizId: string): Progress {
  const { [quizId]: _gone, ...rest } = p.quizDrafts;
  return { ...p, quizDrafts: rest };
}

export function recordScenarioResult(p: Progress, scenarioId: string, result: ScenarioResult): Progress {
  const { [scenarioId]: _done, ...drafts } = p.scenarioDrafts;
  return {
    ...p,
    scenarios: { ...p.scenarios, [scenarioId]: keepLast([...(p.scenarios[scenarioId] ?? []), result]) },
    scenarioDrafts: drafts,
  };
}

export function setScenarioDraft(p: Progress, scenarioId: string, draft: unknown): Progress {
  return { ...p, scenarioDrafts: { ...p.scenarioDrafts, [scenarioId]: draft } };
}

export function clearScenarioDraft(p: Progress, scenarioId: string): Progress {
  const { [scenarioId]: _gone, ...rest } = p.scenarioDrafts;
  return { ...p, scenarioDrafts: rest };
}

export function acceptAssignment(p: Progress, assignment: Assignment, at: Date): Progress {
  return { ...p, assignments: { ...p.assignments, [assignment.id]: { acceptedAt: at.toISOString(), assignment } } };
}

export function setLearner(p: Progress, learner: Progress['learner']): Progress {
  return { ...p, learner };
}

/** The best attempt of a quiz (highest percent, then the latest), or undefined. */
export function bestAttempt(p: Progress, quizId: string): QuizAttempt | undefined {
  return (p.quizzes[quizId] ?? []).reduce<QuizAttempt | undefined>(
    (best, a) => (!best || a.percent >= best.percent ? a : best),
    undefined,
  );
}

export type Status = 'not-started' | 'in-progress' | 'done' | 'passed';

/**
 * A module's status: `passed` once its quiz is passed; `done` when every lesson was opened;
 * `in-progress` after the first lesson or quiz attempt; otherwise `not-started`.
 */
export function moduleStatus(p: Progress, module: string, lessonSlugs: string[], quizId = module): Status {
  if ((p.quizzes[quizId] ?? []).some((a) => a.passed)) return 'passed';
  const opened = lessonSlugs.filter((slug) => p.lessons[`${module}/${slug}`]).length;
  if (lessonSlugs.length > 0 && opened === lessonSlugs.length) return 'done';
  if (opened > 0 || (p.quizzes[quizId] ?? []).length > 0 || p.quizDrafts[quizId] !== undefined) return 'in-progress';
  return 'not-started';
}

export function lessonStatus(p: Progress, key: string): Status {
  return p.lessons[key] ? 'done' : 'not-started';
}

/**
 * Where "continue where you left off" goes: the lesson after the last one opened, in course
 * order, or the last one itself when it is the final lesson. `order` lists `module/lesson` keys.
 */
export function continueTarget(p: Progress, order: string[]): string | undefined {
  if (!p.lastLesson) return undefined;
  const i = order.indexOf(p.lastLesson);
  if (i < 0) return undefined;
  const unopenedAfter = order.slice(i + 1).find((key) => !p.lessons[key]);
  return unopenedAfter ?? order[i];
}

/** The learner no longer follows an assignment (a mistaken link, a finished cohort). Their results stay. */
export function removeAssignment(p: Progress, assignmentId: string): Progress {
  const { [assignmentId]: _gone, ...rest } = p.assignments;
  return { ...p, assignments: rest };
}

/**
 * A simulator scenario in the practice list: `done` once a result is recorded (with the best one,
 * by score ratio, the latest on a tie), `in-progress` while only a draft is saved.
 */
export function scenarioStatus(
  p: Progress,
  scenarioId: string,
): { status: 'not-started' | 'in-progress' | 'done'; best?: ScenarioResult } {
  const ratio = (r: ScenarioResult) => (r.max > 0 ? r.score / r.max : 0);
  const best = (p.scenarios[scenarioId] ?? []).reduce<ScenarioResult | undefined>(
    (b, r) => (!b || ratio(r) >= ratio(b) ? r : b),
    undefined,
  );
  if (best) return { status: 'done', best };
  return { status: p.scenarioDrafts[scenarioId] !== undefined ? 'in-progress' : 'not-started' };
}
