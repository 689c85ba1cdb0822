/**
 * Calendar days as `YYYY-MM-DD` strings: due dates, the dates of a simulated case, the day in a
 * downloaded file's name.
 *
 * A learner's "today" is the day on their own calendar (their device's time zone), never UTC's:
 * `localDay()`. A due date, the date on a request the learner fills in and the day a file was saved
 * are days as the learner lives them. UTC's day turns at 18:00 in central Mexico, so a UTC "today"
 * made an assignment due today overdue in the evening and dated an export with tomorrow.
 *
 * Arithmetic between two days (`daysBetween`) is done at UTC midnight, where every day has 24
 * hours, so no daylight-saving change can move a count by one. Functions that need today take it
 * as an argument, which keeps every rule testable.
 */

const DAY_MS = 86_400_000;

export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Days since 1970-01-01 for a valid day. */
function dayNumber(text: string): number {
  return Math.round(new Date(`${text}T00:00:00Z`).getTime() / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier): 0 on a due date, -1 the day after. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day of a moment on the learner's own calendar; without an argument, the learner's today. */
export function localDay(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Whole years and remaining months in a number of days, for "1 year 7 months". */
export function yearsMonths(days: number): { years: number; months: number } {
  const months = Math.floor(days / 30.4375);
  return { years: Math.floor(months / 12), months: months % 12 };
}
