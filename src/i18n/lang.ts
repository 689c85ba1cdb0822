/** The site's languages. English is listed first because it is the x-default. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language of a page, read from the first path segment (`/es/...`).
 * Pages outside a language folder (the landing, the 404) fall back to English.
 */
export function langFromUrl(url: URL, base = '/'): Lang {
  const rest = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  const first = rest.replace(/^\/+/, '').split('/')[0];
  return isLang(first) ? first : 'en';
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'es' : 'en';
}
