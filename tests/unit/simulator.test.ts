// The simulator engine (src/lib/simulator): comparisons, validation rules, grading feedback,
// result selection, scoring, transitions and drafts, on real scenario files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import en from '../../src/i18n/en.json';
import { scenarioSchema } from '../../src/schemas/scenario';
import { checkScenarios } from '../../src/lib/simulator/check';
import { diagnoseSerial, hasLookalike, isUnitedStates, matchesAnswer, normName } from '../../src/lib/simulator/compare';
import { daysBetween, isIsoDay } from '../../src/lib/simulator/dates';
import { parseDraft, scenarioFingerprint } from '../../src/lib/simulator/draft';
import * as engine from '../../src/lib/simulator/engine';
import {
  FIELDS,
  FIREARM_TYPES,
  LAB_STATUSES,
  LOCATIONS,
  REASONS,
  ROLES,
  SEXES,
  SIDES,
  type FieldId,
  type FormValues,
} from '../../src/lib/simulator/fields';
import { expectedForm, gradeField, gradedFields, type VerdictCode } from '../../src/lib/simulator/grade';
import { localizeScenario, type LocalScenario } from '../../src/lib/simulator/localize';
import { selectResult } from '../../src/lib/simulator/result';
import { scoreAttempt } from '../../src/lib/simulator/score';
import { canSubmit, validateRequest, type IssueCode } from '../../src/lib/simulator/validate';

const TODAY = '2026-11-30';
const NOW = new Date('2026-11-30T12:00:00Z');
const dir = join(import.meta.dirname, '../../content/scenarios');
const raw = (id: string) => scenarioSchema.parse(parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')));
const load = (id: string, lang: 'en' | 'es' = 'en') => localizeScenario(raw(id), lang);

const pistol = load('pistol-short-ttc');
const rifle = load('imported-rifle');
const revolver = load('revolver-numbers');
const obliterated = load('obliterated-serial');
const shotgun = load('old-shotgun');
const urgent = load('urgent-kidnapping');
const corrected = load('corrected-request');
const foreign = load('never-imported');

const right = (s: LocalScenario, stage = 0) =>
  expectedForm(s, stage, TODAY, 'A victim is still held; the trace may identify accomplices.');
const codes = (form: FormValues) =>
  validateRequest(form, { today: TODAY }).map((i) => `${i.level}:${i.code}:${i.field}`);
const verdict = (s: LocalScenario, field: FieldId, value: string, stage = 0, base = right(s, stage)) =>
  gradeField(s, stage, { ...base, [field]: value }, field);

describe('comparing entries with the markings', () => {
  it('forgives case, accents, spaces and dots in names, and accepts listed aliases', () => {
    expect(normName(' Demo  Arms Co. ')).toBe(normName('DEMO ARMS CO'));
    expect(normName('México')).toBe('mexico');
    expect(matchesAnswer('armi fittizie srl', { value: 'Armi Fittizie S.r.l.', accept: [] })).toBe(true);
    expect(matchesAnswer('Italia', { value: 'Italy', accept: ['Italia'] })).toBe(true);
    expect(matchesAnswer('', { value: 'Italy', accept: [] })).toBe(false);
  });

  it('is strict on serial characters, prefixes, hyphens and zeros, and says what went wrong', () => {
    expect(diagnoseSerial('dx 104829', 'DX104829')).toEqual({ kind: 'ok' });
    expect(diagnoseSerial('DX1O4829', 'DX104829')).toEqual({ kind: 'lookalike', position: 4, typed: 'O', marked: '0' });
    expect(diagnoseSerial('SB1O5O22', 'SB105022')).toMatchObject({ kind: 'lookalike', position: 4 });
    expect(diagnoseSerial('ZP 64O9I8', 'ZP 640918')).toMatchObject({ kind: 'lookalike' });
    expect(diagnoseSerial('KT0219', '57112345-KT0219')).toEqual({ kind: 'prefix-missing' });
    expect(diagnoseSerial('57112345KT0219', '57112345-KT0219')).toEqual({ kind: 'hyphen-missing' });
    expect(diagnoseSerial('FT 41773', 'FT 0041773')).toEqual({ kind: 'leading-zero' });
    expect(diagnoseSerial('DX104828', 'DX104829')).toEqual({ kind: 'mismatch' });
    expect(diagnoseSerial('  ', 'DX104829')).toEqual({ kind: 'empty' });
  });

  it('knows the U.S. under its usual names in both languages, and spots O or I among digits', () => {
    for (const name of ['USA', 'U.S.A.', 'United States', 'Estados Unidos', 'EE. UU.', 'EUA'])
      expect(isUnitedStates(name), name).toBe(true);
    expect(isUnitedStates('Italy')).toBe(false);
    expect(hasLookalike('SB1O5022')).toBe(true);
    expect(hasLookalike('DX104829')).toBe(false);
    expect(hasLookalike('OLD')).toBe(false);
  });

  it('counts calendar days', () => {
    expect(daysBetween('2026-01-20', '2026-03-14')).toBe(53);
    expect(isIsoDay('2026-02-31')).toBe(false);
    expect(isIsoDay('2026-02-28')).toBe(true);
  });
});

describe('validation: each rule fires on the wrong input', () => {
  const cases: [string, Partial<FormValues>, string][] = [
    ['a required field is empty', { caliber: '' }, 'error:required:caliber'],
    ['the serial is empty', { serial: '' }, 'error:required:serial'],
    ['a fixed-list field holds something else', { type: 'cannon' }, 'error:choice:type'],
    ['a field is far too long', { model: 'x'.repeat(200) }, 'error:tooLong:model'],
    ['the serial has characters no serial has', { serial: 'DX10#829' }, 'error:serialChars:serial'],
    ['the serial was read from the slide', { serialLocation: 'slide' }, 'error:serialLocation:serialLocation'],
    ['a foreign country has no importer', { country: 'Italy', importer: '' }, 'error:importerRequired:importer'],
    [
      'an importer and "no importer marks" together',
      { country: 'Italy', importer: 'Demo Import Group', noImporter: 'yes' },
      'error:importerConflict:importer',
    ],
    ['the agency code is not in Traza format', { agency: 'ABC123' }, 'error:agencyFormat:agency'],
    ['the case number has spaces', { caseNumber: 'TRZ 0101 2026' }, 'error:caseFormat:caseNumber'],
    ['the officer name has digits', { officer: 'Agent 47' }, 'error:nameFormat:officer'],
    ['a date is not a real date', { recoveryDate: '2026-02-31' }, 'error:dateFormat:recoveryDate'],
    ['a date is in the future', { recoveryDate: '2026-12-01' }, 'error:dateFuture:recoveryDate'],
    ['the request date is in the future', { requestDate: '2027-01-01' }, 'error:dateFuture:requestDate'],
    ['the recovery is after the request', { requestDate: '2026-03-01' }, 'error:recoveryAfterRequest:recoveryDate'],
    [
      'the possessor was born after the recovery',
      { possessorDob: '2026-05-01' },
      'error:dobAfterRecovery:possessorDob',
    ],
    [
      'an urgent request has no justification',
      { priority: 'urgent', justification: '' },
      'error:justificationRequired:justification',
    ],
    [
      'an urgent request has a one-word justification',
      { priority: 'urgent', justification: 'urgent' },
      'warning:justificationShort:justification',
    ],
    ['model and serial are the same', { model: 'DX104829' }, 'warning:modelIsSerial:serial'],
    ['the serial mixes O with digits', { serial: 'DX1O4829' }, 'warning:lookalike:serial'],
    ['an importer for a U.S.-made gun', { importer: 'Demo Import Group' }, 'warning:importerForUs:importer'],
    ['"no importer marks" on a U.S.-made gun', { noImporter: 'yes' }, 'warning:noImporterUs:noImporter'],
    [
      'a foreign gun with no importer marks',
      { country: 'Yugoslavia', noImporter: 'yes' },
      'warning:noImporter:noImporter',
    ],
    [
      'importer and manufacturer are the same',
      { country: 'Italy', importer: 'Demo Arms Co.' },
      'warning:importerIsMaker:importer',
    ],
    ['no possessor', { possessorName: '' }, 'warning:noPossessor:possessorName'],
    [
      'a nickname in the possessor name',
      { possessorName: 'Mario "El Demo" Ficticio' },
      'warning:nicknameInName:possessorName',
    ],
  ];
  it.each(cases)('%s', (_, change, expected) => {
    expect(codes({ ...right(pistol), ...change })).toContain(expected);
  });

  it('the right answers raise nothing', () => {
    expect(codes(right(pistol))).toEqual([]);
  });

  it('the obliterated flag makes its section required and the full serial optional', () => {
    const flagged = { ...right(pistol), obliterated: 'yes', serial: '', serialLocation: '' };
    expect(codes(flagged)).toEqual(
      expect.arrayContaining(['error:required:oblitLocation', 'error:required:labStatus']),
    );
    expect(codes(flagged)).not.toContain('error:required:serial');
    expect(codes({ ...flagged, oblitLocation: 'frame', labStatus: 'pending' })).toEqual([]);
    expect(codes({ ...flagged, oblitLocation: 'frame', labStatus: 'restored' })).toContain(
      'error:restoredSerial:serial',
    );
    expect(codes({ ...flagged, oblitLocation: 'frame', labStatus: 'not-sent' })).toContain(
      'warning:labNotSent:labStatus',
    );
  });

  it('every issue code has a message in en.json', () => {
    const all: IssueCode[] = [
      ...new Set(cases.map((c) => c[2].split(':')[1] as IssueCode)),
      'restoredSerial',
      'labNotSent',
    ];
    for (const code of all) expect(en, code).toHaveProperty([`sim.i.${code}`]);
  });

  it('a warning blocks submission until it is confirmed, and a changed value needs a new confirmation', () => {
    const issues = validateRequest({ ...right(pistol), model: 'DX104829' }, { today: TODAY });
    expect(canSubmit(issues, [])).toBe(false);
    expect(
      canSubmit(
        issues,
        issues.map((i) => i.key),
      ),
    ).toBe(true);
    const changed = validateRequest({ ...right(pistol), model: 'DX104829', serial: 'DX104829 ' }, { today: TODAY });
    expect(changed.map((i) => i.key)).toEqual(issues.map((i) => i.key));
    const other = validateRequest({ ...right(pistol), model: 'DX9', serial: 'DX9' }, { today: TODAY });
    expect(
      canSubmit(
        other,
        issues.map((i) => i.key),
      ),
    ).toBe(false);
  });
});

describe('grading says what went wrong and where to look', () => {
  const cases: [string, LocalScenario, FieldId, string, VerdictCode][] = [
    ['the model typed as the serial', pistol, 'serial', 'DX9', 'isModel'],
    ['the serial typed as the model', pistol, 'model', 'DX104829', 'isSerial'],
    ['a letter O for a zero', pistol, 'serial', 'DX1O4829', 'lookalike'],
    ['a number from another part of the gun', rifle, 'serial', '.308 WIN', 'serialElsewhere'],
    ['a serial misread', pistol, 'serial', 'DX104828', 'wrong'],
    ['the license prefix dropped', urgent, 'serial', 'KT0219', 'prefixMissing'],
    ['the hyphen dropped', urgent, 'serial', '57112345KT0219', 'hyphenMissing'],
    ['leading zeros dropped', rifle, 'serial', 'FT41773', 'leadingZero'],
    ['the importer as manufacturer', rifle, 'manufacturer', 'Demo Import Group', 'importerAsMaker'],
    ['the manufacturer as importer', rifle, 'importer', 'Armi Fittizie', 'makerAsImporter'],
    ['no importer on an import', rifle, 'importer', '', 'importerMissing'],
    ["the importer's country as the gun's", rifle, 'country', 'USA', 'countryIsImporter'],
    ['an importer on a U.S. gun', pistol, 'importer', 'Demo Import Group', 'importerForDomestic'],
    ['an invented importer on a gun with none', foreign, 'importer', 'Some Importer', 'noImporterMarks'],
    ['the serial read from the slide', pistol, 'serialLocation', 'slide', 'mainBody'],
    ['urgent when nothing is', pistol, 'priority', 'urgent', 'shouldBeRoutine'],
    ['routine when a life is at stake', urgent, 'priority', 'routine', 'shouldBeUrgent'],
    ["today's date as the recovery date", pistol, 'recoveryDate', TODAY, 'recoveryIsToday'],
    ['a nickname in the name', pistol, 'possessorName', 'Mario Ficticio López El Demo', 'nicknameInName'],
    ['a case number not from the file', pistol, 'caseNumber', 'TRZ-0102/2026', 'fromFile'],
    ['an obliterated serial left unflagged', obliterated, 'obliterated', 'no', 'shouldBeObliterated'],
  ];
  it.each(cases)('%s', (_, s, field, value, code) => {
    const v = verdict(s, field, value);
    expect(v.ok).toBe(false);
    expect(v.code).toBe(code);
    expect(en, code).toHaveProperty([`sim.v.${code}`]);
  });

  it("uses a scenario's own feedback for its known traps", () => {
    const v = verdict(revolver, 'serial', '4,567,890');
    expect(v).toMatchObject({ ok: false, code: 'trap' });
    expect(v.text).toMatch(/patent number/);
    expect(verdict(load('revolver-numbers', 'es'), 'serial', '4567890').text).toMatch(/número de patente/);
    expect(verdict(foreign, 'country', 'Serbia').text).toMatch(/as it existed/);
  });

  it('accepts aliases and the other language', () => {
    expect(verdict(rifle, 'country', 'Italia').ok).toBe(true);
    expect(verdict(pistol, 'country', 'Estados Unidos').ok).toBe(true);
    expect(verdict(pistol, 'manufacturer', 'demo arms').ok).toBe(true);
    expect(verdict(pistol, 'caliber', '9 mm').ok).toBe(true);
    expect(verdict(foreign, 'importer', '').ok).toBe(true);
  });

  it('grades the serial at each stage of a restoration', () => {
    expect(gradedFields(obliterated, 0)).not.toContain('serial');
    expect(gradedFields(obliterated, 1)).toContain('serial');
    expect(verdict(obliterated, 'labStatus', 'pending', 0).ok).toBe(true);
    expect(verdict(obliterated, 'labStatus', 'pending', 1).ok).toBe(false);
    expect(verdict(obliterated, 'serial', 'PW207416', 1).ok).toBe(true);
  });
});

describe('result selection: wrong data gets the result that data would get', () => {
  it('a right request gets the completed chain and its time-to-crime', () => {
    const r = selectResult(pistol, 0, right(pistol));
    expect(r).toMatchObject({ outcome: 'completed', causes: [], retailDate: '2026-01-20', ttcDays: 53 });
    expect(r.chain.map((l) => l.role)).toEqual(['manufacturer', 'wholesaler', 'dealer', 'purchaser']);
  });

  it('time-to-crime uses the recovery date on the request', () => {
    expect(selectResult(pistol, 0, { ...right(pistol), recoveryDate: '2026-03-24' }).ttcDays).toBe(63);
  });

  it('a wrong serial (or a model or patent number in its place) is "record not found"', () => {
    for (const serial of ['DX1O4829', 'DX9']) {
      expect(selectResult(pistol, 0, { ...right(pistol), serial })).toMatchObject({
        outcome: 'not-completed',
        reason: 'not-found',
        causes: ['serial'],
      });
    }
    expect(selectResult(revolver, 0, { ...right(revolver), serial: '4,567,890' })).toMatchObject({
      reason: 'not-found',
    });
  });

  it('an import sent as U.S.-made with no importer is "incomplete or wrong data"', () => {
    const r = selectResult(rifle, 0, { ...right(rifle), country: 'USA', importer: '' });
    expect(r).toMatchObject({ outcome: 'not-completed', reason: 'bad-data' });
    expect(r.causes).toEqual(expect.arrayContaining(['country', 'importer']));
  });

  it('maker and importer swapped is "incomplete or wrong data"', () => {
    const swapped = { ...right(rifle), manufacturer: 'Demo Import Group', importer: 'Armi Fittizie S.r.l.' };
    expect(selectResult(rifle, 0, swapped)).toMatchObject({ reason: 'bad-data', causes: ['manufacturer', 'importer'] });
  });

  it('a flagged serial with nothing restored has nothing to look up', () => {
    expect(selectResult(obliterated, 0, right(obliterated, 0))).toMatchObject({ reason: 'obliterated', causes: [] });
    const wronglyFlagged = {
      ...right(pistol),
      obliterated: 'yes',
      oblitLocation: 'frame',
      labStatus: 'pending',
      serial: '',
    };
    expect(selectResult(pistol, 0, wronglyFlagged)).toMatchObject({ reason: 'obliterated', causes: ['obliterated'] });
    expect(
      selectResult(obliterated, 0, { ...right(obliterated, 0), labStatus: 'restored', serial: 'PW123456' }),
    ).toMatchObject({ reason: 'not-found' });
    expect(selectResult(obliterated, 1, right(obliterated, 1))).toMatchObject({ outcome: 'completed' });
  });

  it("a right request for a gun that cannot be traced gets the scenario's own reason", () => {
    expect(selectResult(shotgun, 0, right(shotgun))).toMatchObject({ reason: 'too-old', causes: [] });
    expect(selectResult(foreign, 0, right(foreign))).toMatchObject({ reason: 'never-imported', causes: [] });
    expect(selectResult(foreign, 0, { ...right(foreign), noImporter: '', importer: 'Invented Imports' })).toMatchObject(
      { reason: 'bad-data' },
    );
  });

  it('every reason and role has its words in en.json', () => {
    for (const r of REASONS) expect(en).toHaveProperty([`sim.reason.${r}`]);
    for (const r of ROLES) expect(en).toHaveProperty([`sim.role.${r}`]);
  });
});

describe('the walkthrough state machine', () => {
  const begin = (s: LocalScenario, mode: engine.Mode = 'practice') =>
    engine.start(engine.initialState(s, 'v', NOW, TODAY), mode);
  const withForm = (st: engine.SimState, form: FormValues) => ({ ...st, form });
  const toReview = (st: engine.SimState) => engine.next(engine.next(engine.next(st)));

  it('does not leave the brief before a mode is chosen', () => {
    const st = engine.initialState(pistol, 'v', NOW, TODAY);
    expect(engine.next(st).step).toBe('brief');
    expect(engine.start(st, 'assessment')).toMatchObject({ step: 'evidence', mode: 'assessment' });
  });

  it('goes back and forth through the form steps, and edits from the review', () => {
    let st = begin(pistol);
    st = toReview(st);
    expect(st.step).toBe('review');
    expect(engine.back(st).step).toBe('request');
    expect(engine.editStep(st, 'identify').step).toBe('identify');
    expect(engine.next(engine.next(engine.next(engine.next(st)))).step).toBe('review');
  });

  it('starts with today as the request date, and a correction from the request as sent', () => {
    expect(engine.initialState(pistol, 'v', NOW, TODAY).form.requestDate).toBe(TODAY);
    const st = engine.initialState(corrected, 'v', NOW, TODAY);
    expect(st.form.serial).toBe('SB1O5O22');
    expect(st.form.caseNumber).toBe('PE-0456/2026');
    expect(engine.isLocked(st, corrected, 'caseNumber')).toBe(true);
    expect(engine.isLocked(st, corrected, 'serial')).toBe(false);
  });

  it('refuses to submit while an error or an unconfirmed warning remains', () => {
    const st = toReview(withForm(begin(pistol), { ...right(pistol), caliber: '' }));
    expect(engine.submit(st, pistol, TODAY).sent).toBe(false);
    const warned = toReview(withForm(begin(pistol), { ...right(pistol), possessorName: '' }));
    const refused = engine.submit(warned, pistol, TODAY);
    expect(refused.sent).toBe(false);
    const confirmed = refused.issues.reduce((x, i) => engine.setConfirmed(x, i.key, true), warned);
    expect(engine.submit(confirmed, pistol, TODAY).sent).toBe(true);
  });

  it('a not-completed trace can be corrected and resubmitted under the same case number', () => {
    let st = toReview(withForm(begin(pistol), { ...right(pistol), serial: 'DX1O4829' }));
    st = engine.setConfirmed(st, engine.issuesOf(st, TODAY)[0]!.key, true);
    st = engine.submit(st, pistol, TODAY).state;
    expect(st.step).toBe('result');
    expect(engine.canResubmit(st)).toBe(true);
    expect(st.misses).toEqual(['serial']);
    st = engine.resubmit(st, pistol);
    expect(st).toMatchObject({ step: 'identify', stage: 0, confirmed: [] });
    expect(engine.isLocked(st, pistol, 'caseNumber')).toBe(true);
    st = toReview(engine.setField(st, 'serial', 'DX104829'));
    st = engine.submit(st, pistol, TODAY).state;
    expect(engine.lastSubmission(st)?.outcome).toBe('completed');
    expect(engine.canResubmit(st)).toBe(false);
  });

  it('moves to the restored stage after the first request of an obliterated serial', () => {
    let st = toReview(withForm(begin(obliterated), right(obliterated, 0)));
    st = engine.submit(st, obliterated, TODAY).state;
    expect(engine.restorationKnown(st, obliterated)).toBe(true);
    st = engine.resubmit(st, obliterated);
    expect(st.stage).toBe(1);
  });

  it('practice checks judge filled fields only and count misses; assessment has no checks or hints', () => {
    const st = withForm(begin(pistol), { ...right(pistol), serial: 'DX9', model: '' });
    const { state, verdicts } = engine.checkStep(st, pistol, 'identify');
    expect(verdicts.find((v) => v.field === 'serial')).toMatchObject({ ok: false, code: 'isModel' });
    expect(state.misses).toEqual(['serial']);
    expect(state.checks).toBe(1);
    expect(engine.revealHint(st, 'serial').hints).toEqual(['serial']);
    const assessed = begin(pistol, 'assessment');
    expect(engine.checkStep(assessed, pistol, 'identify').verdicts).toEqual([]);
    expect(engine.revealHint(assessed, 'serial').hints).toEqual([]);
  });

  it('locks a checked debrief answer and finishes only when every question is answered', () => {
    let st = toReview(withForm(begin(pistol), right(pistol)));
    st = engine.next(engine.submit(st, pistol, TODAY).state);
    expect(st.step).toBe('debrief');
    st = engine.answer(st, 'ttc-meaning', 'b');
    st = engine.lockAnswer(st, 'ttc-meaning');
    expect(engine.answer(st, 'ttc-meaning', 'a').answers['ttc-meaning']).toBe('b');
    expect(engine.finish(st, pistol).step).toBe('debrief');
    st = engine.answer(engine.answer(st, 'ttc-dates', 'a'), 'purchaser-possessor', 'a');
    expect(engine.finish(st, pistol).step).toBe('summary');
  });
});

describe('scoring', () => {
  const finish = (
    s: LocalScenario,
    form: FormValues,
    change: (st: engine.SimState) => engine.SimState = (x) => x,
    answers: Record<string, string> = {},
  ) => {
    let st = change(engine.start(engine.initialState(s, 'v', NOW, TODAY), 'practice'));
    st = engine.next(engine.next(engine.next({ ...st, form })));
    for (const i of engine.issuesOf(st, TODAY)) st = engine.setConfirmed(st, i.key, true);
    st = engine.next(engine.submit(st, s, TODAY).state);
    for (const q of s.debrief) st = engine.answer(st, q.id, answers[q.id] ?? q.options.find((o) => o.correct)!.id);
    return scoreAttempt(s, engine.finish(st, s));
  };

  it('gives full marks for a clean run: one point per graded field and per debrief answer', () => {
    const score = finish(pistol, right(pistol));
    expect(score.max).toBe(gradedFields(pistol, 0).length + pistol.debrief.length);
    expect(score).toMatchObject({ score: score.max, percent: 100, hints: 0, attempts: 1 });
  });

  it('takes half a point per hint, half a field after a miss, and the point of a wrong field or answer', () => {
    const full = finish(pistol, right(pistol)).max;
    expect(
      finish(pistol, right(pistol), (st) => engine.revealHint(engine.revealHint(st, 'serial'), 'model')).score,
    ).toBe(full - 1);
    expect(finish(pistol, right(pistol), (st) => ({ ...st, misses: ['serial'] })).score).toBe(full - 0.5);
    expect(finish(pistol, { ...right(pistol), crime: 'homicide' }).score).toBe(full - 1);
    expect(finish(pistol, right(pistol), (x) => x, { 'ttc-meaning': 'b' }).score).toBe(full - 1);
  });

  it('never goes below zero', () => {
    const st = engine.start(engine.initialState(pistol, 'v', NOW, TODAY), 'practice');
    const blank = { ...st.form, requestDate: TODAY };
    const sent = {
      ...st,
      hints: [...FIELDS],
      submissions: [{ date: TODAY, stage: 0, form: blank, outcome: 'not-completed' as const }],
    };
    expect(scoreAttempt(pistol, sent)).toMatchObject({ score: 0, percent: 0 });
  });
});

describe('drafts', () => {
  const sv = scenarioFingerprint(raw('pistol-short-ttc'));
  const state = () => {
    let st = engine.start(engine.initialState(pistol, sv, NOW, TODAY), 'practice');
    st = engine.setField(engine.next(st), 'serial', 'DX10');
    return engine.revealHint(st, 'serial');
  };
  const roundTrip = (x: unknown) => parseDraft(JSON.parse(JSON.stringify(x)), pistol, sv);

  it('a saved state comes back as it was', () => {
    expect(roundTrip(state())).toEqual(state());
  });

  const broken: [string, (d: Record<string, unknown>) => unknown][] = [
    ['not an object', () => 'hello'],
    ['another draft version', (d) => ({ ...d, v: 2 })],
    ['another scenario', (d) => ({ ...d, scenario: 'imported-rifle' })],
    ['content that changed since', (d) => ({ ...d, sv: 'old' })],
    ['an unknown step', (d) => ({ ...d, step: 'teleport' })],
    ['an unknown mode', (d) => ({ ...d, mode: 'exam' })],
    ['a field that is not a string', (d) => ({ ...d, form: { ...(d.form as object), serial: 42 } })],
    ['an unknown field', (d) => ({ ...d, form: { ...(d.form as object), extra: '' } })],
    [
      'a missing field',
      (d) => {
        const { serial: _, ...form } = d.form as Record<string, string>;
        return { ...d, form };
      },
    ],
    ['an unknown hint field', (d) => ({ ...d, hints: ['nonsense'] })],
    ['a stage this scenario does not have', (d) => ({ ...d, stage: 1 })],
    ['a result with nothing submitted', (d) => ({ ...d, step: 'result' })],
    ['a finished scenario', (d) => ({ ...d, step: 'summary' })],
    ['an answer to an unknown question', (d) => ({ ...d, answers: { nope: 'a' } })],
    ['an unknown option', (d) => ({ ...d, answers: { 'ttc-meaning': 'z' } })],
    ['a step past the brief without a mode', (d) => ({ ...d, mode: null })],
    ['a broken submission', (d) => ({ ...d, step: 'result', submissions: [{ outcome: 'maybe' }] })],
  ];
  it.each(broken)('is discarded when it has %s', (_, damage) => {
    expect(roundTrip(damage(JSON.parse(JSON.stringify(state()))))).toBeNull();
  });

  it('the fingerprint is stable and changes with the content', () => {
    const data = raw('pistol-short-ttc');
    expect(scenarioFingerprint(data)).toBe(scenarioFingerprint(raw('pistol-short-ttc')));
    expect(scenarioFingerprint({ ...data, order: 99 })).not.toBe(scenarioFingerprint(data));
  });
});

describe('localisation and the build check', () => {
  it('a localised scenario holds one language only', () => {
    const text = JSON.stringify(load('pistol-short-ttc', 'es'));
    expect(text).toContain('Una pistola asegurada');
    expect(text).not.toContain('A pistol recovered');
    expect(text).not.toMatch(/"en":/);
  });

  it('a bad scenario fails with the file and the field', () => {
    const data = raw('pistol-short-ttc');
    const broken = {
      ...data,
      module: 'no-such-module',
      identification: { ...data.identification, serial: 'DX999999', serialPanel: 'slide-left' },
      result: { ...data.result, chain: [...data.result.chain].reverse() },
    };
    const problems = checkScenarios(
      [{ file: 'content/scenarios/pistol-short-ttc.yaml', id: 'pistol-short-ttc', data: broken }],
      ['results'],
    );
    const fields = problems.map((p) => p.field);
    expect(problems.every((p) => p.file === 'content/scenarios/pistol-short-ttc.yaml')).toBe(true);
    expect(fields).toEqual(
      expect.arrayContaining(['module', 'identification.serialPanel', 'identification.serial', 'result.chain[0].role']),
    );
  });

  it('an unsolvable scenario fails the check', () => {
    const data = raw('imported-rifle');
    const unsolvable = { ...data, case: { ...data.case, agency: 'XX1' } };
    const problems = checkScenarios([{ file: 'f.yaml', id: 'imported-rifle', data: unsolvable }], ['identification']);
    expect(problems.map((p) => p.field)).toContain('case.agency');
  });

  it('the schema names the field of a missing translation', () => {
    const yaml = parse(readFileSync(join(dir, 'old-shotgun.yaml'), 'utf8'));
    delete yaml.title.es;
    const result = scenarioSchema.safeParse(yaml);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['title', 'es']);
  });

  it('every scenario file is checked by the build', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.yaml')).length).toBeGreaterThanOrEqual(8);
  });
});

describe('UI strings the island uses', () => {
  const source = (f: string) => readFileSync(join(import.meta.dirname, '../../src/islands', f), 'utf8');
  const files = [
    'TraceWalkthrough.tsx',
    ...readdirSync(join(import.meta.dirname, '../../src/islands/simulator'))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => `simulator/${f}`),
  ];

  it('every literal key passed to t() exists in en.json (with the sim. prefix)', () => {
    const keys = files.flatMap((f) => [...source(f).matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(50);
    for (const key of new Set(keys)) expect(en, key).toHaveProperty([`sim.${key}`]);
  });

  it('every list value and field has its label', () => {
    const groups: [string, readonly string[]][] = [
      ['type', FIREARM_TYPES],
      ['loc', LOCATIONS],
      ['at', LOCATIONS],
      ['side', SIDES],
      ['lab', LAB_STATUSES],
      ['sex', SEXES],
      ['f', FIELDS],
    ];
    for (const [prefix, values] of groups) for (const v of values) expect(en).toHaveProperty([`sim.${prefix}.${v}`]);
  });
});
