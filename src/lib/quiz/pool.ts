import type { LocalQuestion, QuestionType } from './types';

const TYPES: ReadonlySet<string> = new Set<QuestionType>([
  'single',
  'multiple',
  'truefalse',
  'ordering',
  'matching',
  'text',
]);

/**
 * The final assessment's pool as fetched from `/<lang>/assessment/pool.json`, or undefined when
 * the response is not one. The file is built with the site, so this guards against a cut-off
 * download or a cached error page, not a hostile server: every question needs an id, a module, a
 * prompt and a known type, and ids must be unique.
 */
export function parsePool(data: unknown): LocalQuestion[] | undefined {
  if (!Array.isArray(data) || data.length === 0) return undefined;
  const ids = new Set<string>();
  for (const q of data as unknown[]) {
    if (typeof q !== 'object' || q === null) return undefined;
    const { id, module, prompt, type } = q as Record<string, unknown>;
    if (typeof id !== 'string' || ids.has(id)) return undefined;
    if (typeof module !== 'string' || typeof prompt !== 'string' || typeof type !== 'string' || !TYPES.has(type))
      return undefined;
    ids.add(id);
  }
  return data as LocalQuestion[];
}
