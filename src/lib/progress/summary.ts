import type { Assignment, Progress, QuizAttempt } from './schema';
import { bestAttempt, MAX_ATTEMPTS, type Status } from './ops';
import { assignmentItems, ASSESSMENT_ID } from '../assignment';
import { toStamp, type Receipt, type ReceiptItem, type ReceiptScenario } from '../receipt';

/** What the summaries need to know of the course: its modules' lessons, in order. */
export interface CourseOutline {
  modules: { id: string; lessons: string[] }[];
  /** Whether the final assessment exists in this build. */
  assessment: boolean;
}

/** The state of one module or the assessment, as a dashboard row or a receipt line. */
export interface ItemSummary {
  id: string;
  status: Status;
  best?: number;
  bestAt?: string;
  passedAt?: string;
  attempts: number;
  /** Lessons opened and lessons in the module (0/0 for the assessment). */
  lessonsRead: number;
  lessonsTotal: number;
}

const byFinish = (a: QuizAttempt, b: QuizAttempt) => a.finishedAt.localeCompare(b.finishedAt);

/**
 * One module's (or the assessment's) status. Without `passMark` it is `moduleStatus`; an
 * assignment passes its own pass mark instead, so 85 % passes a quiz set at 80 % but not an
 * assignment set at 90 %.
 */
export function itemSummary(p: Progress, outline: CourseOutline, id: string, passMark?: number): ItemSummary {
  const attempts = p.quizzes[id] ?? [];
  const passes = (a: QuizAttempt) => (passMark === undefined ? a.passed : a.percent >= passMark);
  const firstPass = attempts.filter(passes).sort(byFinish)[0];
  const best = bestAttempt(p, id);
  const lessons = outline.modules.find((m) => m.id === id)?.lessons ?? [];
  const lessonsRead = lessons.filter((slug) => p.lessons[`${id}/${slug}`]).length;
  let status: Status = 'not-started';
  if (firstPass) status = 'passed';
  else if (lessons.length > 0 && lessonsRead === lessons.length) status = 'done';
  else if (lessonsRead > 0 || attempts.length > 0 || p.quizDrafts[id] !== undefined) status = 'in-progress';
  return {
    id,
    status,
    ...(best ? { best: best.percent, bestAt: best.finishedAt } : {}),
    ...(firstPass ? { passedAt: firstPass.finishedAt } : {}),
    attempts: attempts.length,
    lessonsRead,
    lessonsTotal: lessons.length,
  };
}

/** Every module, then the assessment when it exists: what a course receipt or certificate covers. */
export function courseItems(outline: CourseOutline): string[] {
  return [...outline.modules.map((m) => m.id), ...(outline.assessment ? [ASSESSMENT_ID] : [])];
}

/** The local calendar day of a moment (`YYYY-MM-DD`): due dates are days where the learner is. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Whole days from `today` to `due` (both `YYYY-MM-DD`): 0 on the day, negative once it has passed. */
export function daysUntil(due: string, today: string): number {
  const day = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((day(due) - day(today)) / 86_400_000);
}

export interface AssignmentProgress {
  items: ItemSummary[];
  complete: boolean;
  daysLeft: number;
  /** Past the due date with something still not passed. */
  overdue: boolean;
}

/** How the learner stands on an accepted assignment, against its pass mark and due date. */
export function assignmentProgress(
  p: Progress,
  outline: CourseOutline,
  a: Assignment,
  today: string,
): AssignmentProgress {
  const items = assignmentItems(a).map((id) => itemSummary(p, outline, id, a.passMark));
  const complete = items.every((i) => i.status === 'passed');
  const daysLeft = daysUntil(a.due, today);
  return { items, complete, daysLeft, overdue: !complete && daysLeft < 0 };
}

/** The best result of each scenario the learner finished (highest share of points, then the latest). */
export function scenarioSummaries(p: Progress): ReceiptScenario[] {
  return Object.entries(p.scenarios)
    .filter(([, results]) => results.length > 0)
    .map(([id, results]) => {
      const best = results.reduce((b, r) => (r.score / (r.max || 1) >= b.score / (b.max || 1) ? r : b));
      return {
        id,
        score: best.score,
        max: Math.max(best.max, 1),
        at: toStamp(best.finishedAt),
        attempts: results.length,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The receipt for an accepted assignment (its items at its pass mark), or for the whole course
 * when `assignment` is undefined. The learner must have a name: the page asks for it first.
 */
export function buildReceipt(
  p: Progress,
  outline: CourseOutline,
  assignment: Assignment | undefined,
  now: Date,
): Receipt {
  const ids = assignment ? assignmentItems(assignment) : courseItems(outline);
  const items = ids.map((id): ReceiptItem => {
    const s = itemSummary(p, outline, id, assignment?.passMark);
    return {
      id,
      status: s.status,
      ...(s.best !== undefined ? { best: s.best, bestAt: toStamp(s.bestAt!) } : {}),
      ...(s.passedAt ? { passedAt: toStamp(s.passedAt) } : {}),
      attempts: s.attempts,
    };
  });
  return {
    ...(assignment ? { assignment } : {}),
    learner: { name: p.learner.name.trim(), agency: p.learner.agency.trim(), badge: p.learner.badge.trim() },
    createdAt: toStamp(now.toISOString()),
    items,
    scenarios: scenarioSummaries(p),
  };
}

export interface ProgressCounts {
  lessons: number;
  quizAttempts: number;
  scenarioResults: number;
  assignments: number;
}

/** The numbers an import preview compares, before and after. */
export function progressCounts(p: Progress): ProgressCounts {
  const sum = (lists: Record<string, unknown[]>) => Object.values(lists).reduce((n, l) => n + l.length, 0);
  return {
    lessons: Object.keys(p.lessons).length,
    quizAttempts: sum(p.quizzes),
    scenarioResults: sum(p.scenarios),
    assignments: Object.keys(p.assignments).length,
  };
}

function unionBy<T>(a: T[], b: T[], key: (x: T) => string, order: (x: T, y: T) => number): T[] {
  const seen = new Map<string, T>();
  for (const x of [...a, ...b]) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()].sort(order).slice(-MAX_ATTEMPTS);
}

function mergeLists<T>(
  a: Record<string, T[]>,
  b: Record<string, T[]>,
  key: (x: T) => string,
  order: (x: T, y: T) => number,
) {
  const out: Record<string, T[]> = { ...a };
  for (const [id, list] of Object.entries(b)) out[id] = unionBy(a[id] ?? [], list, key, order);
  return out;
}

/**
 * Combines progress from another device or a backup with what is here, losing nothing: every
 * lesson visit (earliest first visit, latest last visit), every attempt and result (same moment =
 * same attempt), every assignment. The learner details here win unless they are empty. Unfinished
 * drafts stay as they are here: they belong to this device's open quizzes.
 */
export function mergeProgress(here: Progress, incoming: Progress): Progress {
  const lessons = { ...here.lessons };
  for (const [key, seen] of Object.entries(incoming.lessons)) {
    const mine = lessons[key];
    lessons[key] = mine
      ? {
          firstAt: mine.firstAt < seen.firstAt ? mine.firstAt : seen.firstAt,
          lastAt: mine.lastAt > seen.lastAt ? mine.lastAt : seen.lastAt,
        }
      : seen;
  }
  const learner = {
    name: here.learner.name || incoming.learner.name,
    agency: here.learner.agency || incoming.learner.agency,
    badge: here.learner.badge || incoming.learner.badge,
  };
  const lastLesson = here.lastLesson ?? incoming.lastLesson;
  return {
    ...here,
    learner,
    lessons,
    ...(lastLesson ? { lastLesson } : {}),
    quizzes: mergeLists(here.quizzes, incoming.quizzes, (a) => `${a.startedAt}|${a.finishedAt}`, byFinish),
    scenarios: mergeLists(
      here.scenarios,
      incoming.scenarios,
      (r) => r.finishedAt,
      (x, y) => x.finishedAt.localeCompare(y.finishedAt),
    ),
    assignments: { ...incoming.assignments, ...here.assignments },
  };
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPreview {
  before: ProgressCounts;
  after: ProgressCounts;
  result: Progress;
}

/** What an import would do, shown to the learner before they confirm it. */
export function previewImport(here: Progress, incoming: Progress, mode: ImportMode): ImportPreview {
  const result = mode === 'merge' ? mergeProgress(here, incoming) : incoming;
  return { before: progressCounts(here), after: progressCounts(result), result };
}
