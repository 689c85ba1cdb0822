import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './support/memory-storage';
import { encodeReceipt, type Receipt } from '../../src/lib/receipt';
import {
  cellState,
  filterRows,
  importReceipts,
  learnerKey,
  mergeReceipt,
  receiptLines,
  rosterCsvRows,
  rosterRows,
  sortRows,
  type CsvLabels,
  type RosterEntry,
} from '../../src/lib/roster';
import {
  ROSTER_BACKUP_PREFIX,
  ROSTER_KEY,
  addAssignment,
  createRosterStore,
  emptyRoster,
  mergeRosters,
  parseRoster,
  removeEntry,
  removeRosterAssignment,
  rosterCounts,
  selectAssignment,
  setEntries,
} from '../../src/lib/roster-store';
import type { StorageLike } from '../../src/lib/progress';
import { toCsv } from '../../src/lib/csv';

const assignment = {
  id: 'K7Q2M9XA',
  cohort: 'Norte',
  trainer: 'Marta',
  contact: '',
  modules: ['fundamentals', 'identification'],
  assessment: false,
  due: '2026-12-15',
  passMark: 80,
  lang: 'es' as const,
};
const now = new Date('2026-12-10T12:00:00.000Z');

function receipt(name: string, createdAt: string, passed: number, extra: Partial<Receipt> = {}): Receipt {
  return {
    assignment,
    learner: { name, agency: 'Fiscalía', badge: '' },
    createdAt,
    items: assignment.modules.map((id, i) =>
      i < passed
        ? {
            id,
            status: 'passed' as const,
            best: 90,
            bestAt: '2026-12-01T10:00Z',
            passedAt: '2026-12-01T10:00Z',
            attempts: 1,
          }
        : { id, status: 'in-progress' as const, attempts: 0 },
    ),
    scenarios: [],
    ...extra,
  };
}
const entry = (r: Receipt, code = `TRZ1.${r.learner.name}${r.createdAt}`): RosterEntry => ({
  code,
  addedAt: now.toISOString(),
  receipt: r,
});

describe('merging receipts into a roster', () => {
  it('adds a new learner, replaces with a newer receipt, refuses an older one', () => {
    const first = receipt('Ana López', '2026-12-01T10:00Z', 1);
    let m = mergeReceipt([], assignment.id, 'TRZ1.AAA', first, now);
    expect(m.outcome).toEqual({ ok: true, action: 'added', name: 'Ana López' });
    const newer = receipt('ana  lopez', '2026-12-02T10:00Z', 2);
    m = mergeReceipt(m.entries, assignment.id, 'TRZ1.BBB', newer, now);
    expect(m.outcome).toMatchObject({ ok: true, action: 'updated' });
    expect(m.entries).toHaveLength(1);
    expect(m.entries[0]!.receipt).toBe(newer);
    const older = mergeReceipt(m.entries, assignment.id, 'TRZ1.CCC', first, now);
    expect(older.outcome).toMatchObject({ ok: false, error: 'older' });
    expect(older.entries).toEqual(m.entries);
  });
  it('refuses duplicates (whatever the case and spacing), other assignments and course receipts', () => {
    const r = receipt('Ana', '2026-12-01T10:00Z', 1);
    const { entries } = mergeReceipt([], assignment.id, 'TRZ1.AAA', r, now);
    expect(mergeReceipt(entries, assignment.id, 'trz1.a aa', r, now).outcome).toMatchObject({
      ok: false,
      error: 'duplicate',
    });
    const other = receipt('Beto', '2026-12-01T10:00Z', 1, {
      assignment: { ...assignment, id: 'OTHER123', cohort: 'Sur' },
    });
    expect(mergeReceipt(entries, assignment.id, 'TRZ1.X', other, now).outcome).toEqual({
      ok: false,
      error: 'other-assignment',
      name: 'Beto',
      cohort: 'Sur',
    });
    const { assignment: _drop, ...course } = r;
    expect(mergeReceipt(entries, assignment.id, 'TRZ1.Y', course, now).outcome).toMatchObject({
      ok: false,
      error: 'course-receipt',
    });
  });
  it('tells learners apart by name, agency and badge, ignoring case and accents', () => {
    const a = receipt('José Núñez', 'x', 0);
    expect(learnerKey(a)).toBe(learnerKey({ ...a, learner: { ...a.learner, name: ' jose  NUNEZ ' } }));
    expect(learnerKey(a)).not.toBe(learnerKey({ ...a, learner: { ...a.learner, badge: '17' } }));
  });
  it('imports a paste line by line with an outcome for each', async () => {
    const ana = await encodeReceipt(receipt('Ana', '2026-12-01T10:00Z', 2));
    const beto = await encodeReceipt(receipt('Beto', '2026-12-01T10:00Z', 1));
    const other = await encodeReceipt(
      receipt('Caro', '2026-12-01T10:00Z', 1, { assignment: { ...assignment, id: 'OTHER123' } }),
    );
    const text = [
      `Ana: ${ana}`,
      '',
      `https://x/es/certificate/#${beto}`,
      'not a code',
      `${ana.slice(0, -2)}ZZ`,
      ana,
      other,
      'TRZ9.ABC',
    ].join('\r\n');
    const { entries, outcomes } = await importReceipts(text, [], assignment.id, now);
    expect(entries.map((e) => e.receipt.learner.name)).toEqual(['Ana', 'Beto']);
    expect(outcomes.map((o) => [o.line, o.ok ? o.action : o.error])).toEqual([
      [1, 'added'],
      [3, 'added'],
      [4, 'wrong-kind'],
      [5, 'checksum'],
      [6, 'duplicate'],
      [7, 'other-assignment'],
      [8, 'unknown-version'],
    ]);
  });
  it('never throws on random pastes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const { entries, outcomes } = await importReceipts(text, [], assignment.id, now);
        expect(entries).toEqual([]);
        expect(outcomes.every((o) => !o.ok)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('splits lines on any line ending and skips blank ones', () => {
    expect(receiptLines('a\r\n\n b \rc')).toEqual([
      { line: 1, text: 'a' },
      { line: 3, text: 'b' },
      { line: 4, text: 'c' },
    ]);
  });
});

describe('roster rows', () => {
  const day = (stamp: string) => stamp.slice(0, 10);
  const entries = [
    entry(receipt('Beto', '2026-12-01T10:00Z', 1)),
    entry(receipt('Ana', '2026-12-03T10:00Z', 2, { learner: { name: 'Ana', agency: 'Zacatecas', badge: '' } })),
    entry(
      receipt('Élmer', '2026-12-02T10:00Z', 2, {
        items: assignment.modules.map((id) => ({
          id,
          status: 'passed' as const,
          best: 100,
          bestAt: '2026-12-20T10:00Z',
          passedAt: '2026-12-20T10:00Z',
          attempts: 1,
        })),
      }),
    ),
  ];
  it('marks cells as in time, pending, overdue or late', () => {
    const passed = { id: 'm', status: 'passed' as const, attempts: 1, passedAt: '2026-12-16T01:00Z' };
    expect(cellState(passed, '2026-12-15', '2026-12-20', day)).toBe('late');
    expect(cellState(passed, '2026-12-15', '2026-12-20', () => '2026-12-15')).toBe('ok');
    expect(cellState({ id: 'm', status: 'done', attempts: 0 }, '2026-12-15', '2026-12-15', day)).toBe('pending');
    expect(cellState(undefined, '2026-12-15', '2026-12-16', day)).toBe('overdue');
  });
  it('counts passes, completion and overdue work', () => {
    const rows = rosterRows(entries, assignment, '2026-12-16', day);
    expect(rows.map((r) => [r.entry.receipt.learner.name, r.passed, r.complete, r.overdue])).toEqual([
      ['Beto', 1, false, true],
      ['Ana', 2, true, false],
      ['Élmer', 2, true, false],
    ]);
    expect(rows[2]!.cells.map((c) => c.state)).toEqual(['late', 'late']);
    expect(rosterRows(entries, assignment, '2026-12-10', day)[0]!.overdue).toBe(false);
  });
  it('sorts by any column with the name as tie-breaker, and filters', () => {
    const rows = rosterRows(entries, assignment, '2026-12-16', day);
    const names = (rs: typeof rows) => rs.map((r) => r.entry.receipt.learner.name);
    expect(names(sortRows(rows, 'name', 'ascending', 'es'))).toEqual(['Ana', 'Beto', 'Élmer']);
    expect(names(sortRows(rows, 'name', 'descending', 'es'))).toEqual(['Élmer', 'Beto', 'Ana']);
    expect(names(sortRows(rows, 'passed', 'descending', 'es'))).toEqual(['Ana', 'Élmer', 'Beto']);
    expect(names(sortRows(rows, 'createdAt', 'ascending', 'es'))).toEqual(['Beto', 'Élmer', 'Ana']);
    expect(names(sortRows(rows, 'agency', 'descending', 'es'))).toEqual(['Ana', 'Beto', 'Élmer']);
    expect(names(filterRows(rows, 'elmer', 'all'))).toEqual(['Élmer']);
    expect(names(filterRows(rows, 'zacat', 'all'))).toEqual(['Ana']);
    expect(names(filterRows(rows, '', 'complete'))).toEqual(['Ana', 'Élmer']);
    expect(names(filterRows(rows, '', 'incomplete'))).toEqual(['Beto']);
    expect(names(filterRows(rows, '', 'overdue'))).toEqual(['Beto']);
  });
  it('becomes CSV rows with three columns per item', () => {
    const labels: CsvLabels = {
      name: 'Nombre',
      agency: 'Dependencia',
      badge: 'Placa',
      status: 'estado',
      score: 'calificación',
      date: 'fecha',
      complete: 'Completo',
      receiptDate: 'Fecha del comprobante',
      yes: 'sí',
      no: 'no',
      itemTitle: (id) => id.toUpperCase(),
      statusText: (s) => s,
      day,
    };
    const hostile = entry(receipt('=HYPERLINK("http://evil")', '2026-12-01T10:00Z', 1));
    const rows = rosterCsvRows(rosterRows([hostile], assignment, '2026-12-16', day), assignment, labels);
    expect(rows[0]).toEqual([
      'Nombre',
      'Dependencia',
      'Placa',
      'FUNDAMENTALS: estado',
      'FUNDAMENTALS: calificación',
      'FUNDAMENTALS: fecha',
      'IDENTIFICATION: estado',
      'IDENTIFICATION: calificación',
      'IDENTIFICATION: fecha',
      'Completo',
      'Fecha del comprobante',
    ]);
    expect(rows[1]).toEqual([
      '=HYPERLINK("http://evil")',
      'Fiscalía',
      '',
      'ok',
      90,
      '2026-12-01',
      'overdue',
      '',
      '',
      'no',
      '2026-12-01',
    ]);
    expect(toCsv(rows).split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""http://evil"")",Fiscalía,,ok,90,2026-12-01,overdue,,,no,2026-12-01`,
    );
  });
});

describe('the roster store', () => {
  it('saves assignments and entries, and reloads them', () => {
    const storage = new MemoryStorage();
    const store = createRosterStore(storage, () => now);
    store.update((r) => addAssignment(r, assignment, now));
    store.update((r) => setEntries(r, assignment.id, [entry(receipt('Ana', '2026-12-01T10:00Z', 1))]));
    const again = createRosterStore(storage).get();
    expect(again.current).toBe(assignment.id);
    expect(again.assignments[assignment.id]!.entries).toHaveLength(1);
    expect(parseRoster(storage.getItem(ROSTER_KEY))).toEqual({ roster: again });
  });
  it('keeps unreadable and newer rosters aside and says so', () => {
    for (const [raw, kind] of [
      ['{oops', 'recovered'],
      ['{"version":1,"assignments":[]}', 'recovered'],
      ['{"version":5}', 'newer'],
    ] as const) {
      const storage = new MemoryStorage();
      storage.setItem(ROSTER_KEY, raw);
      const store = createRosterStore(storage, () => now);
      expect(store.notices()).toEqual([{ kind, backupKey: `${ROSTER_BACKUP_PREFIX}${now.toISOString()}` }]);
      expect(storage.getItem(`${ROSTER_BACKUP_PREFIX}${now.toISOString()}`)).toBe(raw);
      expect(storage.getItem(ROSTER_KEY)).toBeNull();
      expect(store.get()).toEqual(emptyRoster());
    }
  });
  it('works in memory when storage throws', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    };
    const store = createRosterStore(throwing);
    store.update((r) => addAssignment(r, assignment, now));
    expect(store.get().current).toBe(assignment.id);
    expect(store.notices()).toEqual([{ kind: 'memory' }]);
  });
  it('reports a full storage', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const store = createRosterStore(storage);
    store.update((r) => addAssignment(r, assignment, now));
    expect(store.notices()).toEqual([{ kind: 'full' }]);
  });
  it('follows other tabs and ignores unreadable text from them', () => {
    const store = createRosterStore(new MemoryStorage());
    const seen: number[] = [];
    store.subscribe((r) => seen.push(Object.keys(r.assignments).length));
    store.reloadFrom(JSON.stringify(addAssignment(emptyRoster(), assignment, now)));
    store.reloadFrom('garbage');
    expect(seen).toEqual([1]);
  });
  it('removes entries and assignments, and selects only known ones', () => {
    let r = addAssignment(emptyRoster(), assignment, now);
    r = setEntries(r, assignment.id, [entry(receipt('Ana', 'a', 1), 'A'), entry(receipt('Beto', 'b', 1), 'B')]);
    r = removeEntry(r, assignment.id, 'A');
    expect(r.assignments[assignment.id]!.entries.map((e) => e.code)).toEqual(['B']);
    expect(selectAssignment(r, 'nope')).toBe(r);
    expect(removeRosterAssignment(r, assignment.id)).toEqual(emptyRoster());
  });
  it('merges an imported backup without losing anyone', () => {
    const other = { ...assignment, id: 'OTHER123' };
    let here = addAssignment(emptyRoster(), assignment, now);
    here = setEntries(here, assignment.id, [entry(receipt('Ana', '2026-12-01T10:00Z', 1), 'A1')]);
    let backup = addAssignment(addAssignment(emptyRoster(), other, now), assignment, now);
    backup = setEntries(backup, assignment.id, [
      entry(receipt('Ana', '2026-12-05T10:00Z', 2), 'A2'),
      entry(receipt('Beto', '2026-12-01T10:00Z', 1), 'B1'),
    ]);
    const merged = mergeRosters(here, backup);
    expect(rosterCounts(here)).toEqual({ assignments: 1, learners: 1 });
    expect(rosterCounts(merged)).toEqual({ assignments: 2, learners: 2 });
    expect(merged.assignments[assignment.id]!.entries.map((e) => e.code)).toEqual(['A2', 'B1']);
    expect(merged.current).toBe(assignment.id);
  });
  it('never throws on random saved text', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseRoster(s).roster === 'object'));
    fc.assert(fc.property(fc.jsonValue(), (v) => typeof parseRoster(JSON.stringify(v)).roster === 'object'));
  });
});
