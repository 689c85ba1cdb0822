import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './support/memory-storage';
import {
  createVersionedStore,
  readVersioned,
  type StorageLike,
  type VersionedFormat,
} from '../../src/lib/versioned-store';
import { array, literal, object, string } from '../../src/lib/validate';

// A small record type of its own, so these tests pin the helper and not the progress or roster data.
// Version 1 was `{ version: 1, items: string }` (comma-separated); version 2 keeps a list.
interface Notes {
  version: 2;
  items: string[];
}
const notesSchema = object({ version: literal(2), items: array(string(1, 20)) });
const format: VersionedFormat<Notes> = {
  version: 2,
  fresh: () => ({ version: 2, items: [] }),
  validate: notesSchema.safeParse,
  migrations: {
    1: (v1) => ({ version: 2, items: typeof v1.items === 'string' ? v1.items.split(',') : [] }),
  },
};
const notes = (...items: string[]): Notes => ({ version: 2, items });

const KEY = 'notes';
const PREFIX = 'notes-backup-';
const at = new Date('2026-11-30T12:00:00.000Z');
const backupKey = `${PREFIX}${at.toISOString()}`;

/** A storage holding `saved` under KEY, plus two keys that belong to someone else. */
function storageWith(saved?: string) {
  const storage = new MemoryStorage();
  storage.setItem('other-app', 'keep me');
  storage.setItem('traza-theme', 'dark');
  if (saved !== undefined) storage.setItem(KEY, saved);
  return storage;
}
const others = (s: MemoryStorage) => [s.getItem('other-app'), s.getItem('traza-theme')];

describe('readVersioned', () => {
  it('gives a fresh record, and no problem, when nothing is saved', () => {
    for (const raw of [null, undefined, ''])
      expect(readVersioned(raw, format)).toEqual({ value: notes(), migrated: false });
  });
  it('reads a current record as it is', () => {
    expect(readVersioned(JSON.stringify(notes('a', 'b')), format)).toEqual({ value: notes('a', 'b'), migrated: false });
  });
  it('gives a fresh object every time', () => {
    const a = readVersioned(null, format).value;
    a.items.push('x');
    expect(readVersioned(null, format).value).toEqual(notes());
  });
  it('calls unreadable JSON corrupt', () => {
    for (const raw of ['{not json', '{"version":2, broken', 'undefined', '{"version":2}x']) {
      expect(readVersioned(raw, format)).toEqual({ value: notes(), problem: 'corrupt', migrated: false });
    }
  });
  it('calls JSON that is not a record corrupt', () => {
    for (const raw of ['null', '[]', '[2]', '2', '"notes"', 'true'])
      expect(readVersioned(raw, format).problem).toBe('corrupt');
  });
  it('calls a missing or malformed version corrupt', () => {
    for (const version of ['', 'null', '0', '-1', '1.5', '2.5', '"2"', '"3"', '[2]', '{}', '1e999']) {
      const raw = `{${version ? `"version":${version},` : ''}"items":[]}`;
      expect(readVersioned(raw, format).problem, raw).toBe('corrupt');
    }
  });
  it('calls a version above its own newer, without reading further', () => {
    expect(readVersioned('{"version":3}', format)).toEqual({
      value: notes(),
      problem: 'newer-version',
      migrated: false,
    });
    expect(readVersioned('{"version":99,"items":"anything"}', format).problem).toBe('newer-version');
  });
  it('calls a record the validator rejects corrupt', () => {
    for (const data of [
      { version: 2 },
      { version: 2, items: 'a,b' },
      { version: 2, items: [''] },
      { version: 2, items: [1] },
    ]) {
      expect(readVersioned(JSON.stringify(data), format)).toEqual({
        value: notes(),
        problem: 'corrupt',
        migrated: false,
      });
    }
  });
  it('upgrades an older version step by step, then validates the result', () => {
    expect(readVersioned('{"version":1,"items":"a,b"}', format)).toEqual({ value: notes('a', 'b'), migrated: true });
    // The upgraded record must still pass the validator.
    expect(readVersioned('{"version":1,"items":"a,,b"}', format)).toEqual({
      value: notes(),
      problem: 'corrupt',
      migrated: false,
    });
  });
  it('calls a version with no upgrade step, or a step that fails, corrupt', () => {
    const noSteps: VersionedFormat<Notes> = { ...format, migrations: undefined };
    expect(readVersioned('{"version":1,"items":"a"}', noSteps).problem).toBe('corrupt');
    const failing: VersionedFormat<Notes> = {
      ...format,
      migrations: {
        1: () => {
          throw new Error('bad step');
        },
      },
    };
    expect(readVersioned('{"version":1,"items":"a"}', failing).problem).toBe('corrupt');
  });
  it('never throws, whatever is stored', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(readVersioned(s, format).value.items)));
    fc.assert(fc.property(fc.jsonValue(), (v) => Array.isArray(readVersioned(JSON.stringify(v), format).value.items)));
    fc.assert(
      fc.property(fc.record({ version: fc.oneof(fc.integer(), fc.double()), items: fc.jsonValue() }), (v) =>
        Array.isArray(readVersioned(JSON.stringify(v), format).value.items),
      ),
    );
  });
});

describe('createVersionedStore', () => {
  it('loads what was saved, saves every change and reloads it', () => {
    const storage = storageWith(JSON.stringify(notes('a')));
    const store = createVersionedStore(storage, KEY, PREFIX, format);
    expect(store.get()).toEqual(notes('a'));
    store.update((n) => notes(...n.items, 'b'));
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(notes('a', 'b'));
    store.replace(notes('z'));
    expect(createVersionedStore(storage, KEY, PREFIX, format).get()).toEqual(notes('z'));
    expect(store.notices()).toEqual([]);
    expect(others(storage)).toEqual(['keep me', 'dark']);
  });

  it('starts fresh, writing nothing, when nothing is saved', () => {
    const storage = storageWith();
    const store = createVersionedStore(storage, KEY, PREFIX, format);
    expect(store.get()).toEqual(notes());
    expect(storage.getItem(KEY)).toBeNull();
    expect(storage.data.size).toBe(2);
  });

  it('saves an upgraded record back at once', () => {
    const storage = storageWith('{"version":1,"items":"a,b"}');
    const store = createVersionedStore(storage, KEY, PREFIX, format, () => at);
    expect(store.get()).toEqual(notes('a', 'b'));
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(notes('a', 'b'));
    expect(store.notices()).toEqual([]);
  });

  it('keeps corrupt JSON aside under a backup key, clears the key and says so', () => {
    const storage = storageWith('{"version":2, broken');
    const store = createVersionedStore(storage, KEY, PREFIX, format, () => at);
    expect(store.notices()).toEqual([{ kind: 'recovered', backupKey }]);
    expect(storage.getItem(backupKey)).toBe('{"version":2, broken');
    expect(storage.getItem(KEY)).toBeNull();
    expect(store.get()).toEqual(notes());
    expect(others(storage)).toEqual(['keep me', 'dark']);
  });

  it('keeps a record the validator rejects aside as corrupt', () => {
    const raw = '{"version":2,"items":"not a list"}';
    const storage = storageWith(raw);
    const store = createVersionedStore(storage, KEY, PREFIX, format, () => at);
    expect(store.notices()).toEqual([{ kind: 'recovered', backupKey }]);
    expect(storage.getItem(backupKey)).toBe(raw);
  });

  it('keeps a record with a wrong version aside: newer, or corrupt when it makes no sense', () => {
    for (const [raw, kind] of [
      ['{"version":7,"items":[]}', 'newer'],
      ['{"version":0,"items":[]}', 'recovered'],
      ['{"items":[]}', 'recovered'],
    ] as const) {
      const storage = storageWith(raw);
      const store = createVersionedStore(storage, KEY, PREFIX, format, () => at);
      expect(store.notices()).toEqual([{ kind, backupKey }]);
      expect(storage.getItem(backupKey)).toBe(raw);
      expect(storage.getItem(KEY)).toBeNull();
    }
  });

  it('never overwrites the backup: later saves go to the key, the backup stays as it was', () => {
    const storage = storageWith('{oops');
    const store = createVersionedStore(storage, KEY, PREFIX, format, () => at);
    store.update(() => notes('a'));
    store.update(() => notes('b'));
    expect(storage.getItem(backupKey)).toBe('{oops');
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(notes('b'));
    // A second start finds the good record and makes no new backup.
    const again = createVersionedStore(storage, KEY, PREFIX, format, () => new Date('2026-12-01T00:00:00.000Z'));
    expect(again.notices()).toEqual([]);
    expect(again.get()).toEqual(notes('b'));
    expect([...storage.data.keys()].filter((k) => k.startsWith(PREFIX))).toEqual([backupKey]);
    expect(others(storage)).toEqual(['keep me', 'dark']);
  });

  it('leaves unreadable text untouched, and works in memory, when it cannot copy it aside', () => {
    const storage = storageWith('{oops');
    const original = storage.setItem.bind(storage);
    storage.setItem = (k, v) => {
      if (k.startsWith(PREFIX)) throw new DOMException('quota', 'QuotaExceededError');
      original(k, v);
    };
    const store = createVersionedStore(storage, KEY, PREFIX, format, () => at);
    expect(store.notices()).toEqual([{ kind: 'memory' }]);
    store.update(() => notes('a'));
    expect(store.get()).toEqual(notes('a'));
    expect(storage.getItem(KEY)).toBe('{oops');
    expect(storage.data.size).toBe(3);
  });

  it('works in memory when there is no storage at all', () => {
    const store = createVersionedStore(null, KEY, PREFIX, format);
    expect(store.notices()).toEqual([{ kind: 'memory' }]);
    store.update(() => notes('a'));
    expect(store.get()).toEqual(notes('a'));
    expect(store.notices()).toEqual([{ kind: 'memory' }]);
  });

  it('works in memory when storage throws on access (blocked storage, private mode)', () => {
    let writes = 0;
    const blocked: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        writes++;
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        writes++;
      },
    };
    const store = createVersionedStore(blocked, KEY, PREFIX, format);
    store.update(() => notes('a'));
    expect(store.get()).toEqual(notes('a'));
    expect(store.notices()).toEqual([{ kind: 'memory' }]);
    expect(writes).toBe(0);
  });

  it('reports an exceeded quota once, keeps the change in memory, and clears the notice after a good save', () => {
    const storage = storageWith(JSON.stringify(notes('a')));
    let full = true;
    const original = storage.setItem.bind(storage);
    storage.setItem = (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      original(k, v);
    };
    const store = createVersionedStore(storage, KEY, PREFIX, format);
    const seen: string[][] = [];
    store.subscribe((n) => seen.push(n.items));
    store.update(() => notes('b'));
    store.update(() => notes('c'));
    expect(store.notices()).toEqual([{ kind: 'full' }]);
    expect(store.get()).toEqual(notes('c'));
    expect(seen).toEqual([['b'], ['c']]);
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(notes('a'));
    full = false;
    store.update(() => notes('d'));
    expect(store.notices()).toEqual([]);
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(notes('d'));
    expect(others(storage)).toEqual(['keep me', 'dark']);
  });

  it('keeps earlier notices when the quota runs out later', () => {
    const storage = storageWith('{oops');
    const store = createVersionedStore(storage, KEY, PREFIX, format, () => at);
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    store.update(() => notes('a'));
    expect(store.notices()).toEqual([{ kind: 'recovered', backupKey }, { kind: 'full' }]);
  });

  it('hands out copies of its notices', () => {
    const store = createVersionedStore(null, KEY, PREFIX, format);
    store.notices().pop();
    expect(store.notices()).toEqual([{ kind: 'memory' }]);
  });

  it('follows other tabs, ignoring text it cannot use, and stops notifying after unsubscribe', () => {
    const storage = storageWith();
    const store = createVersionedStore(storage, KEY, PREFIX, format);
    const seen: string[][] = [];
    const off = store.subscribe((n) => seen.push(n.items));
    store.reloadFrom(JSON.stringify(notes('x')));
    store.reloadFrom('garbage');
    store.reloadFrom('{"version":9}');
    store.reloadFrom('{"version":2,"items":"no"}');
    expect(seen).toEqual([['x']]);
    expect(store.get()).toEqual(notes('x'));
    // Another tab's text is only read, never written back.
    expect(storage.getItem(KEY)).toBeNull();
    off();
    store.update(() => notes('y'));
    expect(seen).toEqual([['x']]);
  });
});
