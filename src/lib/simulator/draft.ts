import { DRAFT_VERSION, type SimState, type Submission } from './engine';
import { FIELDS, isFieldId, REASONS, STEPS, type FieldId, type FormValues } from './fields';
import type { LocalScenario } from './localize';

/**
 * Drafts come back from the learner's browser storage as `unknown`: written by an older Traza,
 * for content that has changed since, or edited by hand. A draft that does not fit this scenario
 * exactly is discarded and the learner starts fresh; a half-valid state is never resumed, because
 * the engine's transitions assume a consistent one.
 */

const MAX_TEXT = 1000;
const MAX_SUBMISSIONS = 20;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isInt = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

function readForm(v: unknown): FormValues | null {
  if (!isObject(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== FIELDS.length || !keys.every(isFieldId)) return null;
  return keys.every((k) => isText(v[k])) ? (v as FormValues) : null;
}

function readFieldList(v: unknown): FieldId[] | null {
  return Array.isArray(v) && v.length <= FIELDS.length && v.every(isFieldId) && new Set(v).size === v.length ? v : null;
}

function readSubmission(v: unknown, maxStage: number): Submission | null {
  if (!isObject(v)) return null;
  const form = readForm(v.form);
  if (!form || !isText(v.date) || !isInt(v.stage, 0, maxStage)) return null;
  if (v.outcome !== 'completed' && v.outcome !== 'not-completed') return null;
  if (v.reason !== undefined && !(REASONS as readonly unknown[]).includes(v.reason)) return null;
  return v as unknown as Submission;
}

/** The saved state if it is a complete, consistent state of this scenario's walkthrough; otherwise null. */
export function parseDraft(raw: unknown, s: LocalScenario, sv: string): SimState | null {
  if (!isObject(raw) || raw.v !== DRAFT_VERSION || raw.scenario !== s.id || raw.sv !== sv) return null;
  const maxStage = s.restoration ? 1 : 0;
  const form = readForm(raw.form);
  const hints = readFieldList(raw.hints);
  const misses = readFieldList(raw.misses);
  if (!form || !hints || !misses) return null;
  if (raw.mode !== null && raw.mode !== 'practice' && raw.mode !== 'assessment') return null;
  if (
    !(STEPS as readonly unknown[]).includes(raw.step) ||
    !isInt(raw.stage, 0, maxStage) ||
    !isInt(raw.checks, 0, 10_000)
  )
    return null;
  if (!Array.isArray(raw.confirmed) || raw.confirmed.length > 50 || !raw.confirmed.every(isText)) return null;
  if (!Array.isArray(raw.submissions) || raw.submissions.length > MAX_SUBMISSIONS) return null;
  const submissions = raw.submissions.map((x) => readSubmission(x, maxStage));
  if (submissions.some((x) => x === null)) return null;
  if (!isObject(raw.answers) || !Array.isArray(raw.locked) || !isText(raw.startedAt)) return null;
  const questions = new Map(s.debrief.map((q) => [q.id, q.options.map((o) => o.id)]));
  for (const [q, o] of Object.entries(raw.answers)) if (!questions.get(q)?.includes(o as string)) return null;
  const answers = raw.answers;
  if (!raw.locked.every((q) => typeof q === 'string' && q in answers)) return null;

  // The step must be reachable with what the state holds.
  const step = raw.step as SimState['step'];
  if (step !== 'brief' && raw.mode === null) return null;
  if (['result', 'debrief', 'summary'].includes(step) && submissions.length === 0) return null;
  if (step === 'summary') return null; // a finished scenario is recorded, not resumed
  if (raw.stage === 1 && submissions.length === 0) return null;

  return {
    v: DRAFT_VERSION,
    scenario: s.id,
    sv,
    mode: raw.mode,
    step,
    stage: raw.stage as number,
    form,
    confirmed: raw.confirmed as string[],
    hints,
    misses,
    checks: raw.checks as number,
    submissions: submissions as Submission[],
    answers: answers as Record<string, string>,
    locked: raw.locked as string[],
    startedAt: raw.startedAt,
  };
}

/**
 * A short fingerprint of a scenario's content (FNV-1a over its JSON), computed at build time and
 * stored in every draft, so a draft saved before the scenario changed is not resumed against it.
 */
export function scenarioFingerprint(scenario: unknown): string {
  const text = JSON.stringify(scenario);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
