import type { AnswerKey, AnswerValue } from './types';

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Typed answers longer than this are junk (the longest accepted answer is a short serial or form number). */
export const MAX_TEXT_ANSWER = 200;

/**
 * Whether `value` is a well-formed answer to this question: the right kind of value, and only ids
 * the question has. Answers read back from storage pass through here, so an edited question (an
 * option removed, an item renamed) never meets an answer that no longer fits it.
 */
export function isAnswerFor(key: AnswerKey, value: unknown): value is AnswerValue {
  switch (key.type) {
    case 'single':
      return typeof value === 'string' && key.options.some((o) => o.id === value);
    case 'multiple': {
      if (!isStringArray(value) || new Set(value).size !== value.length) return false;
      const ids = new Set(key.options.map((o) => o.id));
      return value.every((id) => ids.has(id));
    }
    case 'truefalse':
      return typeof value === 'boolean';
    case 'ordering':
      return (
        isStringArray(value) &&
        isPermutation(
          value,
          key.items.map((i) => i.id),
        )
      );
    case 'matching': {
      if (!isPlainObject(value)) return false;
      const ids = new Set(key.pairs.map((p) => p.id));
      return Object.entries(value).every(
        ([left, right]) => ids.has(left) && typeof right === 'string' && ids.has(right),
      );
    }
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT_ANSWER;
  }
}

/** `list` holds every id of `ids` exactly once. */
export function isPermutation(list: readonly string[], ids: readonly string[]): boolean {
  if (list.length !== ids.length) return false;
  const wanted = new Set(ids);
  return new Set(list).size === list.length && list.every((id) => wanted.has(id));
}

/**
 * Whether the learner has given an answer worth submitting: a choice, a non-empty text, every
 * left-hand item matched. An ordering question always has an answer (the order on screen).
 */
export function isAnswered(key: AnswerKey, value: AnswerValue | undefined): boolean {
  if (value === undefined || !isAnswerFor(key, value)) return false;
  switch (key.type) {
    case 'multiple':
      return (value as string[]).length > 0;
    case 'matching':
      return key.pairs.every((p) => (value as Record<string, string>)[p.id] !== undefined);
    case 'text':
      return (value as string).trim() !== '';
    default:
      return true;
  }
}

/**
 * The answer that earns full credit: the right options, the right order, each pair with its own
 * side, the first accepted text. The tests answer every real question with it.
 */
export function rightAnswer(key: AnswerKey): AnswerValue {
  switch (key.type) {
    case 'single':
      return key.options.find((o) => o.correct)!.id;
    case 'multiple':
      return key.options.filter((o) => o.correct).map((o) => o.id);
    case 'truefalse':
      return key.answer;
    case 'ordering':
      return key.items.map((i) => i.id);
    case 'matching':
      return Object.fromEntries(key.pairs.map((p) => [p.id, p.id]));
    case 'text':
      return key.accept[0]!;
  }
}
