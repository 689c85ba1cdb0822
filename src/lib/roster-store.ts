import { array, literal, object, optional, record, string, type Infer } from './validate';
import { assignmentSchema, type Assignment } from './progress/schema';
import { receiptSchema } from './receipt';
import { canonicalCode, learnerKey, type RosterEntry } from './roster';
import {
  createVersionedStore,
  readVersioned,
  type LoadProblem,
  type SaveNotice,
  type StorageLike,
  type VersionedFormat,
} from './versioned-store';

/**
 * The trainer's rosters, kept in their own browser under their own key (a trainer can also be a
 * learner on the same machine). Version 1. The same discipline as the learner's progress: checked
 * on load, an unreadable record kept aside under a backup key, memory-only when storage refuses.
 */
export const ROSTER_VERSION = 1;
export const ROSTER_KEY = 'traza-roster';
export const ROSTER_BACKUP_PREFIX = 'traza-roster-backup-';

const isoDate = string(10, 40);

const entrySchema = object({
  code: string(1, 16 * 1024),
  addedAt: isoDate,
  receipt: receiptSchema,
});

export const rosterSchema = object({
  version: literal(ROSTER_VERSION),
  /** Assignment id → the assignment and the receipts collected for it. */
  assignments: record(object({ assignment: assignmentSchema, savedAt: isoDate, entries: array(entrySchema) })),
  /** The assignment the roster page shows. */
  current: optional(string()),
});

export type RosterData = Infer<typeof rosterSchema>;

export function emptyRoster(): RosterData {
  return { version: ROSTER_VERSION, assignments: {} };
}

export type RosterProblem = LoadProblem;

/** How a saved roster is read: version 1, no upgrades yet; an unknown `current` is dropped. */
const rosterFormat: VersionedFormat<RosterData> = {
  version: ROSTER_VERSION,
  fresh: emptyRoster,
  validate(data) {
    const parsed = rosterSchema.safeParse(data);
    if (parsed.success && parsed.data.current && !parsed.data.assignments[parsed.data.current])
      delete parsed.data.current;
    return parsed;
  },
};

/** Reads a saved or imported roster. Never throws; a problem comes back with a fresh roster. */
export function parseRoster(raw: string | null | undefined): { roster: RosterData; problem?: RosterProblem } {
  const { value: roster, problem } = readVersioned(raw, rosterFormat);
  return problem ? { roster, problem } : { roster };
}

/** Adds (or refreshes) an assignment the trainer made or opened, and shows it. */
export function addAssignment(r: RosterData, a: Assignment, now: Date): RosterData {
  const existing = r.assignments[a.id];
  return {
    ...r,
    assignments: {
      ...r.assignments,
      [a.id]: { assignment: a, savedAt: existing?.savedAt ?? now.toISOString(), entries: existing?.entries ?? [] },
    },
    current: a.id,
  };
}

export function setEntries(r: RosterData, assignmentId: string, entries: RosterEntry[]): RosterData {
  const slot = r.assignments[assignmentId];
  if (!slot) return r;
  return { ...r, assignments: { ...r.assignments, [assignmentId]: { ...slot, entries } } };
}

export function removeEntry(r: RosterData, assignmentId: string, code: string): RosterData {
  const slot = r.assignments[assignmentId];
  if (!slot) return r;
  return setEntries(
    r,
    assignmentId,
    slot.entries.filter((e) => e.code !== code),
  );
}

export function removeRosterAssignment(r: RosterData, assignmentId: string): RosterData {
  const { [assignmentId]: _gone, ...rest } = r.assignments;
  const next: RosterData = { ...r, assignments: rest };
  if (next.current === assignmentId) delete next.current;
  return next;
}

export function selectAssignment(r: RosterData, assignmentId: string): RosterData {
  return r.assignments[assignmentId] ? { ...r, current: assignmentId } : r;
}

export interface RosterCounts {
  assignments: number;
  learners: number;
}

export function rosterCounts(r: RosterData): RosterCounts {
  return {
    assignments: Object.keys(r.assignments).length,
    learners: Object.values(r.assignments).reduce((n, s) => n + s.entries.length, 0),
  };
}

/**
 * Combines an imported backup with the roster here, losing nothing: assignments from both; per
 * learner, the newer receipt.
 */
export function mergeRosters(here: RosterData, incoming: RosterData): RosterData {
  const assignments = { ...incoming.assignments, ...here.assignments };
  for (const [id, slot] of Object.entries(incoming.assignments)) {
    const mine = here.assignments[id];
    if (!mine) continue;
    const byLearner = new Map(mine.entries.map((e) => [learnerKey(e.receipt), e]));
    for (const e of slot.entries) {
      const key = learnerKey(e.receipt);
      const have = byLearner.get(key);
      if (!have || (have.receipt.createdAt < e.receipt.createdAt && canonicalCode(have.code) !== canonicalCode(e.code)))
        byLearner.set(key, e);
    }
    assignments[id] = { ...mine, entries: [...byLearner.values()] };
  }
  const current = here.current ?? incoming.current;
  return { version: ROSTER_VERSION, assignments, ...(current ? { current } : {}) };
}

export interface RosterStore {
  get(): RosterData;
  update(change: (r: RosterData) => RosterData): void;
  subscribe(listener: (r: RosterData) => void): () => void;
  notices(): SaveNotice[];
  reloadFrom(raw: string | null): void;
}

/** A roster store over any storage; the rules of `createProgressStore`, for the trainer's data. */
export function createRosterStore(storage: StorageLike | null, now?: () => Date): RosterStore {
  return createVersionedStore(storage, ROSTER_KEY, ROSTER_BACKUP_PREFIX, rosterFormat, now);
}
