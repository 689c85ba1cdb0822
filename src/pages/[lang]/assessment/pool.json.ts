import type { APIRoute } from 'astro';
import { getAssessment } from '../../../content/assessment';
import type { Lang } from '../../../i18n/lang';
import { langPaths } from '../../../i18n/paths';

export const getStaticPaths = langPaths;

/** The final assessment's questions in one language, fetched by its page (src/islands/AssessmentQuiz.tsx). */
export const GET: APIRoute = async ({ params }) => {
  const { pool } = await getAssessment(params.lang as Lang);
  return new Response(JSON.stringify(pool), { headers: { 'Content-Type': 'application/json' } });
};
