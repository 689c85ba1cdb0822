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

/**
 * Where a marking can be on the gun; `grip` covers grip panels and stocks. An AR-type rifle has a
 * `lower` and an `upper` receiver: 27 CFR 478.12(f)(1)(i) makes the lower the receiver, and the
 * upper needs no serial (brief §10.7), so only the lower can carry the serial for a trace.
 */
export const LOCATIONS = ['frame', 'receiver', 'lower', 'upper', 'slide', 'barrel', 'grip'] as const;
export type MarkLocation = (typeof LOCATIONS)[number];

/** The main body that must carry the serial: the frame of a handgun, the receiver of a long gun. */
export const SERIAL_LOCATIONS: readonly MarkLocation[] = ['frame', 'receiver', 'lower'];

/** Locations each firearm type has, so a scenario cannot put a slide on a revolver. */
export const TYPE_LOCATIONS: Record<FirearmType, readonly MarkLocation[]> = {
  pistol: ['frame', 'slide', 'barrel', 'grip'],
  revolver: ['frame', 'barrel', 'grip'],
  rifle: ['receiver', 'lower', 'upper', 'barrel', 'grip'],
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
/** Links of a chain; `exporter` is the U.S. licensee whose records end with a lawful export. */
export const ROLES = ['manufacturer', 'importer', 'wholesaler', 'exporter', 'dealer', 'purchaser'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Why a simulated trace stops. Traza's own categories, after the reasons the course's sources
 * give (too old, serial problems, incomplete or wrong data, never imported, missing licensee
 * paperwork, legally exported; brief §10.4); ATF's official reason codes could not be confirmed,
 * so these are not presented as ATF's. `no-purchaser` and `exported` come back with the part of
 * the chain that was found.
 */
export const REASONS = [
  'too-old',
  'not-found',
  'bad-data',
  'never-imported',
  'obliterated',
  'no-purchaser',
  'exported',
] as const;

/** Which multiple-sale report lists the gun: handguns (any licensee), or certain rifles in four border states. */
export const MULTIPLE_SALE_FORMS = ['3310.4', '3310.12'] as const;
/** States whose licensees file Form 3310.12 (brief §10.12), and the first sale it covers. */
export const RIFLE_REPORT_STATES = ['AZ', 'CA', 'NM', 'TX'] as const;
export const RIFLE_REPORT_SINCE = '2011-08-14';
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
  'additionalMarkings',
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
  'projectCode',
  'recoveryDate',
  'recoveryState',
  'recoveryMunicipality',
  'recoveryPlace',
  'possessorName',
  'possessorAlias',
  'possessorDob',
  'possessorSex',
  'possessorAddress',
  'associate1Name',
  'associate1Address',
  'associate2Name',
  'associate2Address',
] as const;

/** Associates the request has room for, and their fields by slot (slot 0 is associate 1). */
export const ASSOCIATE_SLOTS = [
  { name: 'associate1Name', address: 'associate1Address' },
  { name: 'associate2Name', address: 'associate2Address' },
] as const;

export const FIELDS = [...IDENTIFY_FIELDS, ...REQUEST_FIELDS] as const;
export type FieldId = (typeof FIELDS)[number];
export type IdentifyField = (typeof IDENTIFY_FIELDS)[number];

/** The learner's entries, every one a string ('' when empty), so a draft is trivial to check. */
export type FormValues = Record<FieldId, string>;

/**
 * Project codes come from ATF's list (brief §10.3: the list is on the back of the form, which the
 * public copies do not show), so the only answer Traza can offer without guessing is "none".
 */
export const PROJECT_CODES = ['none'] as const;

/** Fields whose value must come from a fixed list: the form's "**" fields and Traza's own lists. */
export const CHOICES: Partial<Record<FieldId, readonly string[]>> = {
  type: FIREARM_TYPES,
  obliterated: YES_NO,
  serialLocation: LOCATIONS,
  oblitLocation: LOCATIONS,
  labStatus: LAB_STATUSES,
  priority: PRIORITIES,
  crime: CRIME_IDS,
  projectCode: PROJECT_CODES,
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

/**
 * Where each field of Traza's request sits on ATF Form 3312.1, so agents learn the English form
 * they will meet. Only page 1 of the 2006 and 2018 editions is public (brief §10.3, [S5]): a
 * `printed` field gives the part, the number when the brief gives that field its own number (a
 * field listed only inside a range such as "4b–4g" gets its part, not a guessed number), the
 * label exactly as printed and its mark ("*" required entry; "**" required entry with a listed
 * answer). `later`: a part on the pages the public copies do not show (recovery, associates, the
 * obliterated-serial Part IX). `unmatched`: no printed field could be matched; `near` names the
 * closest printed one. `traza`: Traza's own practice aid, not a field of the form.
 */
export type FormMark = '*' | '**';
export type FormRef =
  | {
      kind: 'printed';
      part: string;
      number?: string;
      label: string;
      mark?: FormMark;
      /** Only in this edition's numbering (Part VI differs between 2006 and 2018). */
      edition?: '2018';
      /** The mark is printed, but what it means for this field is not confirmed (2b; brief F5). */
      unsure?: true;
    }
  | { kind: 'later'; part?: string }
  | { kind: 'unmatched'; part: string; near: string }
  | { kind: 'traza' };

export const FORM_3312_1: Record<FieldId, FormRef> = {
  type: { kind: 'printed', part: 'V', number: '5d', label: 'Type', mark: '*' },
  manufacturer: { kind: 'printed', part: 'V', number: '5c', label: 'Firearms Manufacturer', mark: '*' },
  country: {
    kind: 'printed',
    part: 'V',
    number: '5g',
    label: 'Country of Origin (Importer required if other than U.S.)',
    mark: '*',
  },
  importer: { kind: 'printed', part: 'V', number: '5h', label: 'Importer', mark: '*' },
  noImporter: { kind: 'traza' },
  model: { kind: 'printed', part: 'V', number: '5f', label: 'Model', mark: '*' },
  caliber: { kind: 'printed', part: 'V', number: '5e', label: 'Caliber', mark: '*' },
  additionalMarkings: { kind: 'printed', part: 'V', number: '5i', label: 'Additional Markings' },
  obliterated: { kind: 'printed', part: 'V', number: '5b', label: 'Obliterated Yes/No (If yes, complete Part IX)' },
  serial: { kind: 'printed', part: 'V', number: '5a', label: 'Serial Number (From Frame or Receiver)', mark: '*' },
  serialLocation: { kind: 'traza' },
  oblitLocation: { kind: 'later', part: 'IX' },
  labStatus: { kind: 'later', part: 'IX' },
  agency: { kind: 'printed', part: 'IV', number: '4a', label: 'ORI Number', mark: '*' },
  officer: { kind: 'printed', part: 'IV', label: "Other Agency Officer's Name" },
  badge: { kind: 'printed', part: 'IV', label: 'Badge Number' },
  caseNumber: { kind: 'printed', part: 'IV', label: 'Other Agency Case Number' },
  requestDate: { kind: 'printed', part: 'I', number: '1a', label: 'Date of Request' },
  priority: { kind: 'printed', part: 'I', number: '1b', label: 'Priorty [sic]: Routine / Urgent', mark: '**' },
  justification: { kind: 'printed', part: 'I', number: '1b', label: 'Urgent (Justification required)' },
  crime: { kind: 'printed', part: 'II', number: '2a', label: 'NCIC Crime Code', mark: '**' },
  projectCode: {
    kind: 'printed',
    part: 'II',
    number: '2b',
    label: 'Project Code, Project Title, or other Initiative',
    mark: '**',
    unsure: true,
  },
  recoveryDate: { kind: 'later' },
  recoveryState: { kind: 'later' },
  recoveryMunicipality: { kind: 'later' },
  recoveryPlace: { kind: 'later' },
  possessorName: { kind: 'printed', part: 'VI', label: 'Name' },
  possessorAlias: { kind: 'printed', part: 'VI', label: 'Alias' },
  possessorDob: { kind: 'unmatched', part: 'VI', near: 'Alias Date of Birth' },
  possessorSex: { kind: 'printed', part: 'VI', label: 'Sex' },
  possessorAddress: { kind: 'printed', part: 'VI', number: '6i–6p', label: 'Address', edition: '2018' },
  associate1Name: { kind: 'later' },
  associate1Address: { kind: 'later' },
  associate2Name: { kind: 'later' },
  associate2Address: { kind: 'later' },
};
