import { array, number, object, oneOf, optional, string, type Infer } from './validate';
import { packCode, unpackCode, type CodeResult } from './codec';
import { packAssignment, unpackAssignment } from './assignment';
import { assignmentSchema } from './progress/schema';

/**
 * A completion receipt: what a learner's browser says they did, as a short code they can send to
 * their trainer (`TRZ1.…`). It is honest bookkeeping, not proof: anyone can make one by hand, so
 * every page that shows one says so. The checksum only catches typing and copying errors.
 */
export const RECEIPT_TAG = 'TRZ';
export const RECEIPT_VERSION = 1;

/** A moment to the minute, in UTC (`2026-11-30T17:05Z`): seconds would only lengthen the code. */
const stamp = string(17, 17, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
const count = number(0, 10_000, true);

export const STATUSES = ['not-started', 'in-progress', 'done', 'passed'] as const;
export type ItemStatus = (typeof STATUSES)[number];

export const receiptItemSchema = object({
  /** A module id, or `assessment`. */
  id: string(1, 40),
  status: oneOf(STATUSES),
  /** Best quiz score in percent, and when it was reached. */
  best: optional(number(0, 100)),
  bestAt: optional(stamp),
  /** When the pass mark was first reached: the trainer compares it with the due date. */
  passedAt: optional(stamp),
  attempts: count,
});

export const receiptScenarioSchema = object({
  id: string(1, 80),
  /** The learner's best result in that scenario. */
  score: number(0, 10_000),
  max: number(Number.MIN_VALUE, 10_000),
  at: stamp,
  attempts: count,
});

export const receiptSchema = object({
  /** Absent for a receipt of the whole course. */
  assignment: optional(assignmentSchema),
  learner: object({
    name: string(1, 120),
    agency: string(0, 160),
    badge: string(0, 40),
  }),
  createdAt: stamp,
  items: array(receiptItemSchema, 40),
  scenarios: array(receiptScenarioSchema, 100),
});

export type Receipt = Infer<typeof receiptSchema>;
export type ReceiptItem = Infer<typeof receiptItemSchema>;
export type ReceiptScenario = Infer<typeof receiptScenarioSchema>;

/** `2026-11-30T17:05:42.123Z` → `2026-11-30T17:05Z`. */
export function toStamp(iso: string): string {
  return `${iso.slice(0, 16)}Z`;
}

type PackedItem = [string, number, number, string, number, string];
type PackedScenario = [string, number, number, string, number];

/** Positional arrays and a status number: a receipt must fit a QR code a cheap phone can read. */
function pack(r: Receipt) {
  return [
    r.assignment ? packAssignment(r.assignment) : 0,
    [r.learner.name, r.learner.agency, r.learner.badge],
    r.createdAt,
    r.items.map((i): PackedItem => [
      i.id,
      STATUSES.indexOf(i.status),
      i.best ?? -1,
      i.bestAt ?? '',
      i.attempts,
      i.passedAt ?? '',
    ]),
    r.scenarios.map((s): PackedScenario => [s.id, s.score, s.max, s.at, s.attempts]),
  ];
}

const isArray = (v: unknown, length?: number): v is unknown[] =>
  Array.isArray(v) && (length === undefined || v.length === length);

function unpack(data: unknown): Receipt | undefined {
  if (!isArray(data, 5)) return undefined;
  const [packedAssignment, learner, createdAt, items, scenarios] = data;
  let assignment;
  if (packedAssignment !== 0) {
    assignment = unpackAssignment(packedAssignment);
    if (!assignment) return undefined;
  }
  if (!isArray(learner, 3) || !isArray(items) || !isArray(scenarios)) return undefined;
  if (!items.every((i) => isArray(i, 6)) || !scenarios.every((s) => isArray(s, 5))) return undefined;
  const optional = <T>(value: T, none: T) => (value === none ? undefined : value);
  const candidate = {
    ...(assignment ? { assignment } : {}),
    learner: { name: learner[0], agency: learner[1], badge: learner[2] },
    createdAt,
    items: (items as unknown[][]).map(([id, status, best, bestAt, attempts, passedAt]) => ({
      id,
      status: typeof status === 'number' ? STATUSES[status] : undefined,
      ...(optional(best, -1) === undefined ? {} : { best }),
      ...(optional(bestAt, '') === undefined ? {} : { bestAt }),
      ...(optional(passedAt, '') === undefined ? {} : { passedAt }),
      attempts,
    })),
    scenarios: (scenarios as unknown[][]).map(([id, score, max, at, attempts]) => ({ id, score, max, at, attempts })),
  };
  const parsed = receiptSchema.safeParse(candidate);
  if (!parsed.success) return undefined;
  const r = parsed.data;
  if (!r.learner.name.trim() || new Set(r.items.map((i) => i.id)).size !== r.items.length) return undefined;
  return r;
}

export function encodeReceipt(r: Receipt): Promise<string> {
  return packCode(RECEIPT_TAG, RECEIPT_VERSION, pack(r));
}

/** Reads a receipt code (spaces and line breaks inside it are ignored). Never throws. */
export async function decodeReceipt(input: unknown): Promise<CodeResult<Receipt>> {
  const result = await unpackCode(RECEIPT_TAG, input, [RECEIPT_VERSION]);
  if (!result.ok) return result;
  const receipt = unpack(result.value.data);
  return receipt ? { ok: true, value: receipt } : { ok: false, error: 'invalid' };
}

/** A receipt is complete when every item it lists is passed (for an assignment: at its pass mark). */
export function receiptComplete(r: Receipt): boolean {
  return r.items.length > 0 && r.items.every((i) => i.status === 'passed');
}

/** A file name for the downloaded receipt: `traza-receipt-ana-lopez-2026-11-30.txt`. */
export function receiptFileName(r: Receipt): string {
  const slug = r.learner.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `traza-receipt-${slug || 'learner'}-${r.createdAt.slice(0, 10)}.txt`;
}
