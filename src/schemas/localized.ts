import { z } from 'astro/zod';

/** Text in both languages, side by side. A missing translation is a schema error. */
export const localizedText = z
  .object({
    en: z.string().trim().min(1).describe('English text'),
    es: z.string().trim().min(1).describe('Spanish text'),
  })
  .strict();

/** A list in both languages; both lists must have the same length (same items, translated). */
export const localizedList = (min: number, max: number) =>
  z
    .object({
      en: z.array(z.string().trim().min(1)).min(min).max(max).describe('English items'),
      es: z.array(z.string().trim().min(1)).min(min).max(max).describe('Spanish items'),
    })
    .strict()
    .refine((v) => v.en.length === v.es.length, {
      message: 'the English and Spanish lists must have the same number of items',
      path: ['es'],
    });

export const sourceId = z.string().regex(/^S\d+$/, 'a source id looks like "S12"');
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase kebab-case (a-z, 0-9, -)');
