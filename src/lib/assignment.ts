import { assignmentSchema, type Assignment } from './progress/schema';
import { MAX_CODE_CHARS, base32Encode, packCode, unpackCode, type CodeResult } from './codec';

export type { Assignment };

/** Assignment codes start `TRA1.`; the number is the format version. */
export const ASSIGNMENT_TAG = 'TRA';
export const ASSIGNMENT_VERSION = 1;
/** The final assessment's id wherever an assignment lists what it covers. */
export const ASSESSMENT_ID = 'assessment';

/** What the trainer typed, before it becomes an assignment. */
export interface AssignmentDraft {
  cohort: string;
  trainer: string;
  contact: string;
  modules: string[];
  assessment: boolean;
  due: string;
  passMark: number | string;
  lang: 'en' | 'es';
}

export type AssignmentField = 'cohort' | 'trainer' | 'contact' | 'modules' | 'due' | 'passMark';
export type AssignmentProblem = { field: AssignmentField; problem: 'required' | 'too-long' | 'invalid' };

/** Field lengths, the same the progress store accepts (src/lib/progress/schema.ts). */
export const LIMITS = { cohort: 120, trainer: 120, contact: 160 } as const;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Eight random base32 characters (40 bits): enough that two trainers never share an id. */
export function newAssignmentId(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  return base32Encode(random(5));
}

/**
 * Checks the builder form. Returns the problems in the order of the form, so the page can list
 * them and move focus to the first; an empty list means `toAssignment` will succeed.
 */
export function checkAssignmentDraft(draft: AssignmentDraft, knownModules: readonly string[]): AssignmentProblem[] {
  const problems: AssignmentProblem[] = [];
  const text = (field: 'cohort' | 'trainer' | 'contact', required: boolean) => {
    const value = draft[field].trim();
    if (required && !value) problems.push({ field, problem: 'required' });
    else if (value.length > LIMITS[field]) problems.push({ field, problem: 'too-long' });
  };
  text('cohort', true);
  text('trainer', true);
  text('contact', false);
  if (draft.modules.length === 0 && !draft.assessment) problems.push({ field: 'modules', problem: 'required' });
  else if (draft.modules.some((m) => !knownModules.includes(m)))
    problems.push({ field: 'modules', problem: 'invalid' });
  if (!draft.due) problems.push({ field: 'due', problem: 'required' });
  else if (!isCalendarDate(draft.due)) problems.push({ field: 'due', problem: 'invalid' });
  const mark = typeof draft.passMark === 'number' ? draft.passMark : Number(String(draft.passMark).trim() || NaN);
  if (!Number.isInteger(mark) || mark < 1 || mark > 100) problems.push({ field: 'passMark', problem: 'invalid' });
  return problems;
}

/** The assignment for a checked draft; modules keep the course order, whatever order they were ticked in. */
export function toAssignment(draft: AssignmentDraft, id: string, courseOrder: readonly string[]): Assignment {
  return {
    id,
    cohort: draft.cohort.trim(),
    trainer: draft.trainer.trim(),
    contact: draft.contact.trim(),
    modules: courseOrder.filter((m) => draft.modules.includes(m)),
    assessment: draft.assessment,
    due: draft.due,
    passMark: Number(draft.passMark),
    lang: draft.lang,
  };
}

/** The ids an assignment asks for, in order: its modules, then the final assessment. */
export function assignmentItems(a: Pick<Assignment, 'modules' | 'assessment'>): string[] {
  return a.assessment ? [...a.modules, ASSESSMENT_ID] : [...a.modules];
}

type Packed = [string, string, string, string, string[], 0 | 1, string, number, string];

/** A positional array keeps links and QR codes short: field names would double the payload. */
export function packAssignment(a: Assignment): Packed {
  return [a.id, a.cohort, a.trainer, a.contact, a.modules, a.assessment ? 1 : 0, a.due, a.passMark, a.lang];
}

/**
 * The assignment inside a packed array, or undefined. Everything is checked: the store's schema,
 * a real calendar date, a whole pass mark, at least one item, and (when given) modules this
 * version of the course has.
 */
export function unpackAssignment(data: unknown, knownModules?: readonly string[]): Assignment | undefined {
  if (!Array.isArray(data) || data.length !== 9) return undefined;
  const [id, cohort, trainer, contact, modules, assessment, due, passMark, lang] = data as unknown[];
  if (assessment !== 0 && assessment !== 1) return undefined;
  const parsed = assignmentSchema.safeParse({
    id,
    cohort,
    trainer,
    contact,
    modules,
    assessment: assessment === 1,
    due,
    passMark,
    lang,
  });
  if (!parsed.success) return undefined;
  const a = parsed.data;
  if (!/^[0-9A-Z]{4,32}$/.test(a.id) || !a.cohort.trim() || !isCalendarDate(a.due) || !Number.isInteger(a.passMark))
    return undefined;
  if (a.modules.length === 0 && !a.assessment) return undefined;
  if (new Set(a.modules).size !== a.modules.length) return undefined;
  if (knownModules && a.modules.some((m) => !knownModules.includes(m))) return undefined;
  return a;
}

/** The code that goes in the link's fragment (after `#`), so it never reaches a server. */
export function encodeAssignment(a: Assignment): Promise<string> {
  return packCode(ASSIGNMENT_TAG, ASSIGNMENT_VERSION, packAssignment(a));
}

/** Reads an assignment from a link, a fragment (`#TRA1.…`) or a bare code. Never throws. */
export async function decodeAssignment(
  input: unknown,
  knownModules?: readonly string[],
): Promise<CodeResult<Assignment>> {
  let text = typeof input === 'string' ? input : '';
  if (text.length > MAX_CODE_CHARS) return { ok: false, error: 'too-long' };
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(hash + 1);
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray % is left as it is; the code check below reports it.
  }
  const result = await unpackCode(ASSIGNMENT_TAG, text, [ASSIGNMENT_VERSION]);
  if (!result.ok) return result;
  const assignment = unpackAssignment(result.value.data, knownModules);
  return assignment ? { ok: true, value: assignment } : { ok: false, error: 'invalid' };
}

/** The learner's link: the page in the assignment's language, the code in the fragment. */
export function assignmentLink(
  origin: string,
  paths: Record<'en' | 'es', string>,
  a: Assignment,
  code: string,
): string {
  return `${origin}${paths[a.lang]}#${code}`;
}
