import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OUTLINE_MAX_MODULES, outlineWindow } from '../../src/lib/outline';

describe('outlineWindow', () => {
  it('lists every module of a small course', () => {
    expect(outlineWindow(6, 2)).toEqual({ start: 0, end: 6, partial: false });
    expect(outlineWindow(OUTLINE_MAX_MODULES, 0)).toEqual({ start: 0, end: OUTLINE_MAX_MODULES, partial: false });
    expect(outlineWindow(0, -1)).toEqual({ start: 0, end: 0, partial: false });
  });

  it('centres the current module in a large course', () => {
    expect(outlineWindow(400, 200)).toEqual({ start: 196, end: 205, partial: true });
    expect(outlineWindow(400, 200, 4)).toEqual({ start: 199, end: 203, partial: true });
  });

  it('keeps the window inside the course at either end', () => {
    expect(outlineWindow(400, 0)).toEqual({ start: 0, end: 9, partial: true });
    expect(outlineWindow(400, 2)).toEqual({ start: 0, end: 9, partial: true });
    expect(outlineWindow(400, 399)).toEqual({ start: 391, end: 400, partial: true });
    expect(outlineWindow(10, -1)).toEqual({ start: 0, end: 9, partial: true });
  });

  it('rejects counts that are not whole numbers', () => {
    expect(() => outlineWindow(-1, 0)).toThrow(/module count/);
    expect(() => outlineWindow(2.5, 0)).toThrow(/module count/);
    expect(() => outlineWindow(10, 0, 0)).toThrow(/maximum/);
  });

  it('always lists the current module and never more than the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 30 }), fc.nat(), (total, max, pick) => {
        const current = pick % total;
        const w = outlineWindow(total, current, max);
        expect(w.start).toBeGreaterThanOrEqual(0);
        expect(w.end).toBeLessThanOrEqual(total);
        expect(w.end - w.start).toBe(Math.min(total, max));
        expect(current).toBeGreaterThanOrEqual(w.start);
        expect(current).toBeLessThan(w.end);
        expect(w.partial).toBe(total > max);
      }),
    );
  });
});
