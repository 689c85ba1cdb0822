import { presentQuestion } from './draw';
import { isAcceptedText } from './score';
import type { AnswerValue, LocalQuestion } from './types';

/** What the review shows for one question: the learner's answer beside the right one, part by part. */
export type QuestionReview =
  | {
      type: 'single' | 'multiple';
      /** In the order they were shown; `feedback` only on options the learner chose. */
      options: { id: string; text: string; chosen: boolean; correct: boolean; feedback?: string }[];
    }
  | { type: 'truefalse'; chosen?: boolean; answer: boolean }
  | {
      type: 'ordering';
      /** The learner's order, each item marked right when it is in its right position. */
      given: { id: string; text: string; right: boolean }[];
      expected: { id: string; text: string }[];
    }
  | {
      type: 'matching';
      rows: { id: string; left: string; chosen?: string; right: string; ok: boolean }[];
    }
  | { type: 'text'; given: string; accepted: string; ok: boolean };

export function reviewQuestion(q: LocalQuestion, answer: AnswerValue | undefined, seed: number): QuestionReview {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const chosen = new Set(
        q.type === 'single' ? (typeof answer === 'string' ? [answer] : []) : Array.isArray(answer) ? answer : [],
      );
      const byId = new Map(q.options.map((o) => [o.id, o]));
      return {
        type: q.type,
        options: presentQuestion(q, seed).order.map((id) => {
          const o = byId.get(id)!;
          const picked = chosen.has(id);
          return {
            id,
            text: o.text,
            chosen: picked,
            correct: o.correct,
            ...(picked && o.feedback ? { feedback: o.feedback } : {}),
          };
        }),
      };
    }
    case 'truefalse':
      return { type: 'truefalse', answer: q.answer, ...(typeof answer === 'boolean' ? { chosen: answer } : {}) };
    case 'ordering': {
      const text = new Map(q.items.map((i) => [i.id, i.text]));
      const order = Array.isArray(answer) ? answer : presentQuestion(q, seed).order;
      return {
        type: 'ordering',
        given: order.map((id, i) => ({ id, text: text.get(id) ?? '', right: q.items[i]?.id === id })),
        expected: q.items.map((i) => ({ id: i.id, text: i.text })),
      };
    }
    case 'matching': {
      const matched = (answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {}) as Record<
        string,
        string
      >;
      const right = new Map(q.pairs.map((p) => [p.id, p.right]));
      return {
        type: 'matching',
        rows: q.pairs.map((p) => ({
          id: p.id,
          left: p.left,
          ...(matched[p.id] ? { chosen: right.get(matched[p.id]!) } : {}),
          right: p.right,
          ok: matched[p.id] === p.id,
        })),
      };
    }
    case 'text': {
      const given = typeof answer === 'string' ? answer : '';
      return { type: 'text', given, accepted: q.accept[0]!, ok: isAcceptedText(given, q.accept, q.normalize) };
    }
  }
}

/**
 * "What to review": the lessons behind the missed questions, each once, in the order the
 * questions were asked, as `module/lesson` keys. Questions without a lesson are skipped.
 */
export function lessonsToReview(questions: readonly LocalQuestion[], missed: readonly string[]): string[] {
  const wrong = new Set(missed);
  const keys = questions.filter((q) => wrong.has(q.id) && q.module && q.lesson).map((q) => `${q.module}/${q.lesson}`);
  return [...new Set(keys)];
}
