/**
 * The quiz engine's own view of a question: one language, resolved on the server, so an island
 * receives only the page language's text. The right answer travels with it because a static site
 * has no server to score on; nothing in the rendered markup marks it.
 */

/** How typed answers are compared (content/quizzes: `normalize`). See `normalizeText`. */
export interface TextRules {
  /** true: upper and lower case count as the same. */
  case: boolean;
  /** true: spaces are ignored. */
  spaces: boolean;
  /** true: dashes and hyphens are ignored. */
  dashes: boolean;
}

export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  /** Shown in the review when the learner chose this option. */
  feedback?: string;
}

interface Common {
  id: string;
  /** The module the question comes from: the final assessment stratifies by it. */
  module?: string;
  /** The lesson of that module that teaches it, for "what to review" links. */
  lesson?: string;
  prompt: string;
  explanation: string;
  hint?: string;
}

export type ChoiceQuestion = Common & { type: 'single' | 'multiple'; options: ChoiceOption[] };
export type TrueFalseQuestion = Common & { type: 'truefalse'; answer: boolean };
/** `items` are in the correct order. */
export type OrderingQuestion = Common & { type: 'ordering'; items: { id: string; text: string }[] };
/** Each pair's left side goes with its own right side. */
export type MatchingQuestion = Common & { type: 'matching'; pairs: { id: string; left: string; right: string }[] };
export type TextQuestion = Common & { type: 'text'; accept: string[]; normalize: TextRules };

export type LocalQuestion = ChoiceQuestion | TrueFalseQuestion | OrderingQuestion | MatchingQuestion | TextQuestion;
export type QuestionType = LocalQuestion['type'];

/**
 * What scoring needs to know about a question, and nothing else: a knowledge check embeds only
 * this in its markup. Every `LocalQuestion` is one.
 */
export type AnswerKey =
  | { type: 'single' | 'multiple'; options: { id: string; correct: boolean }[] }
  | { type: 'truefalse'; answer: boolean }
  | { type: 'ordering'; items: { id: string }[] }
  | { type: 'matching'; pairs: { id: string }[] }
  | { type: 'text'; accept: string[]; normalize: TextRules };

/**
 * A learner's answer, untagged because the question says how to read it:
 * - single: the chosen option id;
 * - multiple: the chosen option ids;
 * - truefalse: the chosen boolean;
 * - ordering: every item id, in the learner's order;
 * - matching: left pair id → the pair id whose right side the learner chose;
 * - text: what the learner typed.
 */
export type AnswerValue = string | boolean | string[] | Record<string, string>;
export type Answers = Record<string, AnswerValue>;
