import { isAnswered } from '../lib/quiz/answers';
import { scoreQuestion, verdictOf, type AnswerVerdict } from '../lib/quiz/score';
import type { AnswerKey, AnswerValue } from '../lib/quiz/types';

/**
 * The part of a knowledge check that scores an answer. knowledge-check.ts loads it on the
 * learner's first interaction with a check, so a lesson read without answering never downloads
 * the quiz engine (the lesson-page JS budget is 10 KB).
 */
export function grade(key: AnswerKey, answer: AnswerValue | undefined): AnswerVerdict | 'empty' {
  return isAnswered(key, answer) ? verdictOf(scoreQuestion(key, answer)) : 'empty';
}
