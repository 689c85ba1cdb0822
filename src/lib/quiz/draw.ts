import { deriveSeed, hashString, mulberry32, shuffle } from './random';
import type { LocalQuestion } from './types';

export interface Stratify {
  /** The group a question belongs to (the final assessment groups by module). */
  groupOf: (q: { id: string; module?: string }) => string;
  /** Each group contributes at least this many questions. */
  min: number;
}

export interface DrawOptions {
  /**
   * Question ids the learner saw in their previous attempt. A retake draws questions they have not
   * seen first and tops up from the seen ones only when the pool runs short, so whenever the pool
   * is larger than the draw, a retake never asks exactly the same set again.
   */
  avoid?: readonly string[];
  stratify?: Stratify;
}

/** Groups questions by module: the final assessment's stratification. */
export const byModule = (min: number): Stratify => ({ groupOf: (q) => q.module ?? '', min });

/**
 * Why a pool cannot be drawn from as configured, or an empty list. The final assessment's page
 * calls this at build time, so a pool that shrank below the draw fails the build, not a learner.
 */
export function drawProblems(
  pool: readonly { id: string; module?: string }[],
  count: number,
  stratify?: Stratify,
): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(count) || count < 1) problems.push(`draw must be a positive whole number (it is ${count})`);
  if (count > pool.length) problems.push(`draw is ${count} but the pool has only ${pool.length} questions`);
  if (new Set(pool.map((q) => q.id)).size !== pool.length) problems.push('the pool has duplicate question ids');
  if (stratify) {
    const sizes = new Map<string, number>();
    for (const q of pool) sizes.set(stratify.groupOf(q), (sizes.get(stratify.groupOf(q)) ?? 0) + 1);
    for (const [group, size] of sizes) {
      if (size < stratify.min)
        problems.push(`group "${group}" has ${size} questions; each needs at least ${stratify.min}`);
    }
    if (sizes.size * stratify.min > count) {
      problems.push(`${sizes.size} groups × ${stratify.min} questions each is more than the draw of ${count}`);
    }
  }
  return problems;
}

/**
 * The question ids of one attempt, in the order they are asked. Deterministic: the same pool,
 * count, seed and options always give the same list.
 *
 * The pool is shuffled with the seed, then questions not in `avoid` move to the front (keeping
 * their shuffled order). With `stratify`, each group first contributes its first `min` questions
 * from that list; the rest of the draw comes from what remains, in list order. The chosen
 * questions are then shuffled again so groups are mixed.
 */
export function drawQuestions(
  pool: readonly { id: string; module?: string }[],
  count: number,
  seed: number,
  options: DrawOptions = {},
): string[] {
  const random = mulberry32(deriveSeed(seed, 'draw'));
  const avoid = new Set(options.avoid ?? []);
  const shuffled = shuffle(pool, random);
  const ranked = [...shuffled.filter((q) => !avoid.has(q.id)), ...shuffled.filter((q) => avoid.has(q.id))];
  const chosen = new Set<string>();
  if (options.stratify) {
    const { groupOf, min } = options.stratify;
    const taken = new Map<string, number>();
    for (const q of ranked) {
      const group = groupOf(q);
      if ((taken.get(group) ?? 0) < min && chosen.size < count) {
        chosen.add(q.id);
        taken.set(group, (taken.get(group) ?? 0) + 1);
      }
    }
  }
  for (const q of ranked) {
    if (chosen.size >= count) break;
    chosen.add(q.id);
  }
  return shuffle([...chosen], random);
}

/**
 * How one question is laid out in an attempt, derived from the attempt's seed and the question id:
 * - single/multiple: the option ids in the order shown;
 * - ordering: the item ids in the order first shown, never already the right order;
 * - matching: `order` is the left-hand rows as written, `choices` the right-hand sides as offered
 *   in each list;
 * - truefalse and text: nothing to shuffle.
 */
export interface Presentation {
  order: string[];
  choices?: string[];
}

export function presentQuestion(q: LocalQuestion, seed: number): Presentation {
  const random = mulberry32(deriveSeed(seed, q.id));
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        order: shuffle(
          q.options.map((o) => o.id),
          random,
        ),
      };
    case 'ordering': {
      const right = q.items.map((i) => i.id);
      const order = shuffle(right, random);
      // Shown already in order, the question would answer itself: rotate it by one instead.
      return { order: order.every((id, i) => id === right[i]) ? [...order.slice(1), order[0]!] : order };
    }
    case 'matching':
      return {
        order: q.pairs.map((p) => p.id),
        choices: shuffle(
          q.pairs.map((p) => p.id),
          random,
        ),
      };
    default:
      return { order: [] };
  }
}

/** The fixed layout of a knowledge check, which has no attempt seed: seeded by its id alone. */
export function checkPresentation(q: LocalQuestion): Presentation {
  return presentQuestion(q, hashString(q.id));
}
