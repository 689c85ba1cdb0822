import type { Question } from '../schemas/question';

type Lang = 'en' | 'es';

/**
 * The right answer of a question as readable lines in one language: the correct options, the
 * true/false word, the items in order, each pair, or the accepted text. Used where an answer is
 * shown without the quiz engine (the static knowledge-check fallback, review screens).
 */
export function correctAnswerText(q: Question, lang: Lang, words: { true: string; false: string }): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.filter((o) => o.correct).map((o) => o.text[lang]);
    case 'truefalse':
      return [q.answer ? words.true : words.false];
    case 'ordering':
      return [q.items.map((i, n) => `${n + 1}. ${i.text[lang]}`).join(' → ')];
    case 'matching':
      return q.pairs.map((p) => `${p.left[lang]} — ${p.right[lang]}`);
    case 'text':
      return [q.accept[0]!];
  }
}
