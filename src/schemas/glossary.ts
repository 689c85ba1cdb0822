import { z } from 'astro/zod';
import { slug, sourceId } from './localized';

const side = z
  .object({
    term: z.string().trim().min(1).describe('The term in this language'),
    definition: z.string().trim().min(1).describe('A short definition in this language'),
    avoid: z
      .array(z.string().trim().min(1))
      .default([])
      .describe('Variants of the term not to use in this language; the term check names the preferred term instead'),
  })
  .strict();

/** One glossary entry in `content/glossary.yaml`. */
export const glossarySchema = z
  .object({
    id: slug.describe('Stable id used by <Term id>'),
    en: side,
    es: side,
    related: z.array(slug).default([]).describe('Ids of related entries'),
    verify: z.boolean().default(false).describe('Spanish term still to be confirmed by a practitioner'),
    sources: z.array(sourceId).default([]),
  })
  .strict();
