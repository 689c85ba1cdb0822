import { decodeReceipt, receiptComplete, type Receipt, type ReceiptItem } from './receipt';
import { assignmentItems, type Assignment } from './assignment';
import type { CodeError } from './codec';
import type { Cell } from './csv';

/** A receipt the trainer added to a roster. */
export interface RosterEntry {
  code: string;
  addedAt: string;
  receipt: Receipt;
}

/**
 * The same learner sending a newer receipt replaces their row instead of adding one. A learner is
 * their name, agency and badge, compared without case, accents or extra spaces ("José  López" and
 * "jose lopez" are one person), because the same person types them slightly differently.
 */
export function learnerKey(r: Receipt): string {
  const norm = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  return [r.learner.name, r.learner.agency, r.learner.badge].map(norm).join('|');
}

export type LineError = CodeError | 'other-assignment' | 'course-receipt' | 'duplicate' | 'older';

export type MergeOutcome =
  | { ok: true; action: 'added' | 'updated'; name: string }
  | { ok: false; error: LineError; name?: string; cohort?: string };
export type LineOutcome = MergeOutcome & { line: number };

/** A receipt code inside a line: people paste lines with a name before it, or a whole link. */
const CODE_IN_LINE = /TRZ\d+\.[0-9A-Za-z]+/;

/** The non-empty lines of a paste or a file, each with its 1-based line number. */
export function receiptLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ line: i + 1, text: t.trim() }))
    .filter((l) => l.text !== '');
}

/**
 * Adds one decoded receipt to a roster's entries. The rules, in order: a receipt of another
 * assignment (or of the whole course) is refused; the same code twice is a duplicate; a newer
 * receipt from a learner already listed replaces theirs; an older or same-age one is refused.
 */
export function mergeReceipt(
  entries: readonly RosterEntry[],
  assignmentId: string,
  code: string,
  receipt: Receipt,
  now: Date,
): { entries: RosterEntry[]; outcome: MergeOutcome } {
  const name = receipt.learner.name;
  const list = [...entries];
  if (!receipt.assignment) return { entries: list, outcome: { ok: false, error: 'course-receipt', name } };
  if (receipt.assignment.id !== assignmentId) {
    return {
      entries: list,
      outcome: { ok: false, error: 'other-assignment', name, cohort: receipt.assignment.cohort },
    };
  }
  const canonical = canonicalCode(code);
  if (list.some((e) => canonicalCode(e.code) === canonical))
    return { entries: list, outcome: { ok: false, error: 'duplicate', name } };
  const key = learnerKey(receipt);
  const i = list.findIndex((e) => learnerKey(e.receipt) === key);
  const entry: RosterEntry = { code: canonical, addedAt: now.toISOString(), receipt };
  if (i < 0) return { entries: [...list, entry], outcome: { ok: true, action: 'added', name } };
  if (list[i]!.receipt.createdAt >= receipt.createdAt)
    return { entries: list, outcome: { ok: false, error: 'older', name } };
  list[i] = entry;
  return { entries: list, outcome: { ok: true, action: 'updated', name } };
}

/** Codes compare without spaces and case: the same receipt pasted twice is one receipt. */
export function canonicalCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** Reads a paste of many receipts (one a line) into a roster, with an outcome for every line. */
export async function importReceipts(
  text: string,
  entries: readonly RosterEntry[],
  assignmentId: string,
  now: Date,
): Promise<{ entries: RosterEntry[]; outcomes: LineOutcome[] }> {
  let list = [...entries];
  const outcomes: LineOutcome[] = [];
  for (const { line, text: lineText } of receiptLines(text)) {
    const code = CODE_IN_LINE.exec(lineText)?.[0] ?? lineText;
    const decoded = await decodeReceipt(code);
    if (!decoded.ok) {
      outcomes.push({ line, ok: false, error: decoded.error });
      continue;
    }
    const merged = mergeReceipt(list, assignmentId, code, decoded.value, now);
    list = merged.entries;
    outcomes.push({ line, ...merged.outcome });
  }
  return { entries: list, outcomes };
}

export type CellState = 'ok' | 'pending' | 'overdue' | 'late';

/**
 * How a roster cell reads against the due date (`today` and `due` are `YYYY-MM-DD`, in the
 * trainer's time zone): passed in time, still open, overdue (open after the due date), or late
 * (passed, but after the due date). `dayOf` turns a receipt's UTC stamp into a local day.
 */
export function cellState(
  item: ReceiptItem | undefined,
  due: string,
  today: string,
  dayOf: (stamp: string) => string,
): CellState {
  if (item?.status === 'passed') return item.passedAt && dayOf(item.passedAt) > due ? 'late' : 'ok';
  return today > due ? 'overdue' : 'pending';
}

export interface RosterRow {
  entry: RosterEntry;
  /** The receipt's line for each of the assignment's items, in the assignment's order. */
  cells: { id: string; item?: ReceiptItem; state: CellState }[];
  passed: number;
  complete: boolean;
  overdue: boolean;
}

export function rosterRows(
  entries: readonly RosterEntry[],
  a: Assignment,
  today: string,
  dayOf: (stamp: string) => string,
): RosterRow[] {
  const ids = assignmentItems(a);
  return entries.map((entry) => {
    const cells = ids.map((id) => {
      const item = entry.receipt.items.find((i) => i.id === id);
      return { id, ...(item ? { item } : {}), state: cellState(item, a.due, today, dayOf) };
    });
    const passed = cells.filter((c) => c.item?.status === 'passed').length;
    return {
      entry,
      cells,
      passed,
      complete: passed === ids.length && receiptComplete(entry.receipt),
      overdue: cells.some((c) => c.state === 'overdue'),
    };
  });
}

export type SortKey = 'name' | 'agency' | 'passed' | 'createdAt';
export type StatusFilter = 'all' | 'complete' | 'incomplete' | 'overdue';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Rows matching a free-text query (name, agency or badge; accents ignored) and a status. */
export function filterRows(rows: readonly RosterRow[], query: string, status: StatusFilter): RosterRow[] {
  const q = fold(query.trim());
  return rows.filter((r) => {
    const { name, agency, badge } = r.entry.receipt.learner;
    if (q && !fold(`${name} ${agency} ${badge}`).includes(q)) return false;
    if (status === 'complete') return r.complete;
    if (status === 'incomplete') return !r.complete;
    if (status === 'overdue') return r.overdue;
    return true;
  });
}

/** Sorted rows; ties fall back to the name so the order is stable whatever was clicked. */
export function sortRows(
  rows: readonly RosterRow[],
  key: SortKey,
  direction: 'ascending' | 'descending',
  locale: string,
): RosterRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: RosterRow, b: RosterRow) =>
    collator.compare(a.entry.receipt.learner.name, b.entry.receipt.learner.name);
  const compare: Record<SortKey, (a: RosterRow, b: RosterRow) => number> = {
    name: byName,
    agency: (a, b) => collator.compare(a.entry.receipt.learner.agency, b.entry.receipt.learner.agency),
    passed: (a, b) => a.passed - b.passed,
    createdAt: (a, b) => a.entry.receipt.createdAt.localeCompare(b.entry.receipt.createdAt),
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare[key](a, b) || byName(a, b));
}

/** Labels for the CSV, in the page's language. */
export interface CsvLabels {
  name: string;
  agency: string;
  badge: string;
  status: string;
  score: string;
  date: string;
  complete: string;
  receiptDate: string;
  yes: string;
  no: string;
  itemTitle: (id: string) => string;
  statusText: (state: CellState, item?: ReceiptItem) => string;
  day: (stamp: string) => string;
}

/** The roster as CSV rows: one learner a row, three columns (status, score, date) per item. */
export function rosterCsvRows(rows: readonly RosterRow[], a: Assignment, l: CsvLabels): Cell[][] {
  const ids = assignmentItems(a);
  const header: Cell[] = [
    l.name,
    l.agency,
    l.badge,
    ...ids.flatMap((id) => [
      `${l.itemTitle(id)}: ${l.status}`,
      `${l.itemTitle(id)}: ${l.score}`,
      `${l.itemTitle(id)}: ${l.date}`,
    ]),
    l.complete,
    l.receiptDate,
  ];
  const body = rows.map((r): Cell[] => {
    const { name, agency, badge } = r.entry.receipt.learner;
    return [
      name,
      agency,
      badge,
      ...r.cells.flatMap((c) => [
        l.statusText(c.state, c.item),
        c.item?.best ?? '',
        c.item?.passedAt ? l.day(c.item.passedAt) : c.item?.bestAt ? l.day(c.item.bestAt) : '',
      ]),
      r.complete ? l.yes : l.no,
      l.day(r.entry.receipt.createdAt),
    ];
  });
  return [header, ...body];
}
