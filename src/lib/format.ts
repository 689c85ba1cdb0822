/**
 * Numbers and dates for people, in the page's language (Mexican Spanish, US English). Every island
 * and browser script formats through here; UI strings' `{{name}}` placeholders are filled by
 * src/lib/fill-template.ts.
 *
 * Without Intl, on purpose: the first Intl formatter a page creates makes the browser load its
 * locale data, which measured 60 ms of main thread on this machine and 235 ms with Lighthouse's 4×
 * slower phone CPU: the whole Total Blocking Time of the quiz and scenario pages, spent to print
 * "80%" or a date. The site needs a handful of formats in two languages; they are written out here
 * and pinned by unit tests (tests/unit/format.test.ts), following es-MX and en-US conventions.
 * Build-time pages (Astro) may still use Intl (with `localeOf`): it costs nothing in the browser there.
 */
import type { Lang } from '../i18n/lang';

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};
/** Month names, short, as dates are written in each language (docs/spanish-style.md for Spanish). */
export const SHORT_MONTHS: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
};
const NBSP = '\u00a0';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 6232 → "6,232"; 2.345 → "2.35" (at most `maxFraction` decimals, no trailing zeros). Both languages group with commas and use a decimal point, as in Mexico and the US. */
export function formatNumber(n: number, maxFraction = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const factor = 10 ** maxFraction;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [whole, fraction] = rounded.toFixed(maxFraction).split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction?.replace(/0+$/, '');
  return `${n < 0 && rounded !== 0 ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/** A percentage already on a 0–100 scale, rounded to a whole number: 79.6 → "80%". */
export function formatPercent(n: number): string {
  return `${formatNumber(n)}%`;
}

/** A calendar day (`2024-03-14`) in full: "14 March 2024" / "14 de marzo de 2024". Anything else is returned as it is. */
export function formatDayLong(iso: string, lang: Lang): string {
  const m = ISO_DAY.exec(iso);
  const month = m && MONTHS[lang][Number(m[2]) - 1];
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return iso;
  const day = Number(m[3]);
  return lang === 'es' ? `${day} de ${month} de ${m[1]}` : `${day} ${month} ${m[1]}`;
}

/** A date, short: "15 dic 2026" / "Dec 15, 2026". */
export function formatDateShort(date: Date, lang: Lang): string {
  const day = date.getDate();
  const month = SHORT_MONTHS[lang][date.getMonth()]!;
  return lang === 'es' ? `${day} ${month} ${date.getFullYear()}` : `${month} ${day}, ${date.getFullYear()}`;
}

/** A date and time on the reader's clock: "5 ene 2026, 7:03 p.m." / "Jan 5, 2026, 7:03 PM". */
export function formatDateTime(date: Date, lang: Lang): string {
  const h = date.getHours();
  const time = `${h % 12 || 12}:${String(date.getMinutes()).padStart(2, '0')}${NBSP}${lang === 'es' ? (h < 12 ? 'a.m.' : 'p.m.') : h < 12 ? 'AM' : 'PM'}`;
  return `${formatDateShort(date, lang)}, ${time}`;
}

/**
 * A date for people, short: a bare calendar day (`2026-12-15`, a due date) is read at local noon so
 * that no time zone moves it to the day before; a moment (`2026-12-01T17:05Z`) is shown on the
 * reader's own calendar. Anything that is not a date is returned as it is.
 */
export function formatDate(value: string, lang: Lang): string {
  const date = ISO_DAY.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatDateShort(date, lang);
}

/** The locale for Intl at build time: the course's Spanish readers are in Mexico. */
export function localeOf(lang: Lang): string {
  return lang === 'es' ? 'es-MX' : 'en-US';
}
