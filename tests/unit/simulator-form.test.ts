// What this round added to the simulator: the Form 3312.1 references beside each field, the case's
// own clock, associates and addresses, AR-type receivers, the FFL mark, forgiven spaces, the
// importer typed as the manufacturer, partial and export results, and the build checks that keep
// new cases honest (Form 3310.12, chain endings, the case's dates).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import en from '../../src/i18n/en.json';
import es from '../../src/i18n/es.json';
import { scenarioSchema, type Scenario } from '../../src/schemas/scenario';
import { checkScenarios } from '../../src/lib/simulator/check';
import { caseToday } from '../../src/lib/simulator/clock';
import { diagnoseSerial, sameSpacing } from '../../src/lib/simulator/compare';
import * as engine from '../../src/lib/simulator/engine';
import {
  CHOICES,
  FIELDS,
  FORM_3312_1,
  LOCATIONS,
  PROJECT_CODES,
  REASONS,
  ROLES,
  type FieldId,
  type FormValues,
} from '../../src/lib/simulator/fields';
import { expectedForm, gradeField, gradedFields, pairAssociates } from '../../src/lib/simulator/grade';
import { localizeScenario, type LocalScenario } from '../../src/lib/simulator/localize';
import { selectResult } from '../../src/lib/simulator/result';
import { validateRequest } from '../../src/lib/simulator/validate';

const dir = join(import.meta.dirname, '../../content/scenarios');
const raw = (id: string): Scenario => scenarioSchema.parse(parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')));
const load = (id: string, lang: 'en' | 'es' = 'en') => localizeScenario(raw(id), lang);
const right = (s: LocalScenario, stage = 0) =>
  expectedForm(s, stage, caseToday(s, stage), 'A victim is still held; the trace may identify accomplices.');
const grade = (s: LocalScenario, field: FieldId, change: Partial<FormValues>, stage = 0) =>
  gradeField(s, stage, { ...right(s, stage), ...change }, field);
const codes = (s: LocalScenario, change: Partial<FormValues>) =>
  validateRequest({ ...right(s), ...change }, { today: caseToday(s, 0) }).map((i) => `${i.level}:${i.code}:${i.field}`);

describe('Form 3312.1 beside each field', () => {
  it('gives a number only where the brief gives that field its own number', () => {
    // Brief §10.3: page 1 of the 2006 and 2018 editions. Fields listed only inside a range
    // (3b–3f, 4b–4g, 6a–6f) get their part, never a guessed number.
    const numbered = Object.fromEntries(
      Object.entries(FORM_3312_1).flatMap(([f, r]) => (r.kind === 'printed' && r.number ? [[f, r.number]] : [])),
    );
    expect(numbered).toEqual({
      requestDate: '1a',
      priority: '1b',
      justification: '1b',
      crime: '2a',
      projectCode: '2b',
      agency: '4a',
      serial: '5a',
      obliterated: '5b',
      manufacturer: '5c',
      type: '5d',
      caliber: '5e',
      model: '5f',
      country: '5g',
      importer: '5h',
      additionalMarkings: '5i',
      possessorAddress: '6i–6p',
    });
    for (const f of ['officer', 'badge', 'caseNumber'] as const)
      expect(FORM_3312_1[f]).toMatchObject({ kind: 'printed', part: 'IV' });
    for (const f of ['possessorName', 'possessorAlias', 'possessorSex'] as const)
      expect(FORM_3312_1[f]).toMatchObject({ kind: 'printed', part: 'VI' });
    expect(FORM_3312_1.possessorAddress).toMatchObject({ edition: '2018' });
  });

  it('keeps the labels and marks as printed', () => {
    expect(FORM_3312_1.serial).toMatchObject({ label: 'Serial Number (From Frame or Receiver)', mark: '*' });
    expect(FORM_3312_1.crime).toMatchObject({ label: 'NCIC Crime Code', mark: '**' });
    expect(FORM_3312_1.priority).toMatchObject({ label: expect.stringContaining('Priorty [sic]'), mark: '**' });
    expect(FORM_3312_1.agency).toMatchObject({ label: 'ORI Number', mark: '*' });
    expect(FORM_3312_1.requestDate).toMatchObject({ label: 'Date of Request' });
    expect(FORM_3312_1.requestDate).not.toHaveProperty('mark');
    expect(FORM_3312_1.projectCode).toMatchObject({ mark: '**', unsure: true });
  });

  it('offers every "**" field as a list, the project code with the one answer Traza can give without guessing', () => {
    const listed = FIELDS.filter((f) => {
      const r = FORM_3312_1[f];
      return r.kind === 'printed' && r.mark === '**';
    });
    expect(listed).toEqual(['priority', 'crime', 'projectCode']);
    for (const f of listed) expect(CHOICES[f], f).toBeDefined();
    expect(CHOICES.projectCode).toEqual(['none']);
    expect(codes(load('pistol-short-ttc'), { projectCode: 'TRZ-1' })).toContain('error:choice:projectCode');
  });

  it('says where the unprinted fields are: later parts, Part IX, or Traza aids', () => {
    expect(FORM_3312_1.oblitLocation).toEqual({ kind: 'later', part: 'IX' });
    expect(FORM_3312_1.recoveryDate).toEqual({ kind: 'later' });
    expect(FORM_3312_1.associate1Name).toEqual({ kind: 'later' });
    expect(FORM_3312_1.noImporter).toEqual({ kind: 'traza' });
    expect(FORM_3312_1.possessorDob).toEqual({ kind: 'unmatched', part: 'VI', near: 'Alias Date of Birth' });
  });

  it('has the UI strings that render these references, in both languages', () => {
    const keys = [
      'intro',
      'number',
      'part',
      'required',
      'listed',
      'edition',
      'unsure',
      'unmatched',
      'later',
      'laterPart',
      'traza',
    ].map((k) => `sim.form.${k}`);
    for (const k of keys) {
      expect(en, k).toHaveProperty([k]);
      expect(es, k).toHaveProperty([k]);
    }
    for (const p of PROJECT_CODES) expect(en).toHaveProperty([`sim.project.${p}`]);
  });
});

describe("the case's own clock", () => {
  it('dates the request by the case, and a corrected request after a restoration by the laboratory report', () => {
    const s = load('obliterated-serial');
    expect(caseToday(s, 0)).toBe('2026-09-11');
    expect(caseToday(s, 1)).toBe('2026-10-05');
    expect(caseToday(load('pistol-short-ttc'), 1)).toBe('2026-03-16');
    expect(caseToday({ case: { requestDate: '2026-10-10' }, restoration: { date: '2026-10-05' } }, 1)).toBe(
      '2026-10-10',
    );
  });

  it('starts the form on the case day whatever the real date, and moves it when the corrected request goes', () => {
    const s = load('obliterated-serial');
    let st = engine.start(engine.initialState(s, 'v', new Date('2031-07-01T09:00:00Z'), caseToday(s, 0)), 'assessment');
    expect(st.form.requestDate).toBe('2026-09-11');
    st = { ...st, form: right(s, 0), step: 'review' };
    st = engine.submit(st, s, caseToday(s, 0)).state;
    st = engine.resubmit(st, s);
    expect(st.form.requestDate).toBe('2026-10-05');
  });

  it('judges "in the future" against the case day, not the learner\'s', () => {
    const s = load('pistol-short-ttc');
    expect(codes(s, {})).toEqual([]);
    expect(codes(s, { recoveryDate: '2026-03-17' })).toContain('error:dateFuture:recoveryDate');
  });
});

describe('AR-type receivers, the FFL mark and spaces in serials', () => {
  const ar = load('ar-lower-receiver');
  const ak = load('ak-adopted-serial');

  it('takes the serial from the lower receiver, accepts "receiver" for it, and refuses the upper', () => {
    expect(grade(ar, 'serialLocation', { serialLocation: 'lower' }).ok).toBe(true);
    expect(grade(ar, 'serialLocation', { serialLocation: 'receiver' }).ok).toBe(true);
    expect(grade(ar, 'serialLocation', { serialLocation: 'upper' })).toMatchObject({ ok: false, code: 'mainBody' });
    expect(codes(ar, { serialLocation: 'upper' })).toContain('error:serialLocation:serialLocation');
    expect(grade(ar, 'serial', { serial: '220718' })).toMatchObject({ ok: false, code: 'trap' });
    expect(grade(ar, 'manufacturer', { manufacturer: 'Sample Armament Co.' }).text).toMatch(/upper receiver/);
    for (const loc of LOCATIONS) expect(en).toHaveProperty([`sim.loc.${loc}`]);
  });

  it('diagnoses an FFL mark joined to an adopted serial, before or after it', () => {
    for (const typed of ['UE 104471 FFL 59812345', '59812345-UE104471', 'FFL59812345UE104471'])
      expect(diagnoseSerial(typed, 'UE 104471'), typed).toEqual({ kind: 'ffl-joined' });
    expect(diagnoseSerial('57112345-KT0219', '57112345-KT0219')).toEqual({ kind: 'ok' });
    expect(grade(ak, 'serial', { serial: 'UE 104471 FFL 59812345' })).toMatchObject({ ok: false, code: 'fflJoined' });
    expect(grade(ak, 'serial', { serial: '59812345' }).text).toMatch(/license number/);
    expect(codes(ak, { serial: 'UE104471 FFL 59812345' })).toContain('warning:fflInSerial:serial');
  });

  it('accepts a serial whose spaces differ from the stamp, and says so in grading and in the result', () => {
    expect(sameSpacing('ue  104471 ', 'UE 104471')).toBe(true);
    expect(sameSpacing('UE104471', 'UE 104471')).toBe(false);
    expect(grade(ak, 'serial', { serial: 'UE104471' })).toMatchObject({ ok: true, code: 'spaceForgiven' });
    expect(grade(ak, 'serial', { serial: 'ue 104471' })).toMatchObject({ ok: true, code: 'ok' });
    const r = selectResult(ak, 0, { ...right(ak), serial: 'UE104471' });
    expect(r).toMatchObject({ outcome: 'completed', notes: ['serialSpace'] });
    expect(selectResult(ak, 0, right(ak)).notes).toEqual([]);
    for (const k of ['sim.v.spaceForgiven', 'sim.v.fflJoined', 'sim.i.fflInSerial', 'sim.result.note.serialSpace'])
      expect(es).toHaveProperty([k]);
  });
});

describe('the importer typed as the manufacturer (brief F4)', () => {
  const rifle = load('imported-rifle');
  const pg = (change: Partial<FormValues>) => selectResult(rifle, 0, { ...right(rifle), ...change });

  it('lets the trace reach the importer it names, with a note that teaches the losses as reasoning', () => {
    expect(pg({ manufacturer: 'Demo Import Group' })).toMatchObject({
      outcome: 'completed',
      notes: ['importerAsMaker'],
    });
    expect(pg({ manufacturer: 'Demo Import Group', country: 'USA', importer: '' })).toMatchObject({
      outcome: 'completed',
      notes: ['importerAsMakerUs'],
    });
    expect(en['sim.result.note.importerAsMakerUs']).toMatch(/Practitioner reasoning, not an ATF rule/);
  });

  it('still stops the trace when the first link is lost: a foreign maker with the importer left blank, or the maker as importer', () => {
    expect(pg({ country: 'USA', importer: '' })).toMatchObject({ outcome: 'not-completed', reason: 'bad-data' });
    expect(pg({ noImporter: 'yes', importer: '' })).toMatchObject({ outcome: 'not-completed', reason: 'bad-data' });
    expect(pg({ importer: 'Armi Fittizie' })).toMatchObject({ reason: 'bad-data' });
    expect(pg({ manufacturer: 'Demo Import Group', model: 'AF-99' })).toMatchObject({ reason: 'bad-data' });
  });
});

describe('associates and addresses', () => {
  const s = load('associates-addresses');

  it('grades the possessor address and both associates, in either order', () => {
    expect(gradedFields(s, 0)).toEqual(
      expect.arrayContaining([
        'possessorAddress',
        'associate1Name',
        'associate1Address',
        'associate2Name',
        'associate2Address',
      ]),
    );
    expect(gradedFields(load('pistol-short-ttc'), 0)).not.toContain('associate1Name');
    const swapped: Partial<FormValues> = {
      associate1Name: s.case.associates[1]!.name,
      associate1Address: s.case.associates[1]!.address!,
      associate2Name: s.case.associates[0]!.name,
      associate2Address: s.case.associates[0]!.address!,
    };
    expect(pairAssociates(s, { ...right(s), ...swapped })).toEqual([1, 0]);
    for (const f of ['associate1Name', 'associate1Address', 'associate2Name', 'associate2Address'] as const)
      expect(grade(s, f, swapped).ok, f).toBe(true);
    expect(grade(s, 'associate1Address', { associate1Address: s.case.associates[1]!.address! })).toMatchObject({
      ok: false,
      code: 'fromFile',
    });
  });

  it('catches the possessor entered as an associate, a passenger as the possessor, and the recovery place as the address', () => {
    expect(grade(s, 'associate1Name', { associate1Name: s.case.possessor!.name }).text).toMatch(/is the possessor/);
    expect(grade(s, 'possessorName', { possessorName: 'Martín Prueba Villa' }).text).toMatch(/passenger/);
    expect(grade(s, 'possessorAddress', { possessorAddress: s.case.recovery.place })).toMatchObject({
      ok: false,
      code: 'fromFile',
    });
  });

  it('asks for a name with every associate address', () => {
    expect(codes(s, { associate2Name: '' })).toContain('error:associateName:associate2Name');
    expect(en['sim.i.associateName']).toContain('{{n}}');
  });
});

describe('results that stop part way', () => {
  it('a dealer found without a purchaser comes back with the chain as far as the dealer, and no time-to-crime', () => {
    const r = selectResult(load('partial-result'), 0, right(load('partial-result')));
    expect(r).toMatchObject({ outcome: 'not-completed', reason: 'no-purchaser', ttcDays: undefined });
    expect(r.chain.map((l) => l.role)).toEqual(['manufacturer', 'wholesaler', 'dealer']);
  });

  it('a legally exported U.S. gun comes back with its maker and exporter: a lead, not "never imported"', () => {
    const r = selectResult(load('exported-pistol'), 0, right(load('exported-pistol')));
    expect(r).toMatchObject({ outcome: 'not-completed', reason: 'exported' });
    expect(r.chain.map((l) => l.role)).toEqual(['manufacturer', 'exporter']);
    expect(en['sim.reason.exported.text']).toMatch(/did enter U\.S\. commerce/);
  });

  it('every reason and role has its words in both languages', () => {
    for (const r of REASONS) for (const d of [en, es]) expect(d).toHaveProperty([`sim.reason.${r}.text`]);
    for (const r of ROLES) expect(es).toHaveProperty([`sim.role.${r}`]);
  });
});

describe('build checks for the new kinds of case', () => {
  const check = (data: Scenario, module = data.module) =>
    checkScenarios([{ file: `content/scenarios/${data.id}.yaml`, id: data.id, data }], [module]);
  const fields = (data: Scenario) => check(data).map((p) => p.field);

  it('Form 3310.12 needs a rifle sold by a licensee in one of the four border states, from 14 August 2011', () => {
    const data = raw('rifle-multiple-sale');
    expect(check(data)).toEqual([]);
    const chain = data.result.chain.map((l) => (l.role === 'dealer' ? { ...l, place: 'Denver, CO' } : l));
    expect(fields({ ...data, result: { ...data.result, chain } })).toContain('result.multipleSale.form');
    expect(
      fields({ ...data, result: { ...data.result, multipleSale: { ...data.result.multipleSale!, form: '3310.4' } } }),
    ).toContain('result.multipleSale.form');
  });

  it('a partial result ends with the dealer, an export with the exporter, and other stops carry no chain', () => {
    const partial = raw('partial-result');
    expect(check(partial)).toEqual([]);
    expect(fields({ ...partial, result: { ...partial.result, chain: partial.result.chain.slice(0, 2) } })).toContain(
      'result.chain',
    );
    const old = raw('old-shotgun');
    expect(fields({ ...old, result: { ...old.result, chain: partial.result.chain } })).toContain('result.chain');
  });

  it("keeps the case's dates in an order that can have happened", () => {
    const s = raw('obliterated-serial');
    expect(fields({ ...s, case: { ...s.case, requestDate: '2026-09-01' } })).toContain('case.requestDate');
    expect(fields({ ...s, restoration: { ...s.restoration!, date: '2026-09-10' } })).toContain('restoration.date');
    const c = raw('corrected-request');
    expect(fields({ ...c, correction: { ...c.correction!, submitted: '2026-10-20' } })).toContain(
      'correction.submitted',
    );
    const a = raw('associates-addresses');
    const twice = {
      ...a,
      case: { ...a.case, associates: [{ ...a.case.associates[0]!, name: a.case.possessor!.name }] },
    };
    expect(fields(twice)).toContain('case.associates');
  });
});
