/**
 * The simulated trace request's fields and fixed lists. Traza's request is an original teaching
 * form modelled on the data ATF Form 3312.1 asks for (request, requester, firearm, possessor,
 * recovery, obliterated serial); it copies no real system's screens. Everything here is data, so
 * the schema, the engine, the island and the tests share one list.
 */

/** The walkthrough's steps, in order. `summary` is the end view after the debrief. */
export const STEPS = ['brief', 'evidence', 'identify', 'request', 'review', 'result', 'debrief', 'summary'] as const;
export type Step = (typeof STEPS)[number];

export const FIREARM_TYPES = ['pistol', 'revolver', 'rifle', 'shotgun'] as const;
export type FirearmType = (typeof FIREARM_TYPES)[number];

/** Where a marking can be on the gun; `grip` covers grip panels and stocks. */
export const LOCATIONS = ['frame', 'receiver', 'slide', 'barrel', 'grip'] as const;
export type MarkLocation = (typeof LOCATIONS)[number];

/** The main body that must carry the serial: the frame of a handgun, the receiver of a long gun. */
export const SERIAL_LOCATIONS: readonly MarkLocation[] = ['frame', 'receiver'];

/** Locations each firearm type has, so a scenario cannot put a slide on a revolver. */
export const TYPE_LOCATIONS: Record<FirearmType, readonly MarkLocation[]> = {
  pistol: ['frame', 'slide', 'barrel', 'grip'],
  revolver: ['frame', 'barrel', 'grip'],
  rifle: ['receiver', 'barrel', 'grip'],
  shotgun: ['receiver', 'barrel', 'grip'],
};

export const SIDES = ['left', 'right', 'top', 'underside'] as const;
export type Side = (typeof SIDES)[number];

export const PRIORITIES = ['routine', 'urgent'] as const;
export const YES_NO = ['yes', 'no'] as const;
/** What happened to a gun with an obliterated serial: the section the obliterated flag opens. */
export const LAB_STATUSES = ['pending', 'restored', 'not-restorable', 'not-sent'] as const;
export const SEXES = ['female', 'male', 'unknown'] as const;
export const DIFFICULTIES = ['basic', 'intermediate', 'advanced'] as const;
export const ROLES = ['manufacturer', 'importer', 'wholesaler', 'dealer', 'purchaser'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Why a simulated trace stops. Traza's own categories, after the reasons the course's sources
 * give (too old, serial problems, incomplete or wrong data, never imported); ATF's official
 * reason codes could not be confirmed, so these are not presented as ATF's.
 */
export const REASONS = ['too-old', 'not-found', 'bad-data', 'never-imported', 'obliterated'] as const;
export type Reason = (typeof REASONS)[number];

/**
 * Traza's simulated crime categories. Form 3312.1 uses NCIC crime codes; the course says plainly
 * that this short list is practice, not the official list. Labels are in lists.ts.
 */
export const CRIME_IDS = [
  'homicide',
  'assault',
  'robbery',
  'kidnapping',
  'extortion',
  'drugs',
  'trafficking',
  'possession',
  'other',
] as const;
export type CrimeId = (typeof CRIME_IDS)[number];

/** Mexico's 32 federal entities, for the recovery state. Labels are in lists.ts. */
export const STATE_IDS = [
  'ags',
  'bc',
  'bcs',
  'camp',
  'chis',
  'chih',
  'cdmx',
  'coah',
  'col',
  'dgo',
  'mex',
  'gto',
  'gro',
  'hgo',
  'jal',
  'mich',
  'mor',
  'nay',
  'nl',
  'oax',
  'pue',
  'qro',
  'qroo',
  'slp',
  'sin',
  'son',
  'tab',
  'tamps',
  'tlax',
  'ver',
  'yuc',
  'zac',
] as const;
export type StateId = (typeof STATE_IDS)[number];

/** Firearm section (the identify step). */
export const IDENTIFY_FIELDS = [
  'type',
  'manufacturer',
  'country',
  'importer',
  'noImporter',
  'model',
  'caliber',
  'obliterated',
  'serial',
  'serialLocation',
  'oblitLocation',
  'labStatus',
] as const;

/** Request, requester, recovery and possessor sections (the request step). */
export const REQUEST_FIELDS = [
  'agency',
  'officer',
  'badge',
  'caseNumber',
  'requestDate',
  'priority',
  'justification',
  'crime',
  'recoveryDate',
  'recoveryState',
  'recoveryMunicipality',
  'recoveryPlace',
  'possessorName',
  'possessorAlias',
  'possessorDob',
  'possessorSex',
] as const;

export const FIELDS = [...IDENTIFY_FIELDS, ...REQUEST_FIELDS] as const;
export type FieldId = (typeof FIELDS)[number];
export type IdentifyField = (typeof IDENTIFY_FIELDS)[number];

/** The learner's entries, every one a string ('' when empty), so a draft is trivial to check. */
export type FormValues = Record<FieldId, string>;

/** Fields whose value must come from a fixed list (two asterisks on the paper form). */
export const CHOICES: Partial<Record<FieldId, readonly string[]>> = {
  type: FIREARM_TYPES,
  obliterated: YES_NO,
  serialLocation: LOCATIONS,
  oblitLocation: LOCATIONS,
  labStatus: LAB_STATUSES,
  priority: PRIORITIES,
  crime: CRIME_IDS,
  recoveryState: STATE_IDS,
  possessorSex: SEXES,
  noImporter: ['yes'],
};

export function emptyForm(): FormValues {
  return Object.fromEntries(FIELDS.map((f) => [f, ''])) as FormValues;
}

export function isFieldId(value: unknown): value is FieldId {
  return typeof value === 'string' && (FIELDS as readonly string[]).includes(value);
}

/** Which step a field is entered on, so "Edit" from the review goes to the right place. */
export function stepOfField(field: FieldId): 'identify' | 'request' {
  return (IDENTIFY_FIELDS as readonly string[]).includes(field) ? 'identify' : 'request';
}
