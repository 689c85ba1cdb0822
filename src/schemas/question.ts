import { z } from 'astro/zod';
import { localizedText, slug } from './localized';
import { skill } from './skill';

const base = {
  id: slug.describe('Unique across the whole site'),
  lesson: slug.optional().describe('The lesson of the same module that teaches this, for “review” links'),
  prompt: localizedText,
  explanation: localizedText.describe('Shown after answering: why the right answer is right'),
  hint: localizedText.optional(),
  skill,
};

const option = z
  .object({
    id: z.string().min(1),
    text: localizedText,
    correct: z.boolean().default(false),
    feedback: localizedText
      .optional()
      .describe(
        'Shown when the learner chose this option. Required on a wrong option: it says why the option is wrong',
      ),
  })
  .strict();

const unique = <T>(items: T[], key: (item: T) => string) => new Set(items.map(key)).size === items.length;

const single = z.object({ ...base, type: z.literal('single'), options: z.array(option).min(2).max(6) }).strict();

const multiple = z.object({ ...base, type: z.literal('multiple'), options: z.array(option).min(2).max(8) }).strict();

const trueFalse = z.object({ ...base, type: z.literal('truefalse'), answer: z.boolean() }).strict();

const item = z.object({ id: z.string().min(1), text: localizedText }).strict();
const ordering = z
  .object({ ...base, type: z.literal('ordering'), items: z.array(item).min(3).max(7).describe('In the correct order') })
  .strict();

const pair = z.object({ id: z.string().min(1), left: localizedText, right: localizedText }).strict();
const matching = z.object({ ...base, type: z.literal('matching'), pairs: z.array(pair).min(3).max(7) }).strict();

const text = z
  .object({
    ...base,
    type: z.literal('text'),
    accept: z.array(z.string().min(1)).min(1).describe('Accepted answers, before normalisation'),
    normalize: z
      .object({
        case: z.boolean().default(false).describe('true: upper and lower case count as the same'),
        spaces: z.boolean().default(false).describe('true: spaces are ignored'),
        dashes: z.boolean().default(false).describe('true: dashes and hyphens are ignored'),
      })
      .strict()
      .default({ case: false, spaces: false, dashes: false }),
  })
  .strict();

/**
 * One question, in a knowledge check or a quiz. The right answer is shared by both languages.
 * Every cross-field message starts with the question id: the build error names the file, and the
 * id says which of its questions to fix.
 */
export const questionSchema = z
  .discriminatedUnion('type', [single, multiple, trueFalse, ordering, matching, text])
  .superRefine((q, ctx) => {
    const issue = (message: string, field: string) =>
      ctx.addIssue({ code: 'custom', message: `question "${q.id}": ${message}`, path: [field] });
    if (q.type === 'single' && q.options.filter((o) => o.correct).length !== 1)
      issue('a single-choice question needs exactly one option with correct: true', 'options');
    if (q.type === 'multiple' && !q.options.some((o) => o.correct))
      issue('a multiple-select question needs at least one option with correct: true', 'options');
    if (q.type === 'single' || q.type === 'multiple') {
      // A learner who picks a wrong option is told why it is wrong, not only what was right.
      q.options.forEach((o, i) => {
        if (!o.correct && !o.feedback)
          ctx.addIssue({
            code: 'custom',
            message: `question "${q.id}": option "${o.id}" is wrong but has no feedback saying why`,
            path: ['options', i, 'feedback'],
          });
      });
    }
    const lists: [string, { id: string }[]][] = [];
    if (q.type === 'single' || q.type === 'multiple') lists.push(['options', q.options]);
    if (q.type === 'ordering') lists.push(['items', q.items]);
    if (q.type === 'matching') lists.push(['pairs', q.pairs]);
    for (const [field, list] of lists) {
      if (!unique(list, (x) => x.id)) issue(`${field} ids must be unique`, field);
    }
    if (q.type === 'ordering') {
      for (const lang of ['en', 'es'] as const) {
        if (!unique(q.items, (i) => i.text[lang])) issue(`ordering items must have distinct ${lang} texts`, 'items');
      }
    }
    if (q.type === 'matching') {
      for (const lang of ['en', 'es'] as const) {
        if (!unique(q.pairs, (p) => p.left[lang]) || !unique(q.pairs, (p) => p.right[lang]))
          issue(`matching sides must have distinct ${lang} texts`, 'pairs');
      }
    }
  });

export const questionListSchema = z.array(questionSchema).min(1);

/** A module quiz or the final assessment: `content/quizzes/<id>.yaml`. */
export const quizSchema = z
  .object({
    module: slug.optional().describe('The module this quiz belongs to; absent for the final assessment'),
    draw: z.number().int().positive().describe('How many questions one attempt draws from the pool'),
    passMark: z.number().min(0).max(1).default(0.8).describe('Share of points needed to pass'),
    questions: z.array(questionSchema).default([]),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    // The final assessment (no module) draws from the module quizzes; its page checks that pool.
    if (quiz.module !== undefined && quiz.draw > quiz.questions.length)
      ctx.addIssue({
        code: 'custom',
        message: `draw is ${quiz.draw} but the pool has only ${quiz.questions.length} questions`,
        path: ['draw'],
      });
  });

export type Question = z.infer<typeof questionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
