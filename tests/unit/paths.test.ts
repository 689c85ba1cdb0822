import { describe, expect, it } from 'vitest';
import { LANGS, isLang, langFromUrl, otherLang } from '../../src/i18n/lang';
import { alternates, langPaths, localePath, pathWithoutLang, translatePath } from '../../src/i18n/paths';
import { rememberedLang } from '../../src/lib/lang-choice';

describe('language helpers', () => {
  it('reads the language from the first path segment', () => {
    expect(langFromUrl(new URL('https://x.org/es/glossary/'))).toBe('es');
    expect(langFromUrl(new URL('https://x.org/en/'))).toBe('en');
  });
  it('falls back to English outside a language folder', () => {
    expect(langFromUrl(new URL('https://x.org/'))).toBe('en');
    expect(langFromUrl(new URL('https://x.org/esperanto/'))).toBe('en');
    expect(langFromUrl(new URL('https://x.org/fr/page/'))).toBe('en');
  });
  it('honours a base path', () => {
    expect(langFromUrl(new URL('https://x.org/traza/es/about/'), '/traza/')).toBe('es');
  });
  it('knows the two languages and swaps them', () => {
    expect(isLang('es')).toBe(true);
    expect(isLang('ES')).toBe(false);
    expect(isLang(undefined)).toBe(false);
    expect(otherLang('en')).toBe('es');
    expect(otherLang('es')).toBe('en');
  });
  it('only remembers a language the site has', () => {
    expect(rememberedLang('es')).toBe('es');
    expect(rememberedLang('de')).toBeUndefined();
    expect(rememberedLang(null)).toBeUndefined();
  });
});

describe('path helpers', () => {
  it('builds directory paths with a trailing slash', () => {
    expect(localePath('es')).toBe('/es/');
    expect(localePath('en', 'modules', 'fundamentals')).toBe('/en/modules/fundamentals/');
    expect(localePath('es', 'modules/identification/', 'serial-numbers')).toBe(
      '/es/modules/identification/serial-numbers/',
    );
  });
  it('strips the language folder', () => {
    expect(pathWithoutLang('/es/glossary/')).toBe('glossary/');
    expect(pathWithoutLang('/en/')).toBe('');
    expect(pathWithoutLang('/')).toBe('');
  });
  it('translates a path to the same page in the other language', () => {
    expect(translatePath('/es/modules/fundamentals/what-a-trace-is/', 'en')).toBe(
      '/en/modules/fundamentals/what-a-trace-is/',
    );
    expect(translatePath('/en/', 'es')).toBe('/es/');
  });
  it('lists hreflang alternates with English as x-default', () => {
    expect(alternates('/es/glossary/', 'https://traza.example.org')).toEqual([
      { hreflang: 'en', href: 'https://traza.example.org/en/glossary/' },
      { hreflang: 'es', href: 'https://traza.example.org/es/glossary/' },
      { hreflang: 'x-default', href: 'https://traza.example.org/en/glossary/' },
    ]);
  });
});

describe('langPaths', () => {
  it('gives one static path per language', () => {
    expect(langPaths()).toEqual(LANGS.map((lang) => ({ params: { lang } })));
    expect(langPaths().map((p) => p.params.lang)).toEqual(['en', 'es']);
  });
});
