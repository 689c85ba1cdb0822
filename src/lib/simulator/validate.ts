import { hasLookalike, isUnitedStates, normName, normSerial } from './compare';
import { isIsoDay } from './dates';
import {
  ASSOCIATE_SLOTS,
  CHOICES,
  SERIAL_LOCATIONS,
  stepOfField,
  type FieldId,
  type FormValues,
  type MarkLocation,
} from './fields';

/**
 * The checks Traza's simulated trace software runs before it lets a request go, as module 4
 * teaches them: an error blocks the request until it is fixed; a warning lets it go once the
 * learner confirms it. These checks know nothing about the right answers (a real system cannot
 * see the gun); comparing with the scenario is grade.ts's job.
 */

export type IssueCode =
  | 'required'
  | 'choice'
  | 'tooLong'
  | 'serialChars'
  | 'serialLocation'
  | 'restoredSerial'
  | 'importerRequired'
  | 'importerConflict'
  | 'agencyFormat'
  | 'caseFormat'
  | 'nameFormat'
  | 'dateFormat'
  | 'dateFuture'
  | 'recoveryAfterRequest'
  | 'dobAfterRecovery'
  | 'justificationRequired'
  | 'associateName'
  // warnings
  | 'fflInSerial'
  | 'importerForUs'
  | 'noImporterUs'
  | 'noImporter'
  | 'importerIsMaker'
  | 'modelIsSerial'
  | 'lookalike'
  | 'labNotSent'
  | 'justificationShort'
  | 'noPossessor'
  | 'nicknameInName';

export interface Issue {
  field: FieldId;
  level: 'error' | 'warning';
  code: IssueCode;
  params?: Record<string, string>;
  /**
   * Identifies a warning together with the values it is about, so a confirmation stops counting
   * as soon as the learner changes those values.
   */
  key: string;
}

export interface ValidationContext {
  /** The case's today, `YYYY-MM-DD` (clock.ts): a date after it is in the future. */
  today: string;
}

/** Traza's fictional agency code: "MX", five digits, two letters (e.g. MX08001TZ). */
export const AGENCY_CODE = /^MX\d{5}[A-Z]{2}$/;
const CASE_NUMBER = /^[A-Z0-9][A-Z0-9/.-]{2,29}$/;
const SERIAL_CHARS = /^[A-Z0-9 -]+$/;
/** A justification someone else can understand needs a sentence, not a word. */
export const MIN_JUSTIFICATION = 30;
const MAX_LENGTH = 160;
const MAX_JUSTIFICATION = 1000;

const ALWAYS_REQUIRED: FieldId[] = [
  'type',
  'manufacturer',
  'country',
  'model',
  'caliber',
  'obliterated',
  'agency',
  'officer',
  'caseNumber',
  'requestDate',
  'priority',
  'crime',
  'recoveryDate',
  'recoveryState',
  'recoveryMunicipality',
];

export function validateRequest(form: FormValues, ctx: ValidationContext): Issue[] {
  const issues: Issue[] = [];
  const error = (field: FieldId, code: IssueCode, params?: Record<string, string>) =>
    issues.push({ field, level: 'error', code, params, key: `${code}:${field}` });
  const warn = (field: FieldId, code: IssueCode, subject: string, params?: Record<string, string>) =>
    issues.push({ field, level: 'warning', code, params, key: `${code}:${field}:${subject}` });
  const v = (f: FieldId) => form[f].trim();
  const has = (f: FieldId) => v(f) !== '';

  const obliterated = v('obliterated') === 'yes';
  const required = [...ALWAYS_REQUIRED];
  if (!obliterated) required.push('serial');
  if (!obliterated && has('serial')) required.push('serialLocation');
  if (obliterated) required.push('oblitLocation', 'labStatus');
  if (v('priority') === 'urgent') required.push('justification');

  for (const field of Object.keys(form) as FieldId[]) {
    const limit = field === 'justification' ? MAX_JUSTIFICATION : MAX_LENGTH;
    if (form[field].length > limit) error(field, 'tooLong', { max: String(limit) });
    else if (required.includes(field) && !has(field))
      error(field, field === 'justification' ? 'justificationRequired' : 'required');
    else if (has(field) && CHOICES[field] && !CHOICES[field]!.includes(v(field))) error(field, 'choice');
  }

  // Firearm.
  const serial = normSerial(form.serial);
  if (serial && !SERIAL_CHARS.test(serial)) error('serial', 'serialChars');
  if (!obliterated && has('serialLocation') && CHOICES.serialLocation!.includes(v('serialLocation'))) {
    if (!SERIAL_LOCATIONS.includes(v('serialLocation') as MarkLocation))
      error('serialLocation', 'serialLocation', { location: v('serialLocation') });
  }
  if (obliterated && v('labStatus') === 'restored' && !serial) error('serial', 'restoredSerial');
  if (obliterated && v('labStatus') === 'not-sent') warn('labStatus', 'labNotSent', '');
  if (serial && hasLookalike(serial)) warn('serial', 'lookalike', serial);
  if (serial && has('model') && normSerial(form.model) === serial) warn('serial', 'modelIsSerial', serial);
  if (serial.includes('FFL')) warn('serial', 'fflInSerial', serial);

  const foreign = has('country') && !isUnitedStates(v('country'));
  const noImporter = v('noImporter') === 'yes';
  if (has('importer') && noImporter) error('importer', 'importerConflict');
  else if (foreign && !has('importer') && !noImporter) error('importer', 'importerRequired');
  if (has('country') && !foreign && has('importer')) warn('importer', 'importerForUs', normName(v('importer')));
  if (has('country') && !foreign && noImporter) warn('noImporter', 'noImporterUs', '');
  if (foreign && noImporter && !has('importer')) warn('noImporter', 'noImporter', normName(v('country')));
  if (has('importer') && has('manufacturer') && normName(v('importer')) === normName(v('manufacturer')))
    warn('importer', 'importerIsMaker', normName(v('importer')));

  // Requester.
  if (has('agency') && !AGENCY_CODE.test(normSerial(v('agency')))) error('agency', 'agencyFormat');
  if (has('officer') && (/\d/.test(v('officer')) || !/\p{L}.*\p{L}/u.test(v('officer'))))
    error('officer', 'nameFormat');
  if (has('caseNumber') && !CASE_NUMBER.test(v('caseNumber').toUpperCase())) error('caseNumber', 'caseFormat');

  // Dates: real, not in the future, and in an order that can have happened.
  const dates: FieldId[] = ['requestDate', 'recoveryDate', 'possessorDob'];
  const ok = new Set<FieldId>();
  for (const field of dates) {
    if (!has(field)) continue;
    if (!isIsoDay(v(field))) error(field, 'dateFormat');
    else if (v(field) > ctx.today) error(field, 'dateFuture');
    else ok.add(field);
  }
  if (ok.has('recoveryDate') && ok.has('requestDate') && v('recoveryDate') > v('requestDate'))
    error('recoveryDate', 'recoveryAfterRequest');
  if (ok.has('possessorDob') && ok.has('recoveryDate') && v('possessorDob') >= v('recoveryDate'))
    error('possessorDob', 'dobAfterRecovery');

  // Request and possessor.
  if (v('priority') === 'urgent' && has('justification') && v('justification').length < MIN_JUSTIFICATION)
    warn('justification', 'justificationShort', v('justification'));
  if (!has('possessorName')) warn('possessorName', 'noPossessor', '');
  else if (/["“”«»()]|\balias\b|\bapodo\b/i.test(v('possessorName')))
    warn('possessorName', 'nicknameInName', v('possessorName'));
  ASSOCIATE_SLOTS.forEach((slot, i) => {
    if (has(slot.address) && !has(slot.name)) error(slot.name, 'associateName', { n: String(i + 1) });
  });

  return issues;
}

/** The issues a step owns: a step's "Next" is blocked by its own errors only. */
export function issuesOfStep(issues: Issue[], step: 'identify' | 'request'): Issue[] {
  return issues.filter((i) => stepOfField(i.field) === step);
}

/** A request can be sent when it has no errors and every warning is confirmed. */
export function canSubmit(issues: Issue[], confirmed: readonly string[]): boolean {
  return issues.every((i) => i.level === 'warning' && confirmed.includes(i.key));
}
