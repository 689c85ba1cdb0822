import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  array,
  boolean,
  literal,
  number,
  object,
  oneOf,
  optional,
  record,
  string,
  unknown,
} from '../../src/lib/validate';

describe('the small validator behind saved progress, rosters and receipts', () => {
  it('checks strings, numbers and booleans with their bounds', () => {
    expect(string(1, 3).safeParse('ab')).toEqual({ success: true, data: 'ab' });
    expect(string(1, 3).safeParse('').success).toBe(false);
    expect(string(1, 3).safeParse('abcd').success).toBe(false);
    expect(string(0, 9, /^\d+$/).safeParse('12a').success).toBe(false);
    expect(number(0, 100).safeParse(100).success).toBe(true);
    expect(number(0, 100).safeParse(101).success).toBe(false);
    expect(number().safeParse(Number.NaN).success).toBe(false);
    expect(number().safeParse(Infinity).success).toBe(false);
    expect(number(0, 10, true).safeParse(1.5).success).toBe(false);
    expect(number().safeParse('1').success).toBe(false);
    expect(boolean.safeParse(0).success).toBe(false);
    expect(literal(2).safeParse(2).success).toBe(true);
    expect(oneOf(['a', 'b']).safeParse('c').success).toBe(false);
  });
  it('keeps only the keys an object names, and allows optional ones to be missing', () => {
    const shape = object({ a: string(), b: optional(number()), c: unknown });
    expect(shape.safeParse({ a: 'x', extra: 1, c: { deep: [1] } })).toEqual({
      success: true,
      data: { a: 'x', c: { deep: [1] } },
    });
    expect(shape.safeParse({ a: 'x', b: 'no' }).success).toBe(false);
    expect(shape.safeParse([]).success).toBe(false);
    expect(shape.safeParse(null).success).toBe(false);
  });
  it('checks arrays (with a length limit) and records, and keeps __proto__ a plain key', () => {
    expect(array(number(), 2).safeParse([1, 2, 3]).success).toBe(false);
    expect(array(number()).safeParse([1, '2']).success).toBe(false);
    const parsed = record(number()).safeParse(JSON.parse('{"__proto__": 1, "a": 2}'));
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(Object.getPrototypeOf(parsed.data)).toBe(Object.prototype);
      expect(Object.keys(parsed.data)).toEqual(['__proto__', 'a']);
    }
    expect(record(number()).safeParse([1]).success).toBe(false);
  });
  it('never throws on any value', () => {
    const shape = object({ a: array(record(object({ b: optional(string()) }))) });
    fc.assert(fc.property(fc.anything(), (v) => typeof shape.safeParse(v).success === 'boolean'));
  });
});
