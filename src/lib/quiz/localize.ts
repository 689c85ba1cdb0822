import type { Question } from '../../schemas/question';
import type { AnswerKey, LocalQuestion } from './types';

type Lang = 'en' | 'es';

/**
 * A content question (both languages side by side) as the quiz engine sees it, in one language.
 * Pages call this on the server so an island's props carry only the page language's text.
 */
export function localizeQuestion(q: Question, lang: Lang, module?: string): LocalQuestion {
  const common = {
    id: q.id,
    ...(module ? { module } : {}),
    ...(q.lesson ? { lesson: q.lesson } : {}),
    prompt: q.prompt[lang],
    explanation: q.explanation[lang],
    ...(q.hint ? { hint: q.hint[lang] } : {}),
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        ...common,
        type: q.type,
        options: q.options.map((o) => ({
          id: o.id,
          text: o.text[lang],
          correct: o.correct,
          ...(o.feedback ? { feedback: o.feedback[lang] } : {}),
        })),
      };
    case 'truefalse':
      return { ...common, type: 'truefalse', answer: q.answer };
    case 'ordering':
      return { ...common, type: 'ordering', items: q.items.map((i) => ({ id: i.id, text: i.text[lang] })) };
    case 'matching':
      return {
        ...common,
        type: 'matching',
        pairs: q.pairs.map((p) => ({ id: p.id, left: p.left[lang], right: p.right[lang] })),
      };
    case 'text':
      return { ...common, type: 'text', accept: q.accept, normalize: q.normalize };
  }
}

/** Only what scoring needs (no text): what a knowledge check embeds in its markup. */
export function answerKeyOf(q: LocalQuestion): AnswerKey {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { type: q.type, options: q.options.map((o) => ({ id: o.id, correct: o.correct })) };
    case 'truefalse':
      return { type: 'truefalse', answer: q.answer };
    case 'ordering':
      return { type: 'ordering', items: q.items.map((i) => ({ id: i.id })) };
    case 'matching':
      return { type: 'matching', pairs: q.pairs.map((p) => ({ id: p.id })) };
    case 'text':
      return { type: 'text', accept: q.accept, normalize: q.normalize };
  }
}
