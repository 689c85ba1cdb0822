import { z } from 'astro/zod';
import { localizedText, sourceId } from './localized';

/** The printable quick-reference card: `content/quickref.yaml`. */
export const quickrefSchema = z
  .object({
    title: localizedText,
    intro: localizedText,
    fields: z
      .array(z.object({ item: localizedText, where: localizedText, required: z.boolean().default(true) }).strict())
      .min(3)
      .max(14),
    errors: z.array(localizedText).min(3).max(12),
    footer: localizedText,
    sources: z.array(sourceId).min(1),
  })
  .strict();
