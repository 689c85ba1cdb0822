import {
  diagnoseSerial,
  isUnitedStates,
  matchesAnswer,
  normName,
  normSerial,
  sameSpacing,
  type Answer,
} from './compare';
import { ASSOCIATE_SLOTS, type FieldId, type FormValues } from './fields';
import type { LocalScenario } from './localize';
import { MIN_JUSTIFICATION } from './validate';

/**
 * Compares the learner's request with what the scenario's gun and case file say. This is the
 * trainer's view, not the trace software's: it knows the right answers, and its feedback says
 * what went wrong and where to look.
 */

/** Why a field is right or wrong; the island turns each code into a sentence in its language. */
export type VerdictCode =
  | 'ok'
  | 'empty'
  | 'wrong'
  | 'trap'
  | 'fromFile'
  | 'lookalike'
  | 'prefixMissing'
  | 'hyphenMissing'
  | 'leadingZero'
  | 'fflJoined'
  | 'spaceForgiven'
  | 'serialElsewhere'
  | 'isModel'
  | 'isSerial'
  | 'importerAsMaker'
  | 'makerAsImporter'
  | 'importerMissing'
  | 'importerForDomestic'
  | 'noImporterMarks'
  | 'importerMarksExist'
  | 'countryIsImporter'
  | 'shouldBeObliterated'
  | 'notObliterated'
  | 'mainBody'
  | 'shouldBeUrgent'
  | 'shouldBeRoutine'
  | 'justification'
  | 'recoveryIsToday'
  | 'nicknameInName';

export interface Verdict {
  field: FieldId;
  /** Right, or right with a note (`spaceForgiven`: accepted although its spaces differ from the stamp). */
  ok: boolean;
  code: VerdictCode;
  params?: Record<string, string>;
  /** The scenario's own feedback for a known wrong value (a trap). */
  text?: string;
  /** The right entry, for the end-of-scenario review ('' when the field should stay empty). */
  expected: string;
}

/** What the request should say at a stage: 0 is the first request, 1 the one after restoration. */
export interface Expected {
  serial?: string;
  labStatus?: string;
  obliterated: boolean;
}

export function expectedAt(s: LocalScenario, stage: number): Expected {
  const id = s.identification;
  const restored = !!id.obliterated && stage > 0 && !!s.restoration;
  return {
    obliterated: !!id.obliterated,
    serial: restored ? s.restoration!.serial : id.serial,
    labStatus: restored ? 'restored' : id.obliterated?.labStatus,
  };
}

/** The panel that carries the serial; the schema check guarantees it exists. */
export function serialPanel(s: LocalScenario) {
  return s.evidence.panels.find((p) => p.id === s.identification.serialPanel)!;
}

/** The fields a scenario grades at a stage, in form order. */
export function gradedFields(s: LocalScenario, stage: number): FieldId[] {
  const exp = expectedAt(s, stage);
  const fields: FieldId[] = ['type', 'manufacturer', 'country', 'importer', 'model', 'caliber', 'obliterated'];
  if (exp.serial) fields.push('serial');
  if (!exp.obliterated) fields.push('serialLocation');
  else fields.push('oblitLocation', 'labStatus');
  fields.push('agency', 'officer', 'caseNumber', 'priority');
  if (s.request.priority === 'urgent') fields.push('justification');
  fields.push('crime', 'recoveryDate', 'recoveryState', 'recoveryMunicipality');
  if (s.case.possessor) fields.push('possessorName');
  if (s.case.possessor?.alias) fields.push('possessorAlias');
  if (s.case.possessor?.address) fields.push('possessorAddress');
  s.case.associates.forEach((a, i) => {
    fields.push(ASSOCIATE_SLOTS[i]!.name);
    if (a.address) fields.push(ASSOCIATE_SLOTS[i]!.address);
  });
  return fields;
}

/**
 * Which associate of the case file each slot of the request holds: the one whose name it carries,
 * else the one listed in that place. A learner who enters the two associates in the other order
 * is not marked wrong for it, and each address is judged against its own person.
 */
export function pairAssociates(s: LocalScenario, form: FormValues): number[] {
  const people = s.case.associates;
  const taken = new Set<number>();
  const byName = ASSOCIATE_SLOTS.map((slot) => {
    const i = people.findIndex(
      (p, j) => !taken.has(j) && matchesAnswer(form[slot.name], { value: p.name, accept: [] }),
    );
    if (i >= 0) taken.add(i);
    return i;
  });
  return byName.map((i, k) => {
    if (i >= 0) return i;
    const own = k < people.length && !taken.has(k) ? k : people.findIndex((_, j) => !taken.has(j));
    taken.add(own);
    return own;
  });
}

/**
 * The request a careful agent would send at a stage: the scenario's answers as form values. The
 * tests and the build's solvability check submit it; a correction scenario starts from it with
 * the colleague's mistakes on top.
 */
export function expectedForm(s: LocalScenario, stage: number, today: string, justification = ''): FormValues {
  const id = s.identification;
  const exp = expectedAt(s, stage);
  const c = s.case;
  const location = serialPanel(s).location;
  return {
    type: id.type,
    manufacturer: id.manufacturer.value,
    country: id.country.value,
    importer: id.importer?.value ?? '',
    noImporter: id.noImporter ? 'yes' : '',
    model: id.model.value,
    caliber: id.caliber.value,
    obliterated: exp.obliterated ? 'yes' : 'no',
    serial: exp.serial ?? '',
    serialLocation: exp.obliterated ? '' : location,
    oblitLocation: exp.obliterated ? location : '',
    labStatus: exp.labStatus ?? '',
    agency: c.agency,
    officer: c.officer,
    badge: c.badge ?? '',
    caseNumber: c.caseNumber,
    requestDate: today,
    priority: s.request.priority,
    justification: s.request.priority === 'urgent' ? justification : '',
    crime: s.request.crime,
    recoveryDate: c.recovery.date,
    recoveryState: c.recovery.state,
    recoveryMunicipality: c.recovery.municipality,
    recoveryPlace: c.recovery.place,
    possessorName: c.possessor?.name ?? '',
    possessorAlias: c.possessor?.alias ?? '',
    possessorDob: c.possessor?.dob ?? '',
    possessorSex: c.possessor?.sex ?? '',
    possessorAddress: c.possessor?.address ?? '',
    additionalMarkings: '',
    projectCode: '',
    associate1Name: c.associates[0]?.name ?? '',
    associate1Address: c.associates[0]?.address ?? '',
    associate2Name: c.associates[1]?.name ?? '',
    associate2Address: c.associates[1]?.address ?? '',
  };
}

const exact = (a: string, b: string) => a.trim() === b;

export function gradeField(s: LocalScenario, stage: number, form: FormValues, field: FieldId): Verdict {
  const id = s.identification;
  const exp = expectedAt(s, stage);
  const input = form[field].trim();
  const verdict = (ok: boolean, code: VerdictCode, expected: string, params?: Record<string, string>): Verdict => ({
    field,
    ok,
    code: ok ? 'ok' : code,
    expected,
    ...(params && !ok ? { params } : {}),
  });
  const trap = s.traps.find((t) =>
    field === 'serial' || field === 'model'
      ? normSerial(t.value) === normSerial(input)
      : normName(t.value) === normName(input),
  );
  /** A name-like answer: right, a known trap, empty, or generically wrong. */
  const named = (answer: Answer, otherwise: VerdictCode = 'wrong'): Verdict => {
    if (matchesAnswer(input, answer)) return verdict(true, 'ok', answer.value);
    if (input === '') return verdict(false, 'empty', answer.value);
    if (trap && trap.field === field) return { ...verdict(false, 'trap', answer.value), text: trap.feedback };
    return verdict(false, otherwise, answer.value);
  };
  const panel = serialPanel(s);
  const where = { location: panel.location, side: panel.side ?? '' };

  switch (field) {
    case 'type':
      return verdict(input === id.type, input ? 'wrong' : 'empty', id.type);
    case 'manufacturer':
      if (matchesAnswer(input, id.manufacturer)) return verdict(true, 'ok', id.manufacturer.value);
      if (id.importer && matchesAnswer(input, id.importer))
        return verdict(false, 'importerAsMaker', id.manufacturer.value);
      if (input && matchesAnswer(input, id.model)) return verdict(false, 'isModel', id.manufacturer.value);
      return named(id.manufacturer);
    case 'importer': {
      const ticked = form.noImporter === 'yes';
      if (id.importer) {
        if (ticked) return verdict(false, 'importerMarksExist', id.importer.value);
        if (input === '') return verdict(false, 'importerMissing', id.importer.value);
        if (matchesAnswer(input, id.importer)) return verdict(true, 'ok', id.importer.value);
        if (matchesAnswer(input, id.manufacturer)) return verdict(false, 'makerAsImporter', id.importer.value);
        return named(id.importer);
      }
      if (id.noImporter) {
        if (input && matchesAnswer(input, id.manufacturer)) return verdict(false, 'makerAsImporter', '');
        if (input && trap && trap.field === 'importer') return { ...verdict(false, 'trap', ''), text: trap.feedback };
        return verdict(ticked && input === '', input ? 'noImporterMarks' : 'importerMissing', '');
      }
      return verdict(input === '' && !ticked, 'importerForDomestic', '');
    }
    case 'country':
      if (isUnitedStates(id.country.value))
        return verdict(isUnitedStates(input), input ? 'wrong' : 'empty', id.country.value);
      if (isUnitedStates(input)) return verdict(false, 'countryIsImporter', id.country.value);
      return named(id.country);
    case 'model':
      if (matchesAnswer(input, id.model)) return verdict(true, 'ok', id.model.value);
      if (input && exp.serial && normSerial(input) === normSerial(exp.serial))
        return verdict(false, 'isSerial', id.model.value);
      return named(id.model);
    case 'caliber':
      return named(id.caliber);
    case 'obliterated': {
      const want = exp.obliterated ? 'yes' : 'no';
      return verdict(
        input === want,
        !input ? 'empty' : exp.obliterated ? 'shouldBeObliterated' : 'notObliterated',
        want,
      );
    }
    case 'serial': {
      const marked = exp.serial ?? '';
      const d = diagnoseSerial(input, marked);
      if (d.kind === 'ok')
        return sameSpacing(input, marked)
          ? verdict(true, 'ok', marked)
          : { field, ok: true, code: 'spaceForgiven', expected: marked };
      if (trap && trap.field === 'serial') return { ...verdict(false, 'trap', marked), text: trap.feedback };
      if (input && matchesAnswer(input, id.model)) return verdict(false, 'isModel', marked);
      if (d.kind === 'empty') return verdict(false, 'empty', marked, where);
      if (d.kind === 'lookalike')
        return verdict(false, 'lookalike', marked, { position: String(d.position), typed: d.typed, marked: d.marked });
      if (d.kind === 'prefix-missing') return verdict(false, 'prefixMissing', marked);
      if (d.kind === 'hyphen-missing') return verdict(false, 'hyphenMissing', marked);
      if (d.kind === 'leading-zero') return verdict(false, 'leadingZero', marked);
      if (d.kind === 'ffl-joined') return verdict(false, 'fflJoined', marked);
      const elsewhere = s.evidence.panels.some(
        (p) => p.id !== panel.id && p.lines.some((l) => normSerial(l).includes(normSerial(input))),
      );
      return verdict(false, elsewhere ? 'serialElsewhere' : 'wrong', marked, where);
    }
    case 'serialLocation':
    case 'oblitLocation': {
      // The lower of an AR-type rifle is its receiver, so "receiver" names it rightly too.
      const right = input === panel.location || (panel.location === 'lower' && input === 'receiver');
      return verdict(right, input ? 'mainBody' : 'empty', panel.location, { location: panel.location });
    }
    case 'labStatus':
      return verdict(input === exp.labStatus, input ? 'wrong' : 'empty', exp.labStatus ?? '');
    case 'agency':
      return verdict(normSerial(input) === normSerial(s.case.agency), input ? 'fromFile' : 'empty', s.case.agency);
    case 'officer':
      return named({ value: s.case.officer, accept: [] }, 'fromFile');
    case 'caseNumber':
      return verdict(
        normSerial(input) === normSerial(s.case.caseNumber),
        input ? 'fromFile' : 'empty',
        s.case.caseNumber,
      );
    case 'priority':
      return verdict(
        input === s.request.priority,
        !input ? 'empty' : s.request.priority === 'urgent' ? 'shouldBeUrgent' : 'shouldBeRoutine',
        s.request.priority,
      );
    case 'justification':
      return verdict(input.length >= MIN_JUSTIFICATION, input ? 'justification' : 'empty', '');
    case 'crime':
      return verdict(input === s.request.crime, input ? 'wrong' : 'empty', s.request.crime);
    case 'recoveryDate':
      return verdict(
        exact(input, s.case.recovery.date),
        !input ? 'empty' : input === form.requestDate ? 'recoveryIsToday' : 'fromFile',
        s.case.recovery.date,
      );
    case 'recoveryState':
      return verdict(input === s.case.recovery.state, input ? 'fromFile' : 'empty', s.case.recovery.state);
    case 'recoveryMunicipality':
      return named({ value: s.case.recovery.municipality, accept: [] }, 'fromFile');
    case 'possessorName': {
      const name = s.case.possessor?.name ?? '';
      const alias = s.case.possessor?.alias;
      if (
        alias &&
        input &&
        normName(input).includes(normName(alias)) &&
        !matchesAnswer(input, { value: name, accept: [] })
      )
        return verdict(false, 'nicknameInName', name);
      return named({ value: name, accept: [] }, 'fromFile');
    }
    case 'possessorAlias': {
      const alias = s.case.possessor?.alias ?? '';
      if (!input && normName(form.possessorName).includes(normName(alias)))
        return verdict(false, 'nicknameInName', alias);
      return named({ value: alias, accept: [] }, 'fromFile');
    }
    case 'possessorAddress':
      return named({ value: s.case.possessor?.address ?? '', accept: [] }, 'fromFile');
    case 'associate1Name':
    case 'associate1Address':
    case 'associate2Name':
    case 'associate2Address': {
      const k = ASSOCIATE_SLOTS.findIndex((slot) => slot.name === field || slot.address === field);
      const person = s.case.associates[pairAssociates(s, form)[k]!];
      const want = (field === ASSOCIATE_SLOTS[k]!.name ? person?.name : person?.address) ?? '';
      return named({ value: want, accept: [] }, 'fromFile');
    }
    default:
      return verdict(true, 'ok', input);
  }
}

/** Every graded field of a stage, judged against the scenario. */
export function gradeForm(
  s: LocalScenario,
  stage: number,
  form: FormValues,
  fields = gradedFields(s, stage),
): Verdict[] {
  return fields.map((f) => gradeField(s, stage, form, f));
}
