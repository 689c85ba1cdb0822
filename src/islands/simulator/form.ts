import {
  ASSOCIATE_SLOTS,
  FIREARM_TYPES,
  LAB_STATUSES,
  LOCATIONS,
  PROJECT_CODES,
  SEXES,
  type FieldId,
  type FormValues,
} from '../../lib/simulator/fields';
import type { FieldSpec } from './Field';
import { formatDay, type T } from './text';

/** The labels of the lists whose labels are content (crime categories, states), in the page language. */
export interface Lists {
  crimes: [string, string][];
  states: [string, string][];
}

export interface Section {
  /** Key of the section's legend (`sec.*`). */
  key: string;
  note?: string;
  fields: FieldSpec[];
}

const options = (ids: readonly string[], prefix: string, t: T): [string, string][] =>
  ids.map((id) => [id, t(`${prefix}${id}`)]);

/**
 * The sections of one form step, built from the current values: marking the serial obliterated
 * opens the obliterated-serial section and makes the serial optional; an urgent priority opens
 * the justification.
 */
export function sectionsFor(step: 'identify' | 'request', form: FormValues, t: T, lists: Lists): Section[] {
  if (step === 'identify') {
    const flagged = form.obliterated === 'yes';
    const where = options(LOCATIONS, 'loc.', t);
    return [
      {
        key: 'sec.firearm',
        fields: [
          { id: 'type', kind: 'select', options: options(FIREARM_TYPES, 'type.', t) },
          { id: 'manufacturer', kind: 'text' },
          { id: 'country', kind: 'text' },
          { id: 'importer', kind: 'text' },
          { id: 'noImporter', kind: 'check' },
          { id: 'model', kind: 'text', code: true },
          { id: 'caliber', kind: 'text' },
          { id: 'additionalMarkings', kind: 'text', code: true, optional: true },
        ],
      },
      {
        key: 'sec.serial',
        fields: [
          {
            id: 'obliterated',
            kind: 'radio',
            options: [
              ['no', t('no')],
              ['yes', t('yes')],
            ],
          },
          { id: 'serial', kind: 'text', code: true, optional: flagged, label: flagged ? 'f.serialFlagged' : undefined },
          ...(flagged ? [] : [{ id: 'serialLocation', kind: 'select', options: where } as FieldSpec]),
        ],
      },
      ...(flagged
        ? [
            {
              key: 'sec.obliterated',
              note: 'sec.obliteratedNote',
              fields: [
                { id: 'oblitLocation', kind: 'select', options: where },
                { id: 'labStatus', kind: 'select', options: options(LAB_STATUSES, 'lab.', t) },
              ] as FieldSpec[],
            },
          ]
        : []),
    ];
  }
  return [
    {
      key: 'sec.requester',
      fields: [
        { id: 'agency', kind: 'text', code: true },
        { id: 'officer', kind: 'text' },
        { id: 'badge', kind: 'text', optional: true },
        { id: 'caseNumber', kind: 'text', code: true },
      ],
    },
    {
      key: 'sec.request',
      fields: [
        { id: 'requestDate', kind: 'date' },
        { id: 'priority', kind: 'radio', options: options(['routine', 'urgent'], 'priority.', t) },
        ...(form.priority === 'urgent' ? [{ id: 'justification', kind: 'textarea' } as FieldSpec] : []),
        { id: 'crime', kind: 'select', options: lists.crimes },
        { id: 'projectCode', kind: 'select', optional: true, options: options(PROJECT_CODES, 'project.', t) },
      ],
    },
    {
      key: 'sec.recovery',
      fields: [
        { id: 'recoveryDate', kind: 'date' },
        { id: 'recoveryState', kind: 'select', options: lists.states },
        { id: 'recoveryMunicipality', kind: 'text' },
        { id: 'recoveryPlace', kind: 'text', optional: true },
      ],
    },
    {
      key: 'sec.possessor',
      note: 'sec.possessorNote',
      fields: [
        { id: 'possessorName', kind: 'text', optional: true },
        { id: 'possessorAlias', kind: 'text', optional: true },
        { id: 'possessorDob', kind: 'date', optional: true },
        { id: 'possessorSex', kind: 'select', optional: true, options: options(SEXES, 'sex.', t) },
        { id: 'possessorAddress', kind: 'text', optional: true },
      ],
    },
    {
      key: 'sec.associates',
      note: 'sec.associatesNote',
      fields: ASSOCIATE_SLOTS.flatMap((slot) => [
        { id: slot.name, kind: 'text', optional: true } as FieldSpec,
        { id: slot.address, kind: 'text', optional: true } as FieldSpec,
      ]),
    },
  ];
}

/** A field's value as a reader sees it: list labels, long dates, "—" for nothing. */
export function displayValue(field: FieldId, value: string, t: T, lists: Lists, lang: string): string {
  const v = value.trim();
  if (!v) return '—';
  const lookup = (list: [string, string][]) => list.find(([id]) => id === v)?.[1] ?? v;
  switch (field) {
    case 'type':
      return t(`type.${v}`);
    case 'serialLocation':
    case 'oblitLocation':
      return t(`loc.${v}`);
    case 'labStatus':
      return t(`lab.${v}`);
    case 'possessorSex':
      return t(`sex.${v}`);
    case 'priority':
      return t(`priority.${v}`);
    case 'projectCode':
      return t(`project.${v}`);
    case 'obliterated':
    case 'noImporter':
      return t(v === 'yes' ? 'yes' : 'no');
    case 'crime':
      return lookup(lists.crimes);
    case 'recoveryState':
      return lookup(lists.states);
    case 'requestDate':
    case 'recoveryDate':
    case 'possessorDob':
      return formatDay(v, lang);
    default:
      return v;
  }
}
