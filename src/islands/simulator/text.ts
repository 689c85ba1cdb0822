import { fillTemplate } from '../../lib/fill-template';
import { formatDayLong } from '../../lib/format';

/**
 * UI strings reach the island as one flat object (the page picks the `sim.*` keys of its language
 * and drops the prefix), so i18next never ships to the browser.
 */
export type Strings = Record<string, string>;
export type Params = Record<string, string | number>;
export type T = (key: string, params?: Params) => string;

/** An unknown key shows the key, which the unit tests catch; placeholders are filled by fillTemplate. */
export function translator(strings: Strings): T {
  return (key, params) => {
    const text = strings[key] ?? key;
    return params ? fillTemplate(text, params) : text;
  };
}

/** "14 March 2026" / "14 de marzo de 2026": a calendar day, so no time zone can move it (src/lib/format.ts). */
export function formatDay(iso: string, lang: string): string {
  return formatDayLong(iso, lang === 'es' ? 'es' : 'en');
}
