import { isAnswerFor } from './answers';
import type { AnswerKey, AnswerValue, Answers, TextRules } from './types';

/*
 * Scoring rules. Every question is worth 1 point; a question's credit is a number from 0 to 1.
 *
 * - single, truefalse, text: all or nothing.
 * - multiple: the share of right options ticked minus the share of wrong options ticked, floored
 *   at 0. With right options R and wrong options W, ticking r of R and w of W earns
 *   max(0, r/|R| − w/|W|) (no penalty term when every option is right). Ticking everything, or
 *   nothing, earns 0, so guessing "all of them" never pays; each missed right option and each
 *   wrong tick costs its share.
 * - ordering: the share of items in their right position. A swap of two neighbours costs two
 *   items; the review shows which positions were right.
 * - matching: the share of left-hand items matched with their own right-hand side.
 *
 * An answer that does not fit the question (unknown ids, wrong kind) earns 0. An attempt passes
 * when its points divided by the points available reach the quiz's pass mark (0.8 unless the
 * quiz says otherwise); `percent` is that ratio × 100, rounded down, so a learner shown "79 %"
 * never passes an 80 % mark.
 */

const DASHES = /[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * A typed answer in the form it is compared in. Always: Unicode NFKC (a full-width "２４" from a
 * phone keyboard is "24"), every kind of dash read as "-", spaces at the ends dropped and runs of
 * spaces read as one. Then, per question: `case` ignores upper/lower case, `spaces` drops all
 * spaces, `dashes` drops all dashes. Nothing else is forgiven: O is never 0 and I is never 1,
 * because on a serial number they are different characters and the trace fails on the wrong one.
 */
export function normalizeText(text: string, rules: TextRules): string {
  let out = text.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  if (rules.case) out = out.toUpperCase().normalize('NFKC');
  if (rules.spaces) out = out.replace(/ /g, '');
  if (rules.dashes) out = out.replace(/-/g, '');
  return out;
}

/** Whether a typed answer matches one of the accepted answers under the question's rules. */
export function isAcceptedText(typed: string, accept: readonly string[], rules: TextRules): boolean {
  const mine = normalizeText(typed, rules);
  return mine !== '' && accept.some((a) => normalizeText(a, rules) === mine);
}

/** Floating-point slack: partial credits such as 1/3 must not make 0.8 read as 0.7999999. */
const EPSILON = 1e-9;

export type Verdict = 'right' | 'partly' | 'wrong';

/** How a credit reads to the learner: full, part or no credit. */
export function verdictOf(credit: number): Verdict {
  if (credit >= 1 - EPSILON) return 'right';
  return credit > 0 ? 'partly' : 'wrong';
}

/** Credit for one answer, from 0 to 1, by the rules at the top of this file. */
export function scoreQuestion(key: AnswerKey, answer: AnswerValue | undefined): number {
  if (answer === undefined || !isAnswerFor(key, answer)) return 0;
  switch (key.type) {
    case 'single':
      return key.options.find((o) => o.id === answer)?.correct ? 1 : 0;
    case 'truefalse':
      return answer === key.answer ? 1 : 0;
    case 'text':
      return isAcceptedText(answer as string, key.accept, key.normalize) ? 1 : 0;
    case 'multiple': {
      const chosen = new Set(answer as string[]);
      const right = key.options.filter((o) => o.correct);
      const wrong = key.options.filter((o) => !o.correct);
      const hits = right.filter((o) => chosen.has(o.id)).length / right.length;
      const misses = wrong.length ? wrong.filter((o) => chosen.has(o.id)).length / wrong.length : 0;
      return Math.max(0, hits - misses);
    }
    case 'ordering': {
      const order = answer as string[];
      return key.items.filter((item, i) => order[i] === item.id).length / key.items.length;
    }
    case 'matching': {
      const matched = answer as Record<string, string>;
      return key.pairs.filter((p) => matched[p.id] === p.id).length / key.pairs.length;
    }
  }
}

export interface AttemptScore {
  /** Credit per question id, 0–1. */
  credits: Record<string, number>;
  /** Points earned, rounded to hundredths for display and storage. */
  score: number;
  max: number;
  /** score / max × 100, rounded down. */
  percent: number;
  passed: boolean;
  /** Questions answered wrongly or only partly, in the order asked. */
  missed: string[];
}

/** Scores a whole attempt: the questions in the order asked, the answers, the pass mark (0–1). */
export function scoreAttempt(
  questions: readonly (AnswerKey & { id: string })[],
  answers: Answers,
  passMark: number,
): AttemptScore {
  const credits: Record<string, number> = {};
  let total = 0;
  for (const q of questions) {
    credits[q.id] = scoreQuestion(q, answers[q.id]);
    total += credits[q.id]!;
  }
  const max = questions.length;
  const ratio = max ? total / max : 0;
  return {
    credits,
    score: Math.round(total * 100) / 100,
    max,
    percent: Math.floor(ratio * 100 + EPSILON),
    passed: max > 0 && ratio + EPSILON >= passMark,
    missed: questions.filter((q) => credits[q.id]! < 1 - EPSILON).map((q) => q.id),
  };
}
