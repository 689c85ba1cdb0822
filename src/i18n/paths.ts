import { LANGS, type Lang } from './lang';

/**
 * The path of a page in one language: `localePath('es', 'modules', 'fundamentals')` gives
 * `/es/modules/fundamentals/`. Every page has a trailing slash (the site builds directories).
 */
export function localePath(lang: Lang, ...segments: string[]): string {
  const rest = segments.flatMap((s) => s.split('/')).filter(Boolean);
  return `/${[lang, ...rest].join('/')}/`;
}

/** The part of a path after its language folder: `/es/glossary/` → `glossary/`. */
export function pathWithoutLang(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length > 0 && (LANGS as readonly string[]).includes(parts[0]!)) parts.shift();
  return parts.length ? `${parts.join('/')}/` : '';
}

/** The same page in another language: the language switch and the hreflang links use this. */
export function translatePath(pathname: string, target: Lang): string {
  return `/${target}/${pathWithoutLang(pathname)}`;
}

/** hreflang alternates for a page, English as x-default. `site` is the absolute origin. */
export function alternates(pathname: string, site: URL | string): { hreflang: string; href: string }[] {
  const links = LANGS.map((lang) => ({ hreflang: lang, href: new URL(translatePath(pathname, lang), site).href }));
  return [...links, { hreflang: 'x-default', href: links[0]!.href }];
}

/** `getStaticPaths` for a page that exists once per language: `export const getStaticPaths = langPaths;`. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}
