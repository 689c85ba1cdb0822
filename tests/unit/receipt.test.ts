import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CODE_CHARS, base32Decode, base32Encode, crc32, packCode, unpackCode } from '../../src/lib/codec';
import {
  decodeReceipt,
  encodeReceipt,
  receiptComplete,
  receiptFileName,
  toStamp,
  type Receipt,
} from '../../src/lib/receipt';

const assignment = {
  id: 'K7Q2M9XA',
  cohort: 'Cohorte Norte 2026',
  trainer: 'Lic. Marta Ruiz',
  contact: 'marta.ruiz@example.org',
  modules: ['fundamentals', 'identification'],
  assessment: true,
  due: '2026-12-15',
  passMark: 80,
  lang: 'es' as const,
};

const receipt: Receipt = {
  assignment,
  learner: { name: 'José Ángel Núñez', agency: 'Fiscalía de Sonora', badge: 'A-1234' },
  createdAt: '2026-12-01T17:05Z',
  items: [
    {
      id: 'fundamentals',
      status: 'passed',
      best: 88,
      bestAt: '2026-11-30T10:00Z',
      passedAt: '2026-11-29T10:00Z',
      attempts: 2,
    },
    { id: 'identification', status: 'in-progress', best: 50, bestAt: '2026-11-30T11:00Z', attempts: 1 },
    { id: 'assessment', status: 'not-started', attempts: 0 },
  ],
  scenarios: [{ id: 'first-trace', score: 7, max: 10, at: '2026-11-28T09:00Z', attempts: 3 }],
};

describe('base32 and CRC-32', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
      }),
    );
  });
  it('reads lower case and the look-alikes O, I and L', () => {
    const code = base32Encode(Uint8Array.from([0, 1, 2, 250, 33]));
    expect(base32Decode(code.toLowerCase())).toEqual(Uint8Array.from([0, 1, 2, 250, 33]));
    expect(base32Decode('O1')).toEqual(base32Decode('01'));
    expect(base32Decode('IL')).toEqual(base32Decode('11'));
  });
  it('refuses characters outside the alphabet and non-canonical endings', () => {
    expect(base32Decode('AB-C')).toBeUndefined();
    expect(base32Decode('U0')).toBeUndefined();
    expect(base32Decode('01')).toBeUndefined(); // 2 chars = 10 bits: 1 byte + 2 padding bits that must be 0
    expect(base32Decode('00')).toEqual(Uint8Array.from([0]));
  });
  it('matches the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('packCode / unpackCode', () => {
  it('round-trips JSON through deflate-raw', async () => {
    const code = await packCode('TST', 3, { a: [1, 'ñ'] });
    expect(code).toMatch(/^TST3\.[0-9A-HJKMNP-TV-Z]+$/);
    expect(await unpackCode('TST', code, [3])).toEqual({ ok: true, value: { version: 3, data: { a: [1, 'ñ'] } } });
  });
  it('names what went wrong', async () => {
    const code = await packCode('TST', 1, { a: 1 });
    expect(await unpackCode('TST', '', [1])).toEqual({ ok: false, error: 'empty' });
    expect(await unpackCode('TST', 42, [1])).toEqual({ ok: false, error: 'empty' });
    expect(await unpackCode('TST', 'X'.repeat(MAX_CODE_CHARS + 1), [1])).toEqual({ ok: false, error: 'too-long' });
    expect(await unpackCode('TST', 'hello', [1])).toEqual({ ok: false, error: 'wrong-kind' });
    expect(await unpackCode('TST', code.replace('TST1', 'TST2'), [1])).toEqual({ ok: false, error: 'unknown-version' });
    expect(await unpackCode('TST', `${code}!`, [1])).toEqual({ ok: false, error: 'bad-characters' });
    expect(await unpackCode('TST', code.slice(0, -3), [1])).toMatchObject({ ok: false });
  });
  it('ignores spaces and line breaks inside a code', async () => {
    const code = await packCode('TST', 1, { a: 1 });
    const spaced = code.replace(/(.{5})/g, '$1 ').replace(/(.{30})/g, '$1\n');
    expect(await unpackCode('TST', spaced, [1])).toMatchObject({ ok: true });
  });
  it('refuses data that inflates past the limit', async () => {
    const code = await packCode('TST', 1, 'x'.repeat(200_000));
    expect(code.length).toBeLessThan(MAX_CODE_CHARS);
    expect(await unpackCode('TST', code, [1])).toEqual({ ok: false, error: 'unreadable' });
  });
  it('reports a checksum error for a valid CRC frame over bytes that are not deflate', async () => {
    const bytes = Uint8Array.from([0xff, 0xff, 0xff]);
    const framed = new Uint8Array(7);
    framed.set(bytes);
    new DataView(framed.buffer).setUint32(3, crc32(bytes));
    expect(await unpackCode('TST', `TST1.${base32Encode(framed)}`, [1])).toEqual({ ok: false, error: 'unreadable' });
  });
});

describe('receipts', () => {
  it('round-trip, with and without an assignment', async () => {
    const code = await encodeReceipt(receipt);
    expect(code.startsWith('TRZ1.')).toBe(true);
    expect(await decodeReceipt(code)).toEqual({ ok: true, value: receipt });
    const { assignment: _a, ...course } = receipt;
    expect(await decodeReceipt(await encodeReceipt(course))).toEqual({ ok: true, value: course });
  });
  it('stay short enough for a QR code', async () => {
    const code = await encodeReceipt(receipt);
    expect(code.length).toBeLessThan(700);
    expect(code).toMatch(/^[0-9A-Z.]+$/);
  });
  it('detect every change of a single character', async () => {
    const code = await encodeReceipt(receipt);
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const body = code.indexOf('.') + 1;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: body, max: code.length - 1 }),
        fc.integer({ min: 1, max: 31 }),
        async (at, shift) => {
          const changed = alphabet[(alphabet.indexOf(code[at]!) + shift) % 32]!;
          const mangled = code.slice(0, at) + changed + code.slice(at + 1);
          const result = await decodeReceipt(mangled);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(['checksum', 'bad-characters']).toContain(result.error);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('detect a swap of two neighbouring characters and a dropped one', async () => {
    const code = await encodeReceipt(receipt);
    for (let at = 6; at < code.length - 1; at += 7) {
      if (code[at] === code[at + 1]) continue;
      const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
      expect((await decodeReceipt(swapped)).ok).toBe(false);
      expect((await decodeReceipt(code.slice(0, at) + code.slice(at + 1))).ok).toBe(false);
    }
  });
  it('refuse a well-formed code whose content is not a receipt', async () => {
    expect(await decodeReceipt(await packCode('TRZ', 1, { hello: 'world' }))).toEqual({ ok: false, error: 'invalid' });
    expect(await decodeReceipt(await packCode('TRZ', 1, [0, ['', '', ''], '2026-12-01T17:05Z', [], []]))).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(await decodeReceipt(await packCode('TRZ', 1, [0, ['A', '', ''], 'yesterday', [], []]))).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(
      await decodeReceipt(
        await packCode('TRZ', 1, [0, ['A', '', ''], '2026-12-01T17:05Z', [['m', 9, -1, '', 0, '']], []]),
      ),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(await decodeReceipt(await packCode('TRZ', 2, [0, ['A', '', ''], '2026-12-01T17:05Z', [], []]))).toEqual({
      ok: false,
      error: 'unknown-version',
    });
    expect(await decodeReceipt(await packCode('TRA', 1, [0, ['A', '', ''], '2026-12-01T17:05Z', [], []]))).toEqual({
      ok: false,
      error: 'wrong-kind',
    });
  });
  it('never throw on random input, and always say why', async () => {
    const errors = new Set([
      'empty',
      'too-long',
      'wrong-kind',
      'unknown-version',
      'bad-characters',
      'checksum',
      'unreadable',
      'invalid',
    ]);
    const check = async (input: unknown) => {
      const result = await decodeReceipt(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(errors.has(result.error)).toBe(true);
    };
    await fc.assert(fc.asyncProperty(fc.string(), check), { numRuns: 300 });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom(...'TRZ1.0123456789ABCDEFGHJKMNPQRSTVWXYZ') }).map((s) => `TRZ1.${s}`),
        check,
      ),
      { numRuns: 300 },
    );
    await fc.assert(fc.asyncProperty(fc.anything(), check), { numRuns: 100 });
    // Valid frames (right CRC) around random JSON: the payload check must catch them.
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => check(await packCode('TRZ', 1, v))),
      { numRuns: 200 },
    );
  });
  it('are complete when every item is passed', () => {
    expect(receiptComplete(receipt)).toBe(false);
    expect(
      receiptComplete({ ...receipt, items: receipt.items.map((i) => ({ ...i, status: 'passed' as const })) }),
    ).toBe(true);
    expect(receiptComplete({ ...receipt, items: [] })).toBe(false);
  });
  it('have a plain file name and minute stamps', () => {
    expect(receiptFileName(receipt)).toBe('traza-receipt-jose-angel-nunez-2026-12-01.txt');
    expect(receiptFileName({ ...receipt, learner: { ...receipt.learner, name: '<>' } })).toBe(
      'traza-receipt-learner-2026-12-01.txt',
    );
    expect(toStamp('2026-11-30T17:05:42.123Z')).toBe('2026-11-30T17:05Z');
  });
});

describe('QR codes and dates for receipts', () => {
  it('draw one path of dark runs inside a quiet zone', async () => {
    const { qrPath } = await import('../../src/lib/qr');
    const { size, path } = qrPath('TRZ1.ABC', 'L');
    expect(size).toBe(21 + 8);
    expect(path.startsWith('M4 4h7v1h-7z')).toBe(true); // the top row of the finder pattern
    expect(path).not.toMatch(/[<>"]/);
    expect(qrPath('x'.repeat(700), 'L').size).toBeGreaterThan(size);
  });
  it('format days and moments in the page language', async () => {
    const { formatDate } = await import('../../src/lib/format-date');
    expect(formatDate('2026-12-15', 'en')).toBe('Dec 15, 2026');
    expect(formatDate('2026-12-15', 'es')).toMatch(/^15 dic\.? 2026$/);
    expect(formatDate('not a date', 'es')).toBe('not a date');
  });
});
