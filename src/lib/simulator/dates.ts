/**
 * Calendar days as `YYYY-MM-DD` strings, counted in UTC so a learner's time zone can never move a
 * date by one. `today` is always passed in, which keeps every rule testable.
 */

const DAY_MS = 86_400_000;

export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Days since 1970-01-01 for a valid day. */
export function dayNumber(text: string): number {
  return Math.round(new Date(`${text}T00:00:00Z`).getTime() / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Whole years and remaining months in a number of days, for "1 year 7 months". */
export function yearsMonths(days: number): { years: number; months: number } {
  const months = Math.floor(days / 30.4375);
  return { years: Math.floor(months / 12), months: months % 12 };
}
