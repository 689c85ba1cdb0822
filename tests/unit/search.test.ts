import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFilters, isSearchShortcut, parseExcerpt, searchTerms, toHit } from '../../src/lib/search';

describe('parseExcerpt', () => {
  it('splits marked words from plain text', () => {
    expect(parseExcerpt('el <mark>número</mark> de <mark>serie</mark>.')).toEqual([
      { text: 'el ', mark: false },
      { text: 'número', mark: true },
      { text: ' de ', mark: false },
      { text: 'serie', mark: true },
      { text: '.', mark: false },
    ]);
  });
  it('drops any other tag and decodes entities, so nothing can become markup', () => {
    const runs = parseExcerpt('a <img src=x onerror=alert(1)>&lt;script&gt; &amp; <mark>b</mark>');
    expect(runs.map((r) => r.text).join('')).toBe('a <script> & b');
    expect(runs.some((r) => r.text.includes('<img'))).toBe(false);
  });
  it('never throws and only yields text runs, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (html) => {
        const runs = parseExcerpt(html);
        return runs.every((r) => typeof r.text === 'string' && r.text.length > 0 && typeof r.mark === 'boolean');
      }),
    );
  });
});

describe('toHit', () => {
  const data = {
    url: '/es/glossary/',
    excerpt: 'Glosario <mark>importador</mark>',
    meta: { title: 'Glosario' },
    filters: { kind: ['glossary'] },
    sub_results: [
      { title: 'Glosario', url: '/es/glossary/', excerpt: 'x' },
      { title: 'importador', url: '/es/glossary/#importer', excerpt: '<mark>importador</mark> con licencia' },
    ],
  };
  it('links a glossary match to its entry, titled by the term', () => {
    expect(toHit(data)).toMatchObject({ title: 'importador', url: '/es/glossary/#importer', kind: 'glossary' });
  });
  it('keeps the page title for a lesson section match', () => {
    const hit = toHit({
      ...data,
      filters: { kind: ['lesson'], module: ['Identificación del arma'] },
      meta: { title: 'El número de serie' },
    });
    expect(hit).toMatchObject({
      title: 'El número de serie',
      url: '/es/glossary/#importer',
      module: 'Identificación del arma',
    });
  });
  it('falls back to the page when no heading matched', () => {
    expect(toHit({ url: '/en/', excerpt: 'a', meta: {} })).toMatchObject({ url: '/en/', title: '/en/' });
  });
});

describe('searchTerms', () => {
  it('drops common words in the page language', () => {
    expect(searchTerms('numero de serie', 'es')).toBe('numero serie');
    expect(searchTerms('  the serial  number ', 'en')).toBe('serial number');
  });
  it('keeps words that are only common in the other language', () => {
    expect(searchTerms('de serial', 'en')).toBe('de serial');
  });
  it('keeps a query made only of common words', () => {
    expect(searchTerms('de la', 'es')).toBe('de la');
  });
});

describe('buildFilters and the search shortcut', () => {
  it('leaves out filters set to "any"', () => {
    expect(buildFilters({ module: '', kind: 'lesson', other: undefined })).toEqual({ kind: 'lesson' });
  });
  const key = { key: '/', ctrlKey: false, metaKey: false, altKey: false, inTextField: false };
  it('opens on "/" outside text fields and on Ctrl+K or ⌘K anywhere', () => {
    expect(isSearchShortcut(key)).toBe(true);
    expect(isSearchShortcut({ ...key, inTextField: true })).toBe(false);
    expect(isSearchShortcut({ ...key, key: 'k', ctrlKey: true, inTextField: true })).toBe(true);
    expect(isSearchShortcut({ ...key, key: 'K', metaKey: true })).toBe(true);
    expect(isSearchShortcut({ ...key, key: 'k' })).toBe(false);
    expect(isSearchShortcut({ ...key, key: 'k', ctrlKey: true, altKey: true })).toBe(false);
  });
});
