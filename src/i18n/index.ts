import i18next, { type TOptions } from 'i18next';
import en from './en.json';
import es from './es.json';
import { LANGS, type Lang } from './lang';

export * from './lang';

/** Plural forms live under `key_one` / `key_other`; callers use the bare key with `count`. */
type StripPlural<K extends string> = K extends `${infer Base}_${'one' | 'other' | 'zero' | 'few' | 'many'}` ? Base : K;
export type UIKey = StripPlural<keyof typeof en & string>;

export const dictionaries: Record<Lang, Record<string, string>> = { en, es };

// One instance for the whole server-side build. Keys are flat ("nav.home"), so the key and
// namespace separators are off; Astro escapes output, so i18next must not escape twice.
const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: Object.fromEntries(LANGS.map((lang) => [lang, { translation: dictionaries[lang] }])),
  lng: 'en',
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Translate a UI string. Throws on an unknown key so a typo fails the build, not the reader. */
export function t(lang: Lang, key: UIKey, options?: TOptions): string {
  if (!i18n.exists(key, { lng: lang, ...(options ?? {}) })) {
    throw new Error(`Missing UI string "${key}" for language "${lang}" (src/i18n/${lang}.json)`);
  }
  // i18next's typed overloads do not know our flat keys; the existence check above is the guard.
  return i18n.t(key as string, { ...(options ?? {}), lng: lang }) as string;
}

/** A translator bound to one language, for pages and components. */
export function useTranslations(lang: Lang) {
  return (key: UIKey, options?: TOptions) => t(lang, key, options);
}

/**
 * The strings an island needs, picked on the server and passed as props, so that i18next never
 * ships to the browser.
 */
export function pickStrings<K extends UIKey>(lang: Lang, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(lang, key)])) as Record<K, string>;
}
