import type { QuizAttempt } from '../progress/schema';
import { isAnswerFor, isAnswered } from './answers';
import type { QuizDraft } from './draft';
import { drawQuestions, presentQuestion, type Stratify } from './draw';
import { scoreAttempt, type AttemptScore } from './score';
import type { AnswerValue, LocalQuestion } from './types';

/**
 * One quiz as a state machine: start screen → one question at a time → result and review. The
 * island keeps the state and renders it; every rule about moving between states lives here.
 * Feedback is deferred (Moodle's "deferred feedback"): nothing is marked until the learner
 * submits, and then every question is reviewed with its right answer and explanation.
 */
export interface QuizConfig {
  pool: readonly LocalQuestion[];
  draw: number;
  /** Share of points needed to pass, 0–1. */
  passMark: number;
  stratify?: Stratify;
}

export interface QuizResult extends AttemptScore {
  finishedAt: string;
}

export type QuizState =
  | { phase: 'start' }
  /** `unanswered`: indices of questions without an answer, set when the learner tried to submit. */
  | { phase: 'question'; draft: QuizDraft; unanswered?: number[] }
  | { phase: 'result'; draft: QuizDraft; result: QuizResult };

export type QuizAction =
  /** A new attempt; `avoid` is the previous attempt's questions (see DrawOptions). */
  | { type: 'start'; seed: number; at: string; avoid?: readonly string[] }
  | { type: 'resume'; draft: QuizDraft }
  /** `value` undefined clears the answer. */
  | { type: 'answer'; id: string; value: AnswerValue | undefined }
  | { type: 'go'; index: number }
  /** `force` submits even with unanswered questions (they earn 0). */
  | { type: 'submit'; at: string; force?: boolean };

export interface Quiz {
  config: QuizConfig;
  byId: ReadonlyMap<string, LocalQuestion>;
  /** The questions of a draft, in the order asked. */
  questionsOf(draft: QuizDraft): LocalQuestion[];
  reduce(state: QuizState, action: QuizAction): QuizState;
}

export function createQuiz(config: QuizConfig): Quiz {
  const byId = new Map(config.pool.map((q) => [q.id, q]));
  const questionsOf = (draft: QuizDraft) => draft.questionIds.map((id) => byId.get(id)!);

  /** An ordering question's answer starts as the order on screen, so it always has one. */
  function withOrderingAnswers(draft: QuizDraft): QuizDraft {
    const answers = { ...draft.answers };
    for (const q of questionsOf(draft)) {
      if (q.type === 'ordering' && answers[q.id] === undefined) answers[q.id] = presentQuestion(q, draft.seed).order;
    }
    return { ...draft, answers };
  }

  function reduce(state: QuizState, action: QuizAction): QuizState {
    switch (action.type) {
      case 'start': {
        const questionIds = drawQuestions(config.pool, config.draw, action.seed, {
          avoid: action.avoid,
          stratify: config.stratify,
        });
        const draft: QuizDraft = {
          version: 1,
          seed: action.seed,
          questionIds,
          answers: {},
          current: 0,
          startedAt: action.at,
        };
        return { phase: 'question', draft: withOrderingAnswers(draft) };
      }
      case 'resume':
        return { phase: 'question', draft: withOrderingAnswers(action.draft) };
      case 'answer': {
        if (state.phase !== 'question') return state;
        const q = byId.get(action.id);
        if (!q || !state.draft.questionIds.includes(action.id)) return state;
        const answers = { ...state.draft.answers };
        if (action.value === undefined) delete answers[action.id];
        else if (isAnswerFor(q, action.value)) answers[action.id] = action.value;
        else return state;
        return { phase: 'question', draft: { ...state.draft, answers } };
      }
      case 'go': {
        if (state.phase !== 'question') return state;
        const current = Math.min(Math.max(0, Math.trunc(action.index)), state.draft.questionIds.length - 1);
        return { phase: 'question', draft: { ...state.draft, current } };
      }
      case 'submit': {
        if (state.phase !== 'question') return state;
        const questions = questionsOf(state.draft);
        const unanswered = questions.flatMap((q, i) => (isAnswered(q, state.draft.answers[q.id]) ? [] : [i]));
        if (unanswered.length && !action.force) return { ...state, unanswered };
        const score = scoreAttempt(questions, state.draft.answers, config.passMark);
        return { phase: 'result', draft: state.draft, result: { ...score, finishedAt: action.at } };
      }
    }
  }

  return { config, byId, questionsOf, reduce };
}

/** A finished attempt as the progress store keeps it. */
export function toQuizAttempt(draft: QuizDraft, result: QuizResult): QuizAttempt {
  return {
    startedAt: draft.startedAt,
    finishedAt: result.finishedAt,
    score: result.score,
    max: result.max,
    percent: result.percent,
    passed: result.passed,
    questionIds: draft.questionIds,
    answers: draft.answers,
    missed: result.missed,
    seed: draft.seed,
  };
}
