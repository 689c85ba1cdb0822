import { afterEach, describe, expect, it } from 'vitest';
import { daysBetween, isIsoDay, localDay, yearsMonths } from '../../src/lib/dates';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('calendar days', () => {
  it('know real calendar days', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('15/12/2026')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });
  it('count days in the calendar, not in hours', () => {
    expect(daysBetween('2026-12-10', '2026-12-15')).toBe(5);
    expect(daysBetween('2026-12-15', '2026-12-15')).toBe(0);
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2027-01-01', '2026-12-15')).toBe(-17);
    // Across a daylight-saving change (US, 8 March 2026): still whole days.
    process.env.TZ = 'America/New_York';
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
  });
  it("take a learner's today from their own calendar, not UTC's", () => {
    // 02:00 UTC on 1 December is still the evening of 30 November in Mexico City.
    const evening = new Date('2026-12-01T02:00:00Z');
    process.env.TZ = 'America/Mexico_City';
    expect(localDay(evening)).toBe('2026-11-30');
    process.env.TZ = 'Asia/Tokyo';
    expect(localDay(evening)).toBe('2026-12-01');
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay()).toBe(localDay(new Date()));
  });
  it('read a number of days as years and months', () => {
    expect(yearsMonths(580)).toEqual({ years: 1, months: 7 });
    expect(yearsMonths(29)).toEqual({ years: 0, months: 0 });
  });
});
