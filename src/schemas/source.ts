import { z } from 'astro/zod';
import { sourceId } from './localized';

/** One source in `content/sources.yaml`. */
export const sourceSchema = z
  .object({
    id: sourceId,
    title: z.string().trim().min(1),
    url: z.url().optional(),
    secondary: z.boolean().default(false).describe('Press, reference or advocacy text citing an official one'),
    note: z.string().optional(),
  })
  .strict();
