import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDateShort,
  formatDateTime,
  formatDayLong,
  formatNumber,
  formatPercent,
} from '../../src/lib/local-format';

describe('formatNumber and formatPercent', () => {
  it('groups thousands with commas and keeps at most the decimals asked for', () => {
    expect(formatNumber(6232)).toBe('6,232');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(2.345, 2)).toBe('2.35');
    expect(formatNumber(2.5, 2)).toBe('2.5');
    expect(formatNumber(3, 2)).toBe('3');
    expect(formatNumber(0.333333, 2)).toBe('0.33');
    expect(formatNumber(-1500)).toBe('-1,500');
    expect(formatNumber(-0.001, 2)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });

  it('rounds percentages to whole numbers', () => {
    expect(formatPercent(80)).toBe('80%');
    expect(formatPercent(79.6)).toBe('80%');
    expect(formatPercent(12.5)).toBe('13%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(100)).toBe('100%');
  });

  it('agrees with the es-MX and en-US number formats for whole numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(formatNumber(n)).toBe(new Intl.NumberFormat('en-US').format(n));
        expect(formatNumber(n)).toBe(new Intl.NumberFormat('es-MX').format(n));
      }),
    );
  });
});

describe('dates', () => {
  it('writes a calendar day in full in each language', () => {
    expect(formatDayLong('2024-03-14', 'en')).toBe('14 March 2024');
    expect(formatDayLong('2024-03-14', 'es')).toBe('14 de marzo de 2024');
    expect(formatDayLong('2026-01-05', 'es')).toBe('5 de enero de 2026');
    expect(formatDayLong('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('returns anything that is not a calendar day as it is', () => {
    expect(formatDayLong('unknown', 'es')).toBe('unknown');
    expect(formatDayLong('2024-13-01', 'en')).toBe('2024-13-01');
    expect(formatDayLong('2024-02-00', 'en')).toBe('2024-02-00');
  });

  it('writes short dates and times on the reader’s clock', () => {
    const evening = new Date(2026, 11, 15, 19, 3);
    expect(formatDateShort(evening, 'es')).toBe('15 dic 2026');
    expect(formatDateShort(evening, 'en')).toBe('Dec 15, 2026');
    expect(formatDateTime(evening, 'es')).toBe('15 dic 2026, 7:03\u00a0p.m.');
    expect(formatDateTime(evening, 'en')).toBe('Dec 15, 2026, 7:03\u00a0PM');
    expect(formatDateTime(new Date(2026, 0, 5, 0, 30), 'es')).toBe('5 ene 2026, 12:30\u00a0a.m.');
    expect(formatDateTime(new Date(2026, 0, 5, 12, 0), 'en')).toBe('Jan 5, 2026, 12:00\u00a0PM');
  });

  it('names every month as the es-MX and en-US medium date style does', () => {
    for (let month = 0; month < 12; month++) {
      const d = new Date(2026, month, 5, 12);
      expect(formatDateShort(d, 'en')).toBe(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(d));
      expect(formatDateShort(d, 'es')).toBe(
        new Intl.DateTimeFormat('es-MX', { dateStyle: 'medium' }).format(d).replace('sept', 'sep'),
      );
    }
  });
});
