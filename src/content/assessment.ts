import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../i18n/lang';
import { assessmentProblems, localizeQuestion, pooledQuestions, type LocalQuestion } from '../lib/quiz';
import { getCourse } from './course';

export interface Assessment {
  /** Every module quiz's questions in one language, in course order. */
  pool: LocalQuestion[];
  draw: number;
  passMark: number;
}

/**
 * The final assessment in one language: its draw and pass mark (content/quizzes/assessment.yaml)
 * and the pool it draws from. The page and its pool file (`/<lang>/assessment/pool.json`) both
 * build from here, so they cannot disagree; a pool that cannot supply the draw fails the build.
 */
export async function getAssessment(lang: Lang): Promise<Assessment> {
  const course = await getCourse();
  const entry = await getEntry('quizzes', 'assessment');
  if (!entry) throw new Error('content/quizzes/assessment.yaml is missing: the final assessment needs its draw and pass mark.');
  const order = new Map(course.modules.map((m, i) => [m.id, i]));
  const quizzes = (await getCollection('quizzes'))
    .filter((q) => q.data.module && order.has(q.data.module))
    .sort((a, b) => order.get(a.data.module!)! - order.get(b.data.module!)!);
  const pool = pooledQuestions(quizzes.map((q) => q.data)).map(({ module, question }) => localizeQuestion(question, lang, module));
  const problems = assessmentProblems(pool, entry.data.draw);
  if (problems.length) throw new Error(`content/quizzes/assessment.yaml → draw: ${problems.join('; ')}`);
  return { pool, draw: entry.data.draw, passMark: entry.data.passMark };
}
