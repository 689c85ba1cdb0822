import type { SimState } from './engine';
import { lastSubmission } from './engine';
import { gradeForm, type Verdict } from './grade';
import type { LocalScenario } from './localize';

/**
 * The scenario score. Formula:
 *
 *   score = Σ fields + Σ debrief − 0.5 × hints, never below 0
 *   max   = number of graded fields + number of debrief questions
 *
 * - a graded field right in the last request sent earns 1, or 0.5 when it had been wrong at an
 *   earlier practice check or submission (a second attempt); wrong or empty, 0;
 * - a debrief question answered right earns 1 (answers lock when checked, so there is one try);
 * - each hint opened costs 0.5, so a field found with a hint is worth what a second attempt is.
 *
 * Fields, not keystrokes: the score says how much of the request the learner got right by
 * themselves, which is what a trainer wants to compare across learners.
 */
export const HINT_COST = 0.5;
export const RETRY_CREDIT = 0.5;

export interface Score {
  score: number;
  max: number;
  /** 0–100, rounded down. */
  percent: number;
  verdicts: Verdict[];
  debrief: { id: string; correct: boolean }[];
  hints: number;
  attempts: number;
}

export function scoreAttempt(s: LocalScenario, state: SimState): Score {
  const last = lastSubmission(state);
  const verdicts = last ? gradeForm(s, last.stage, last.form) : [];
  const fieldPoints = verdicts.reduce(
    (sum, v) => sum + (v.ok ? (state.misses.includes(v.field) ? RETRY_CREDIT : 1) : 0),
    0,
  );
  const debrief = s.debrief.map((q) => ({
    id: q.id,
    correct: q.options.find((o) => o.id === state.answers[q.id])?.correct === true,
  }));
  const max = verdicts.length + s.debrief.length;
  const raw = fieldPoints + debrief.filter((d) => d.correct).length - HINT_COST * state.hints.length;
  const score = Math.max(0, raw);
  return {
    score,
    max,
    percent: max > 0 ? Math.floor((score / max) * 100) : 0,
    verdicts,
    debrief,
    hints: state.hints.length,
    attempts: state.submissions.length,
  };
}
