import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packCode } from '../../src/lib/codec';
import {
  assignmentItems,
  assignmentLink,
  checkAssignmentDraft,
  decodeAssignment,
  encodeAssignment,
  isCalendarDate,
  newAssignmentId,
  toAssignment,
  unpackAssignment,
  type AssignmentDraft,
} from '../../src/lib/assignment';

const modules = ['fundamentals', 'identification', 'preparing', 'submitting', 'results', 'leads'];
const draft: AssignmentDraft = {
  cohort: '  Cohorte Norte <b>2026</b> ',
  trainer: 'Lic. Marta Ruiz',
  contact: 'marta@example.org',
  modules: ['identification', 'fundamentals'],
  assessment: true,
  due: '2026-12-15',
  passMark: '85',
  lang: 'es',
};

describe('the builder form', () => {
  it('accepts a complete draft and keeps the course order', () => {
    expect(checkAssignmentDraft(draft, modules)).toEqual([]);
    const a = toAssignment(draft, 'K7Q2M9XA', modules);
    expect(a).toMatchObject({
      cohort: 'Cohorte Norte <b>2026</b>',
      modules: ['fundamentals', 'identification'],
      passMark: 85,
    });
    expect(assignmentItems(a)).toEqual(['fundamentals', 'identification', 'assessment']);
  });
  it('lists every problem in the order of the form', () => {
    const bad = {
      ...draft,
      cohort: ' ',
      trainer: 'x'.repeat(121),
      modules: [],
      assessment: false,
      due: '2026-02-30',
      passMark: '0',
    };
    expect(checkAssignmentDraft(bad, modules)).toEqual([
      { field: 'cohort', problem: 'required' },
      { field: 'trainer', problem: 'too-long' },
      { field: 'modules', problem: 'required' },
      { field: 'due', problem: 'invalid' },
      { field: 'passMark', problem: 'invalid' },
    ]);
    expect(checkAssignmentDraft({ ...draft, modules: ['nope'], due: '', passMark: '80.5' }, modules)).toEqual([
      { field: 'modules', problem: 'invalid' },
      { field: 'due', problem: 'required' },
      { field: 'passMark', problem: 'invalid' },
    ]);
  });
  it('knows real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('15/12/2026')).toBe(false);
  });
  it('makes ids from random bytes', () => {
    expect(newAssignmentId(() => Uint8Array.from([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(newAssignmentId()).toMatch(/^[0-9A-Z]{8}$/);
  });
});

describe('assignment links', () => {
  const a = toAssignment(draft, 'K7Q2M9XA', modules);
  it('round-trip as a code, a fragment and a whole link', async () => {
    const code = await encodeAssignment(a);
    expect(code).toMatch(/^TRA1\./);
    expect(await decodeAssignment(code, modules)).toEqual({ ok: true, value: a });
    const link = assignmentLink('https://traza.example.org', { en: '/en/assignment/', es: '/es/assignment/' }, a, code);
    expect(link).toBe(`https://traza.example.org/es/assignment/#${code}`);
    expect(await decodeAssignment(link, modules)).toEqual({ ok: true, value: a });
    expect(await decodeAssignment(`#${encodeURIComponent(code)}`, modules)).toEqual({ ok: true, value: a });
  });
  it('report a mangled link plainly', async () => {
    const code = await encodeAssignment(a);
    expect(await decodeAssignment(code.slice(0, -4), modules)).toMatchObject({ ok: false });
    expect(await decodeAssignment('#', modules)).toEqual({ ok: false, error: 'empty' });
    expect(await decodeAssignment('#%E0%A4%A', modules)).toEqual({ ok: false, error: 'wrong-kind' });
    expect(await decodeAssignment(`#${'A'.repeat(20_000)}`, modules)).toEqual({ ok: false, error: 'too-long' });
    const unknownModule = await encodeAssignment({ ...a, modules: ['ballistics'] });
    expect(await decodeAssignment(unknownModule, modules)).toEqual({ ok: false, error: 'invalid' });
    expect(await decodeAssignment(unknownModule)).toMatchObject({ ok: true });
  });
  it('check every field of a well-formed code', () => {
    const packed = ['K7Q2M9XA', 'C', 'T', '', ['fundamentals'], 0, '2026-12-15', 80, 'es'];
    expect(unpackAssignment(packed)).toBeDefined();
    const variants: [number, unknown][] = [
      [0, 'bad id'],
      [1, ' '],
      [4, []],
      [4, ['fundamentals', 'fundamentals']],
      [5, 2],
      [6, '2026-02-30'],
      [7, 80.5],
      [7, 101],
      [8, 'fr'],
    ];
    for (const [i, value] of variants) {
      const copy: unknown[] = [...packed];
      copy[i] = value;
      expect(unpackAssignment(copy), `field ${i} = ${JSON.stringify(value)}`).toBeUndefined();
    }
    expect(unpackAssignment([...packed.slice(0, 4), [], 1, ...packed.slice(6)])).toBeDefined();
    expect(unpackAssignment(packed.slice(1))).toBeUndefined();
  });
  it('never throw on random input', async () => {
    const check = async (input: unknown) => {
      const result = await decodeAssignment(input, modules);
      expect(result.ok).toBe(false);
    };
    await fc.assert(fc.asyncProperty(fc.string(), check), { numRuns: 300 });
    await fc.assert(
      fc.asyncProperty(
        fc.string().map((s) => `https://x/es/assignment/#TRA1.${s}`),
        check,
      ),
      { numRuns: 200 },
    );
    await fc.assert(fc.asyncProperty(fc.anything(), check), { numRuns: 100 });
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => check(await packCode('TRA', 1, v))),
      { numRuns: 200 },
    );
  });
});
