// The final assessment's pool travels as a JSON file (/<lang>/assessment/pool.json) that its page
// fetches; parsePool decides whether a response is a pool the quiz can use.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema } from '../../src/schemas/question';
import { localizeQuestion, parsePool, pooledQuestions } from '../../src/lib/quiz';

const root = join(import.meta.dirname, '../../content/quizzes');
const quizzes = readdirSync(root)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => quizSchema.parse(parse(readFileSync(join(root, f), 'utf8'))));
const pool = pooledQuestions(quizzes).map(({ module, question }) => localizeQuestion(question, 'es', module));
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('parsePool', () => {
  it('accepts the real pool after a trip through JSON, unchanged', () => {
    expect(parsePool(roundTrip(pool))).toEqual(pool);
  });
  it('rejects what is not a pool: an error page, an empty list, a cut-off or mixed-up list', () => {
    const first = pool[0]!;
    expect(parsePool('<!doctype html><title>Offline</title>')).toBeUndefined();
    expect(parsePool(undefined)).toBeUndefined();
    expect(parsePool([])).toBeUndefined();
    expect(parsePool([first, null])).toBeUndefined();
    expect(parsePool([first, { ...first }])).toBeUndefined();
    expect(parsePool([{ ...first, type: 'essay' }])).toBeUndefined();
    const { module: _module, ...noModule } = first;
    expect(parsePool([noModule])).toBeUndefined();
    expect(parsePool([{ ...first, prompt: 7 }])).toBeUndefined();
  });
});
