import { z } from 'astro/zod';
import { sourceId } from './localized';

/** Front matter of a lesson: `content/lessons/<lang>/<module>/<lesson>.mdx`. */
export const lessonSchema = z
  .object({
    title: z.string().trim().min(1).describe('Lesson title, in the file’s language'),
    description: z.string().trim().min(1).max(200).describe('One sentence for search results and previews'),
    order: z.number().int().min(1).describe('Position within the module, unique there'),
    minutes: z.number().int().positive().describe('Reading time estimate'),
    objectives: z.array(z.string().trim().min(1)).min(1).max(6).describe('Shown at the top as “In this lesson”'),
    keyPoints: z.array(z.string().trim().min(1)).min(2).max(8).describe('Shown at the end as “Key points”'),
    sources: z.array(sourceId).min(1).describe('Ids from content/sources.yaml, shown at the end'),
    fallback: z
      .boolean()
      .default(false)
      .describe('Serve this lesson in the other language too, with a “not yet translated” notice'),
  })
  .strict();
