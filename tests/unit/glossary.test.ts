import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf } from '../../src/lib/glossary';
import { nextTheme } from '../../src/lib/theme';
import { correctAnswerText } from '../../src/lib/question-text';

describe('glossary grouping', () => {
  it('files accented initials under their base letter and keeps Ñ apart', () => {
    expect(initialOf('Órgano', 'es')).toBe('O');
    expect(initialOf('ñandú', 'es')).toBe('Ñ');
    expect(initialOf('"ghost gun"', 'en')).toBe('G');
    expect(initialOf('3310.4', 'en')).toBe('#');
  });
  it('sorts with the language collation and groups by letter', () => {
    const groups = groupByInitial(
      [{ term: 'número' }, { term: 'nombre' }, { term: 'ñu' }, { term: 'arma' }, { term: 'Ámbito' }],
      'es',
    );
    expect(groups.map((g) => g.letter)).toEqual(['A', 'N', 'Ñ']);
    expect(groups[0]!.items.map((i) => i.term)).toEqual(['Ámbito', 'arma']);
    expect(groups[1]!.items.map((i) => i.term)).toEqual(['nombre', 'número']);
    expect(groups[2]!.key).toBe('enye');
  });
});

describe('theme toggle', () => {
  it('flips what the reader sees', () => {
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('light');
  });
});

describe('correctAnswerText', () => {
  const base = {
    id: 'q',
    skill: 'reading-results' as const,
    prompt: { en: 'p', es: 'p' },
    explanation: { en: 'e', es: 'e' },
  };
  const words = { true: 'Verdadero', false: 'Falso' };
  it('lists the right answer of every question type in the page language', () => {
    expect(
      correctAnswerText(
        {
          ...base,
          type: 'single',
          options: [
            { id: 'a', text: { en: 'A', es: 'Á' }, correct: true },
            { id: 'b', text: { en: 'B', es: 'B' }, correct: false },
          ],
        },
        'es',
        words,
      ),
    ).toEqual(['Á']);
    expect(correctAnswerText({ ...base, type: 'truefalse', answer: false }, 'es', words)).toEqual(['Falso']);
    expect(
      correctAnswerText(
        {
          ...base,
          type: 'ordering',
          items: [
            { id: '1', text: { en: 'one', es: 'uno' } },
            { id: '2', text: { en: 'two', es: 'dos' } },
          ],
        },
        'es',
        words,
      ),
    ).toEqual(['1. uno → 2. dos']);
    expect(
      correctAnswerText(
        { ...base, type: 'matching', pairs: [{ id: 'p', left: { en: 'L', es: 'I' }, right: { en: 'R', es: 'D' } }] },
        'en',
        words,
      ),
    ).toEqual(['L — R']);
    expect(
      correctAnswerText(
        { ...base, type: 'text', accept: ['AB-1'], normalize: { case: true, spaces: true, dashes: false } },
        'en',
        words,
      ),
    ).toEqual(['AB-1']);
  });
});
