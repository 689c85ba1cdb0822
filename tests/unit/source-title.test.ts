import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasSpanish, localizeSourceTitle, spanishDate } from '../../src/lib/source-title';

const text = (title: string) =>
  localizeSourceTitle(title, 'es')
    .parts.map((p) => p.text)
    .join('');

describe('localizeSourceTitle', () => {
  it('leaves a citation alone on an English page', () => {
    expect(localizeSourceTitle('ATF, Fact Sheet (May 2019)', 'en')).toEqual({
      parts: [{ text: 'ATF, Fact Sheet (May 2019)' }],
    });
  });

  it('writes English dates the Spanish way, in the course short form', () => {
    expect(text('ATF, Fact Sheet – National Tracing Center (May 2019)')).toBe(
      'ATF, Fact Sheet – National Tracing Center (may 2019)',
    );
    expect(text('WTKR News 3, "Behind-the-scenes look" (12 Oct 2021)')).toBe(
      'WTKR News 3, "Behind-the-scenes look" (12 oct 2021)',
    );
    expect(text('GAO-16-552, Firearms Data (June 2016)')).toBe('GAO-16-552, Firearms Data (jun 2016)');
    expect(text('OAS regional seminar on firearms marking (1–2 Dec 2010)')).toBe(
      'OAS regional seminar on firearms marking (1–2 dic 2010)',
    );
    expect(text('Report (Dec 2009/Jan 2010); DOJ OIG (Sept 2012)')).toBe(
      'Report (dic 2009/ene 2010); DOJ OIG (sep 2012)',
    );
    expect(text('27 CFR 478.92 (text before 24 Aug 2022)')).toBe('27 CFR 478.92 (text before 24 ago 2022)');
  });

  it('does not read a month name without a day or a year as a date', () => {
    expect(text('ATF, Mexico Firearms Tracing System, 2009–2014, introduction')).toBe(
      'ATF, Mexico Firearms Tracing System, 2009–2014, introduction',
    );
    expect(text('Sources that May help')).toBe('Sources that May help');
  });

  it('marks an English-only citation as English and its dates as Spanish', () => {
    expect(localizeSourceTitle('ATF, Fact Sheet (May 2019)', 'es')).toEqual({
      lang: 'en',
      parts: [{ text: 'ATF, Fact Sheet (' }, { text: 'may 2019', lang: 'es' }, { text: ')' }],
    });
  });

  it('leaves a citation that contains Spanish in the page language', () => {
    expect(localizeSourceTitle('La Jornada, eTrace in Mexico (18 June 2023)', 'es')).toEqual({
      parts: [{ text: 'La Jornada, eTrace in Mexico (' }, { text: '18 jun 2023' }, { text: ')' }],
    });
  });
});

describe('helpers', () => {
  it('spanishDate keeps the parts it is given', () => {
    expect(spanishDate(undefined, 'August', '2011')).toBe('ago 2011');
    expect(spanishDate('7', 'Feb', '2008')).toBe('7 feb 2008');
  });
  it('hasSpanish sees accents and Spanish words, not English ones', () => {
    expect(hasSpanish('Ficha técnica')).toBe(true);
    expect(hasSpanish('Mexico, Ley Federal de Armas')).toBe(true);
    expect(hasSpanish('Review of ATF’s Project Gunrunner')).toBe(false);
  });
});

describe('the real sources', () => {
  it('leave no English month name next to a year on the Spanish page', () => {
    const sources = parse(readFileSync(join(import.meta.dirname, '../../content/sources.yaml'), 'utf8')) as {
      id: string;
      title: string;
    }[];
    const left = sources
      .map((s) => ({ id: s.id, text: text(s.title) }))
      .filter((s) => /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{4}\b/.test(s.text));
    expect(left).toEqual([]);
  });
});
