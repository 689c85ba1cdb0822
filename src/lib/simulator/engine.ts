import { caseToday } from './clock';
import {
  emptyForm,
  IDENTIFY_FIELDS,
  REQUEST_FIELDS,
  STEPS,
  type FieldId,
  type FormValues,
  type Reason,
  type Step,
} from './fields';
import { expectedForm, gradeForm, gradedFields, type Verdict } from './grade';
import type { LocalScenario } from './localize';
import { selectResult } from './result';
import { canSubmit, validateRequest, type Issue } from './validate';

/**
 * The walkthrough as a state machine: brief → evidence → identify → request → review (submit) →
 * result → debrief → summary. Every transition is a pure function from one state to the next, so
 * the island only renders a state and forwards events, and a state can be saved as a draft and
 * restored after a reload (draft.ts checks it on the way back).
 */

/**
 * Practice gives hints and a check at each step; assessment gives feedback only at the end and
 * its score is the one that counts.
 */
export type Mode = 'practice' | 'assessment';

export interface Submission {
  /** The request date on the form when it was sent. */
  date: string;
  stage: number;
  form: FormValues;
  outcome: 'completed' | 'not-completed';
  reason?: Reason;
}

export interface SimState {
  /** Draft format version. */
  v: 1;
  scenario: string;
  /** Fingerprint of the scenario content; a draft made for other content is discarded. */
  sv: string;
  mode: Mode | null;
  step: Step;
  /** 0 for the first request; 1 once the laboratory has restored an obliterated serial. */
  stage: number;
  form: FormValues;
  /** Keys of the warnings the learner confirmed. */
  confirmed: string[];
  /** Fields whose hint the learner opened (practice). */
  hints: FieldId[];
  /** Fields found wrong at a check or a submission: right later, they earn half (score.ts). */
  misses: FieldId[];
  /** Practice checks run. */
  checks: number;
  submissions: Submission[];
  /** Debrief question id → chosen option id. */
  answers: Record<string, string>;
  /** Debrief questions whose answer is locked (checked in practice, or the scenario finished). */
  locked: string[];
  startedAt: string;
}

export const DRAFT_VERSION = 1;

export function initialState(s: LocalScenario, sv: string, now: Date, today: string): SimState {
  const form = s.correction
    ? { ...expectedForm(s, 0, today), ...s.correction.previous }
    : { ...emptyForm(), requestDate: today };
  return {
    v: DRAFT_VERSION,
    scenario: s.id,
    sv,
    mode: null,
    step: 'brief',
    stage: 0,
    form,
    confirmed: [],
    hints: [],
    misses: [],
    checks: 0,
    submissions: [],
    answers: {},
    locked: [],
    startedAt: now.toISOString(),
  };
}

export function start(state: SimState, mode: Mode): SimState {
  return { ...state, mode, step: 'evidence' };
}

const NEXT: Partial<Record<Step, Step>> = {
  evidence: 'identify',
  identify: 'request',
  request: 'review',
  result: 'debrief',
};
const BACK: Partial<Record<Step, Step>> = {
  evidence: 'brief',
  identify: 'evidence',
  request: 'identify',
  review: 'request',
  debrief: 'result',
};

/** Forward one step where the walkthrough allows it (submitting and finishing have their own transitions). */
export function next(state: SimState): SimState {
  if (state.step === 'brief') return state.mode ? { ...state, step: 'evidence' } : state;
  const to = NEXT[state.step];
  if (!to || (to === 'debrief' && state.submissions.length === 0)) return state;
  return { ...state, step: to };
}

/** Back one step; nothing goes back past a submitted request except a resubmission. */
export function back(state: SimState): SimState {
  const to = BACK[state.step];
  return to ? { ...state, step: to } : state;
}

/** From the review, "Edit" jumps to the step that owns a field. */
export function editStep(state: SimState, step: 'identify' | 'request'): SimState {
  return state.step === 'review' ? { ...state, step } : state;
}

export function stepIndex(step: Step): number {
  return STEPS.indexOf(step);
}

export function setField(state: SimState, field: FieldId, value: string): SimState {
  if (state.form[field] === value) return state;
  return { ...state, form: { ...state.form, [field]: value } };
}

export function revealHint(state: SimState, field: FieldId): SimState {
  if (state.mode !== 'practice' || state.hints.includes(field)) return state;
  return { ...state, hints: [...state.hints, field] };
}

const addMisses = (misses: FieldId[], verdicts: Verdict[]) => [
  ...misses,
  ...verdicts.filter((v) => !v.ok && !misses.includes(v.field)).map((v) => v.field),
];

/**
 * Practice check of one step's fields against the scenario. Fields still empty are not judged
 * (the learner may not have got to them); a wrong entry counts as a miss.
 */
export function checkStep(
  state: SimState,
  s: LocalScenario,
  step: 'identify' | 'request',
): { state: SimState; verdicts: Verdict[] } {
  if (state.mode !== 'practice') return { state, verdicts: [] };
  const own: readonly FieldId[] = step === 'identify' ? IDENTIFY_FIELDS : REQUEST_FIELDS;
  const fields = gradedFields(s, state.stage).filter((f) => own.includes(f));
  const verdicts = gradeForm(s, state.stage, state.form, fields);
  const judged = verdicts.filter((v) => v.ok || v.code !== 'empty');
  return { state: { ...state, checks: state.checks + 1, misses: addMisses(state.misses, judged) }, verdicts };
}

export function setConfirmed(state: SimState, key: string, on: boolean): SimState {
  const rest = state.confirmed.filter((k) => k !== key);
  return { ...state, confirmed: on ? [...rest, key] : rest };
}

export function issuesOf(state: SimState, today: string): Issue[] {
  return validateRequest(state.form, { today });
}

/**
 * Sends the request. Refused (state unchanged) while an error remains or a warning is not
 * confirmed; otherwise the result is chosen from the submitted data and every wrong graded field
 * counts as a miss.
 */
export function submit(
  state: SimState,
  s: LocalScenario,
  today: string,
): { state: SimState; issues: Issue[]; sent: boolean } {
  const issues = issuesOf(state, today);
  if (state.step !== 'review' || !canSubmit(issues, state.confirmed)) return { state, issues, sent: false };
  const result = selectResult(s, state.stage, state.form);
  const verdicts = gradeForm(s, state.stage, state.form);
  const submission: Submission = {
    date: state.form.requestDate,
    stage: state.stage,
    form: { ...state.form },
    outcome: result.outcome,
    ...(result.reason ? { reason: result.reason } : {}),
  };
  return {
    state: {
      ...state,
      step: 'result',
      submissions: [...state.submissions, submission],
      misses: addMisses(state.misses, verdicts),
    },
    issues,
    sent: true,
  };
}

export function lastSubmission(state: SimState): Submission | undefined {
  return state.submissions[state.submissions.length - 1];
}

/** The laboratory's restoration is known once the first request (flagged or not) has gone. */
export function restorationKnown(state: SimState, s: LocalScenario): boolean {
  return !!s.restoration && state.submissions.length > 0;
}

/** A not-completed trace can be corrected and sent again; the case number stays the same. */
export function canResubmit(state: SimState): boolean {
  return state.step === 'result' && lastSubmission(state)?.outcome === 'not-completed';
}

/** A request corrected after the laboratory's report is dated by the case's clock at that stage. */
export function resubmit(state: SimState, s: LocalScenario): SimState {
  if (!canResubmit(state)) return state;
  const stage = restorationKnown(state, s) ? 1 : state.stage;
  const form = stage === state.stage ? state.form : { ...state.form, requestDate: caseToday(s, stage) };
  return { ...state, step: 'identify', stage, form, confirmed: [] };
}

export function answer(state: SimState, question: string, option: string): SimState {
  if (state.locked.includes(question)) return state;
  return { ...state, answers: { ...state.answers, [question]: option } };
}

/** Practice: lock one debrief answer and show its explanation. */
export function lockAnswer(state: SimState, question: string): SimState {
  if (!state.answers[question] || state.locked.includes(question)) return state;
  return { ...state, locked: [...state.locked, question] };
}

export function allAnswered(state: SimState, s: LocalScenario): boolean {
  return s.debrief.every((q) => !!state.answers[q.id]);
}

/** Ends the scenario once every debrief question has an answer. */
export function finish(state: SimState, s: LocalScenario): SimState {
  if (state.step !== 'debrief' || !allAnswered(state, s)) return state;
  return { ...state, step: 'summary', locked: s.debrief.map((q) => q.id) };
}

/**
 * A corrected request keeps its case number, so the first and the corrected request can be read
 * together: once a request has gone (or a colleague's request is being corrected) the field is fixed.
 */
export function isLocked(state: SimState, s: LocalScenario, field: FieldId): boolean {
  return field === 'caseNumber' && (!!s.correction || state.submissions.length > 0);
}
