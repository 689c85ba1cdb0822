/**
 * UI strings reach the island as one flat object (the page picks the `sim.*` keys of its language
 * and drops the prefix), so i18next never ships to the browser.
 */
export type Strings = Record<string, string>;
export type Params = Record<string, string | number>;
export type T = (key: string, params?: Params) => string;

/** i18next-style `{{name}}` placeholders. An unknown key shows the key, which the unit tests catch. */
export function translator(strings: Strings): T {
  return (key, params) => {
    const text = strings[key] ?? key;
    return params ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? '')) : text;
  };
}

/** "14 March 2026" / "14 de marzo de 2026", in UTC so no time zone moves the day. */
export function formatDay(iso: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const locale = lang === 'es' ? 'es-MX' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
