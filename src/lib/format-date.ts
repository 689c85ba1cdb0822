import { formatDateShort } from './local-format';

/**
 * A date for people, in the page's language: "15 dic 2026" / "Dec 15, 2026" (without Intl, whose
 * first use is slow on a phone: src/lib/local-format.ts). A bare calendar day (`2026-12-15`, a due date) is read at local noon so that no time zone moves it to the day before;
 * a moment (`2026-12-01T17:05Z`) is shown on the reader's own calendar.
 */
export function formatDate(value: string, lang: 'en' | 'es'): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatDateShort(date, lang);
}
