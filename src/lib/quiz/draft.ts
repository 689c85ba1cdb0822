import { isAnswerFor } from './answers';
import type { Answers, LocalQuestion } from './types';

/**
 * An unfinished attempt, saved in the progress store after every change so a reload (or a phone
 * that killed the tab) resumes at the same question with the same answers. The questions'
 * layout is not saved: it is derived again from `seed` (see presentQuestion).
 */
export interface QuizDraft {
  version: 1;
  seed: number;
  /** The drawn questions, in the order asked. */
  questionIds: string[];
  answers: Answers;
  /** Index into questionIds of the question on screen. */
  current: number;
  startedAt: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The saved draft if it still fits this quiz, otherwise undefined (the caller starts fresh).
 * The store keeps drafts as `unknown`: they may come from an older Traza, another tab, a pool
 * that has changed since, or hand-edited storage. A draft fits when every question it names is
 * still in the pool, it has as many questions as the quiz draws, and every answer fits its
 * question. Anything else is discarded whole rather than repaired.
 */
export function parseDraft(
  raw: unknown,
  pool: ReadonlyMap<string, LocalQuestion>,
  draw: number,
): QuizDraft | undefined {
  if (!isRecord(raw) || raw.version !== 1) return undefined;
  const { seed, questionIds, answers, current, startedAt } = raw;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return undefined;
  if (!Array.isArray(questionIds) || questionIds.length !== draw) return undefined;
  if (!questionIds.every((id) => typeof id === 'string' && pool.has(id))) return undefined;
  if (new Set(questionIds).size !== questionIds.length) return undefined;
  if (typeof current !== 'number' || !Number.isInteger(current) || current < 0 || current >= questionIds.length)
    return undefined;
  if (
    typeof startedAt !== 'string' ||
    startedAt.length < 10 ||
    startedAt.length > 40 ||
    Number.isNaN(Date.parse(startedAt))
  )
    return undefined;
  if (!isRecord(answers)) return undefined;
  const asked = new Set<string>(questionIds);
  for (const [id, value] of Object.entries(answers)) {
    if (!asked.has(id) || !isAnswerFor(pool.get(id)!, value)) return undefined;
  }
  return {
    version: 1,
    seed,
    questionIds: [...questionIds] as string[],
    answers: answers as Answers,
    current,
    startedAt,
  };
}
