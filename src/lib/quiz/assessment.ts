import { byModule, drawProblems } from './draw';

/**
 * The final assessment (content/quizzes/assessment.yaml) has no questions of its own: it draws from
 * the pooled questions of every module quiz, stratified so that each module contributes at least
 * this many; the rest of the draw comes from anywhere, so no module can be skipped and none
 * dominates. The number of modules is whatever the quizzes are: `drawProblems` fails the build when
 * modules × this minimum no longer fits in the draw.
 */
export const MIN_PER_MODULE = 3;

export const assessmentStratify = byModule(MIN_PER_MODULE);

/** Every module quiz's questions, each tagged with its module, in the order the quizzes are given. */
export function pooledQuestions<Q extends { id: string }>(
  quizzes: readonly { module?: string; questions: readonly Q[] }[],
): { module: string; question: Q }[] {
  return quizzes.flatMap((quiz) =>
    quiz.module ? quiz.questions.map((question) => ({ module: quiz.module!, question })) : [],
  );
}

/** Why the assessment cannot be drawn from this pool (empty when it can); the build fails on any. */
export function assessmentProblems(pool: readonly { id: string; module?: string }[], draw: number): string[] {
  return drawProblems(pool, draw, assessmentStratify);
}
