import { describe, expect, it } from 'vitest';
import {
  checkTerms,
  formatTermProblems,
  preferredForm,
  proseOnly,
  rulesFromGlossary,
  startsSentence,
  type TermRule,
} from '../../src/lib/term-check';

const rule = (variant: string, preferred: string, lang: 'en' | 'es' = 'es'): TermRule => ({
  lang,
  variant,
  preferred,
  origin: 'test',
});
const check = (rules: TermRule[], text: string, lang: 'en' | 'es' = 'es') =>
  checkTerms(rules, [{ file: 'x.mdx', lang, text }]);

describe('rulesFromGlossary', () => {
  it('turns each avoided variant into a rule that names the term without its gloss', () => {
    const rules = rulesFromGlossary([
      {
        id: 'bona-fide-investigation',
        en: { term: 'bona fide criminal investigation' },
        es: { term: 'investigación penal legítima (bona fide)', avoid: ['investigación penal de buena fe'] },
      },
    ]);
    expect(rules).toEqual([
      {
        lang: 'es',
        variant: 'investigación penal de buena fe',
        preferred: 'investigación penal legítima',
        origin: 'glossary: bona-fide-investigation',
      },
    ]);
  });
  it('keeps a term that is only a parenthesis', () => {
    expect(preferredForm('(S)')).toBe('(S)');
    expect(preferredForm('FGR (Fiscalía General de la República)')).toBe('FGR');
  });
});

describe('checkTerms', () => {
  const buenaFe = rule('investigación penal de buena fe', 'investigación penal legítima');

  it('names the file, the line, the variant as written and the preferred term', () => {
    const problems = check([buenaFe], 'Primera línea.\nSolo para una Investigación Penal de Buena Fe.');
    expect(problems).toEqual([
      {
        file: 'x.mdx',
        line: 2,
        found: 'Investigación Penal de Buena Fe',
        preferred: 'investigación penal legítima',
        origin: 'test',
      },
    ]);
  });

  it('counts lines from where the text starts in its file', () => {
    const [problem] = checkTerms(
      [buenaFe],
      [{ file: 'g.yaml', lang: 'es', text: 'a\nuna investigación penal de buena fe', line: 40 }],
    );
    expect(problem?.line).toBe(41);
  });

  it('finds a variant broken across lines or split by a component tag', () => {
    expect(check([buenaFe], 'una investigación penal de\nbuena fe')).toHaveLength(1);
    expect(
      check([buenaFe], 'una <Term id="bona-fide-investigation">investigación penal de buena fe</Term>'),
    ).toHaveLength(1);
  });

  it('matches whole words only', () => {
    const ojo = rule('Ojo:', 'Importante:');
    expect(check([ojo], 'Ojo: estas cifras son de AP.')).toHaveLength(1);
    expect(check([ojo], 'Un piojo: no.')).toHaveLength(0);
    expect(check([rule('evidencia', 'indicio')], 'Las evidencias y la evidencia.')).toHaveLength(1);
    expect(
      check([rule('formato 3312.1', 'formulario 3312.1')], 'el formato 3312.10 y el formato 3312.1(S)'),
    ).toHaveLength(1);
  });

  it('reports a variant inside a longer variant once, as the longer one', () => {
    const rules = [rule('fiscalía federal', 'FGR'), rule('fiscalía federal mexicana', 'FGR')];
    expect(check(rules, 'la fiscalía federal mexicana y la fiscalía federal').map((p) => p.found)).toEqual([
      'fiscalía federal mexicana',
      'fiscalía federal',
    ]);
  });

  it('only applies a rule to texts in its language', () => {
    expect(check([buenaFe], 'investigación penal de buena fe', 'en')).toHaveLength(0);
  });

  it('skips elements in another language, code and attribute values', () => {
    const nrc = rule('National Research Council', 'Consejo Nacional de Investigación');
    expect(
      check([nrc], 'el Consejo Nacional de Investigación (<span lang="en">National Research Council</span>)'),
    ).toHaveLength(0);
    expect(
      check([nrc], 'el <cite lang="en"><span>National Research Council</span></cite> y el National Research Council'),
    ).toHaveLength(1);
    expect(check([nrc], 'se escribe `National Research Council`')).toHaveLength(0);
    expect(check([rule('bona fide', 'legítima')], '<Term id="bona fide">legítima</Term>')).toHaveLength(0);
  });

  it('does not flag a variant that is part of the preferred wording', () => {
    const bonaFide = rule('bona fide', 'bona fide criminal investigation', 'en');
    expect(check([bonaFide], 'a bona fide criminal investigation', 'en')).toHaveLength(0);
    expect(check([bonaFide], 'a bona fide inquiry', 'en')).toHaveLength(1);
  });

  describe('a variant that differs only in case', () => {
    const formulario = rule('Formulario 3312.1', 'formulario 3312.1');

    it('matches case-sensitively inside a sentence', () => {
      expect(check([formulario], 'Llene el Formulario 3312.1 completo.')).toHaveLength(1);
      expect(check([formulario], 'Llene el formulario 3312.1 completo.')).toHaveLength(0);
    });

    it('allows the capital that starts a sentence, heading, list item or table cell', () => {
      expect(check([formulario], 'Formulario 3312.1: así se llama.')).toHaveLength(0);
      expect(check([formulario], 'Listo. Formulario 3312.1 en mano.')).toHaveLength(0);
      expect(check([formulario], '## Formulario 3312.1 y sus partes')).toHaveLength(0);
      expect(check([formulario], 'Los datos:\n- Formulario 3312.1 completo')).toHaveLength(0);
      expect(check([formulario], '| Formulario 3312.1 | dato |')).toHaveLength(0);
      expect(check([formulario], '| dato | Formulario 3312.1 |')).toHaveLength(0);
      expect(check([formulario], '¿"Formulario 3312.1"?')).toHaveLength(0);
    });

    it('still flags a capital after a line break inside a sentence', () => {
      expect(check([formulario], 'Para el rastreo se usa el\nFormulario 3312.1 de la ATF.')).toHaveLength(1);
    });
  });
});

describe('proseOnly', () => {
  it('keeps line breaks, so line numbers survive', () => {
    const text = 'import X from "./x";\n<Figure caption="a">\n```\ncode\n```\ntext';
    const prose = proseOnly(text, 'es');
    expect(prose.split('\n')).toHaveLength(text.split('\n').length);
    expect(prose.trim()).toBe('text');
  });
  it('blanks an English element in Spanish text but keeps a Spanish one', () => {
    expect(proseOnly('a <span lang="en">Gun Control Act</span> b', 'es').replace(/\s+/g, ' ')).toBe('a b');
    expect(proseOnly('a <span lang="es">ley</span> b', 'es').replace(/\s+/g, ' ')).toBe('a ley b');
  });
});

describe('startsSentence', () => {
  it('treats the start of the text and the end of a sentence as a sentence start', () => {
    expect(startsSentence('Hola', 0)).toBe(true);
    expect(startsSentence('Fin. Hola', 5)).toBe(true);
    expect(startsSentence('el Hola', 3)).toBe(false);
  });
});

describe('formatTermProblems', () => {
  it('writes one line per problem with file:line', () => {
    const text = formatTermProblems([
      { file: 'a.mdx', line: 3, found: 'Ojo:', preferred: 'Importante:', origin: 'docs/spanish-style.md' },
    ]);
    expect(text).toBe('  a.mdx:3 → "Ojo:": write "Importante:" (docs/spanish-style.md)');
  });
});
