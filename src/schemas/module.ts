import { z } from 'astro/zod';
import { localizedList, localizedText } from './localized';

/** A course module: `content/modules/<module>.yaml`. Its lessons live in `content/lessons/<lang>/<module>/`. */
export const moduleSchema = z
  .object({
    order: z.number().int().min(1).describe('Position of the module in the course, unique'),
    minutes: z.number().int().positive().describe('Time estimate for the whole module, in minutes'),
    title: localizedText.describe('Module title'),
    summary: localizedText.describe('One or two sentences shown on the course home'),
    objectives: localizedList(2, 6).describe('What the learner will be able to do'),
    keyPoints: localizedList(2, 8).describe('The module summary of key points'),
  })
  .strict();
