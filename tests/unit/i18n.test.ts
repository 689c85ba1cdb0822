import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import es from '../../src/i18n/es.json';
import { pickStrings, t } from '../../src/i18n';

describe('UI strings', () => {
  it('have exactly the same keys in English and Spanish', () => {
    const a = Object.keys(en).sort();
    const b = Object.keys(es).sort();
    expect(
      a.filter((k) => !b.includes(k)),
      'keys missing in es.json',
    ).toEqual([]);
    expect(
      b.filter((k) => !a.includes(k)),
      'keys missing in en.json',
    ).toEqual([]);
  });
  it('have no empty values and the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(es[key].trim(), key).not.toBe('');
      const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(vars(es[key]), key).toEqual(vars(en[key]));
    }
  });
  it('translates, interpolates and pluralises', () => {
    expect(t('es', 'nav.glossary')).toBe('Glosario');
    expect(t('en', 'home.module', { n: 3 })).toBe('Module 3');
    expect(t('en', 'home.lessons', { count: 1 })).toBe('1 lesson');
    expect(t('es', 'home.lessons', { count: 4 })).toBe('4 lecciones');
  });
  it('does not escape text (Astro escapes it once)', () => {
    expect(t('en', 'search.none', { query: '<b>&' })).toContain('<b>&');
  });
  it('throws on an unknown key instead of showing it to the reader', () => {
    // @ts-expect-error: not a key
    expect(() => t('en', 'no.such.key')).toThrow(/Missing UI string/);
  });
  it('picks strings for an island', () => {
    expect(pickStrings('es', ['nav.next', 'nav.previous'])).toEqual({
      'nav.next': 'Siguiente',
      'nav.previous': 'Anterior',
    });
  });
});
