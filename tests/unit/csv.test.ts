import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, guardFormula, toCsv } from '../../src/lib/csv';

/** A strict RFC 4180 reader, to check that what we write reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('file does not end with CRLF');
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and keeps accents', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('López, José')).toBe('"López, José"');
    expect(csvField('the "Norte" cohort')).toBe('"the ""Norte"" cohort"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField('Policía Ñuñoa')).toBe('Policía Ñuñoa');
    expect(csvField(88)).toBe('88');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
  it('starts with a BOM and separates records with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['1', 'José'],
    ]);
    expect(csv).toBe(`${BOM}a,b\r\n1,José\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(Uint8Array.from([0xef, 0xbb, 0xbf]));
  });
  it('guards cells a spreadsheet would run as formulas', () => {
    for (const danger of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(guardFormula(danger)).toBe(`'${danger}`);
    }
    expect(guardFormula('José')).toBe('José');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvField(-5)).toBe('-5');
  });
  it('reads back exactly what was written (formula guard aside)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'ñ', ',', '"', '\n', '\r', ' ', '=', '+', '-', '@', '\t', 'é'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = parseCsv(toCsv(rows).slice(1));
        expect(parsed).toEqual(rows.map((r) => r.map(guardFormula)));
      }),
    );
  });
});
