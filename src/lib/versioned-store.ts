/**
 * One versioned JSON record kept in the browser (the learner's progress, the trainer's rosters),
 * with one discipline for all of them: the saved text is checked on load; text that cannot be used
 * is copied to a backup key before anything overwrites it; a storage that refuses to work leaves
 * the store working in memory. What went wrong comes back as a plain `SaveNotice`, never a throw.
 *
 * Kept small on purpose: the progress store runs on every lesson page, inside a 10 KB JS budget.
 */

/** The part of the Web Storage API the stores use (localStorage, or a stand-in in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What the user should be told about saving:
 * - `recovered`: the saved record was unreadable (corrupt); it was kept under `backupKey` and a
 *   fresh record started;
 * - `newer`: saved by a newer Traza; kept under `backupKey`, this page works on a fresh record;
 * - `memory`: storage is unavailable (private mode, blocked storage): nothing is kept;
 * - `full`: storage quota exceeded; changes are kept only until the page closes.
 */
export type SaveNotice = { kind: 'recovered' | 'newer'; backupKey: string } | { kind: 'memory' } | { kind: 'full' };

/** Why saved text could not be used as it was. */
export type LoadProblem = 'corrupt' | 'newer-version';

/** One upgrade step: a record of version n in, a record of version n + 1 out. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** How one kind of record is read. */
export interface VersionedFormat<T> {
  /** The version this code writes; records carry it in a top-level `version` field. */
  version: number;
  /** A new, empty record (a fresh object each call). */
  fresh: () => T;
  /** Checks an upgraded record, with Zod's `safeParse` contract (a `Schema.safeParse` fits). */
  validate: (data: unknown) => { success: true; data: T } | { success: false };
  /** Upgrade steps by the version they start from; a version with no step reads as corrupt. */
  migrations?: Record<number, Migration>;
}

export interface Read<T> {
  value: T;
  /** Set when the text could not be used; `value` is then a fresh record. */
  problem?: LoadProblem;
  /** True when an older version was upgraded (worth saving back). */
  migrated: boolean;
}

/**
 * Reads saved or imported text. Never throws: nothing saved gives a fresh record; unreadable JSON,
 * a missing or bad version, a missing or failing upgrade step or a rejected shape give a fresh
 * record and `corrupt`; a version above `format.version` gives a fresh record and `newer-version`.
 */
export function readVersioned<T>(raw: string | null | undefined, format: VersionedFormat<T>): Read<T> {
  if (!raw) return { value: format.fresh(), migrated: false };
  let problem: LoadProblem = 'corrupt';
  try {
    let record = JSON.parse(raw);
    // Only an object can carry a version: anything else (null throws here) reads as corrupt.
    let version = record.version;
    if (Number.isInteger(version) && version > 0) {
      if (version > format.version) problem = 'newer-version';
      else {
        const migrated = version < format.version;
        // A missing step throws, and reads as corrupt like any other failure.
        while (version < format.version) record = format.migrations![version++]!(record);
        const parsed = format.validate(record);
        if (parsed.success) return { value: parsed.data, migrated };
      }
    }
  } catch {
    // Not JSON, or an upgrade that failed: corrupt.
  }
  return { value: format.fresh(), problem, migrated: false };
}

export interface VersionedStore<T> {
  get(): T;
  /** Apply a change; it is saved at once and every subscriber hears of it. */
  update(change: (value: T) => T): void;
  /** Replace everything (import, reset). */
  replace(value: T): void;
  subscribe(listener: (value: T) => void): () => void;
  /** What went wrong with storage so far (a copy). */
  notices(): SaveNotice[];
  /** Called when another tab changed the saved text (the `storage` event); unusable text is ignored. */
  reloadFrom(raw: string | null): void;
}

/**
 * A store for one record under `key` in any storage (`null`: no storage at all). Unusable saved
 * text is copied to `backupPrefix` + the time before anything else is written, and the key is
 * cleared; if even that copy fails, the original is left untouched and the store works in memory.
 * No other key is touched.
 */
export function createVersionedStore<T>(
  storage: StorageLike | null,
  key: string,
  backupPrefix: string,
  format: VersionedFormat<T>,
  now: () => Date = () => new Date(),
): VersionedStore<T> {
  const listeners = new Set<(value: T) => void>();
  let notices: SaveNotice[] = [];
  let usable = !!storage;
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(key);
  } catch {
    usable = false;
  }
  if (!usable) notices.push({ kind: 'memory' });

  const loaded = readVersioned(raw, format);
  let value = loaded.value;
  // A problem means text was read, so storage is there and answered.
  if (loaded.problem) {
    const backupKey = backupPrefix + now().toISOString();
    try {
      storage!.setItem(backupKey, raw!);
      storage!.removeItem(key);
      notices.push({ kind: loaded.problem === 'corrupt' ? 'recovered' : 'newer', backupKey });
    } catch {
      // Could not copy it aside: leave the original untouched and do not overwrite it.
      usable = false;
      notices.push({ kind: 'memory' });
    }
  } else if (loaded.migrated) save();

  // After loading, `full` is the only notice that comes and goes, so it is always the last one.
  function save() {
    if (!usable) return;
    notices = notices.filter((n) => n.kind !== 'full');
    try {
      storage!.setItem(key, JSON.stringify(value));
    } catch {
      notices.push({ kind: 'full' });
    }
  }

  const emit = () => listeners.forEach((l) => l(value));
  const replace = (next: T) => {
    value = next;
    save();
    emit();
  };

  return {
    get: () => value,
    update: (change) => replace(change(value)),
    replace,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notices: () => [...notices],
    reloadFrom(text) {
      const next = readVersioned(text, format);
      if (next.problem) return;
      value = next.value;
      emit();
    },
  };
}
