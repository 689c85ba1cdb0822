import { daysBetween, isIsoDay } from './dates';
import type { FieldId, FormValues, Reason } from './fields';
import { expectedAt, gradeForm, gradedFields } from './grade';
import type { LocalScenario } from './localize';

type ScenarioResult = LocalScenario['result'];

/** What the simulated National Tracing Center sends back for one submitted request. */
export interface TraceResult {
  outcome: 'completed' | 'not-completed';
  reason?: Reason;
  /**
   * The learner's entries that stopped the trace; empty when the request was right and the
   * result is the scenario's own (a completed chain, or a gun too old to trace).
   */
  causes: FieldId[];
  chain: ScenarioResult['chain'];
  note?: string;
  multipleSale?: ScenarioResult['multipleSale'];
  related: ScenarioResult['related'];
  /** The recovery date used for time-to-crime: the request's, as the NTC only knows that one. */
  recoveryDate: string;
  retailDate?: string;
  /** Days from the retail sale to the recovery. */
  ttcDays?: number;
}

const FIREARM: FieldId[] = ['type', 'manufacturer', 'country', 'importer', 'model', 'caliber', 'serial'];

/**
 * The result the submitted data would get. The NTC works only from what the request says, so a
 * request with wrong data gets the result that data would get: a serial nobody sold is "record
 * not found"; a missing or wrong maker or importer leaves the chain without its first link
 * ("incomplete or wrong data"); a flagged serial that was not restored leaves nothing to look up.
 * Only a request whose firearm data are right gets the scenario's own result.
 */
export function selectResult(s: LocalScenario, stage: number, form: FormValues): TraceResult {
  const recoveryDate = isIsoDay(form.recoveryDate.trim()) ? form.recoveryDate.trim() : s.case.recovery.date;
  const stop = (reason: Reason, causes: FieldId[]): TraceResult => ({
    outcome: 'not-completed',
    reason,
    causes,
    chain: [],
    related: [],
    recoveryDate,
  });
  const exp = expectedAt(s, stage);
  const flagged = form.obliterated === 'yes';
  const serial = form.serial.trim();

  if (flagged && (form.labStatus !== 'restored' || !serial))
    return stop('obliterated', exp.obliterated ? [] : ['obliterated']);

  const graded = gradedFields(s, stage);
  const wrong = gradeForm(
    s,
    stage,
    form,
    FIREARM.filter((f) => graded.includes(f)),
  )
    .filter((v) => !v.ok)
    .map((v) => v.field);
  // A serial typed before the laboratory restored one cannot match any record.
  if (exp.obliterated && !exp.serial && serial) wrong.push('serial');

  if (wrong.includes('manufacturer') || wrong.includes('importer')) return stop('bad-data', wrong);
  if (wrong.includes('serial')) return stop('not-found', wrong);
  if (wrong.length > 0) return stop('bad-data', wrong);

  const r = s.result;
  const purchaser = r.chain.find((l) => l.role === 'purchaser');
  const retailDate = r.outcome === 'completed' ? purchaser?.date : undefined;
  return {
    outcome: r.outcome,
    reason: r.reason,
    causes: [],
    chain: r.chain,
    note: r.note,
    multipleSale: r.multipleSale,
    related: r.related,
    recoveryDate,
    retailDate,
    ttcDays: retailDate ? daysBetween(retailDate, recoveryDate) : undefined,
  };
}

/**
 * ATF crime-gun reports of about 1999–2000 called a time-to-crime of three years or less
 * "rapid" (course lesson results/time-to-crime); the simulator marks it as an indicator, not proof.
 */
export const RAPID_TTC_DAYS = 3 * 365;
