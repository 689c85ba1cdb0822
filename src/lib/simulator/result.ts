import { daysBetween, isIsoDay } from './dates';
import type { FieldId, FormValues, Reason } from './fields';
import { expectedAt, gradeForm, gradedFields, type Verdict } from './grade';
import type { LocalScenario } from './localize';

type ScenarioResult = LocalScenario['result'];

/**
 * What the simulator tells the learner beside a result it let through:
 * - `serialSpace`: the serial was matched although its spaces differ from the stamp, and no
 *   public rule on spaces in serials was found (brief F16);
 * - `importerAsMaker` / `importerAsMakerUs`: the importer was entered as the manufacturer (and,
 *   for the second, the country as the U.S. with no importer). ATF has not said what the NTC does
 *   with such a request (brief F4), so the simulation lets the trace reach the importer it names
 *   and says what is lost, as practitioner reasoning.
 */
export type ResultNote = 'serialSpace' | 'importerAsMaker' | 'importerAsMakerUs';

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
  notes: ResultNote[];
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
 * The importer typed as the manufacturer, with nothing else wrong but what follows from it (the
 * country given as the U.S. and the importer left empty). The first link the NTC contacts for an
 * imported gun is the importer [S10], and the request still names it, so the simulation lets the
 * trace go on. Only "a foreign maker entered with the importer left blank" (or the maker entered
 * as importer) leaves the chain without its first link.
 */
function importerAsMaker(wrong: Verdict[]): ResultNote | undefined {
  const codes = new Map(wrong.map((v) => [v.field, v.code]));
  if (codes.get('manufacturer') !== 'importerAsMaker') return undefined;
  if (codes.size === 1) return 'importerAsMaker';
  const us =
    codes.size === 3 && codes.get('country') === 'countryIsImporter' && codes.get('importer') === 'importerMissing';
  return us ? 'importerAsMakerUs' : undefined;
}

/**
 * The result the submitted data would get. The NTC works only from what the request says, so a
 * request with wrong data gets the result that data would get: a serial nobody sold is "record
 * not found"; a foreign maker with no importer, or a wrong maker or importer, leaves the chain
 * without its first link ("incomplete or wrong data"); a flagged serial that was not restored
 * leaves nothing to look up. A request whose firearm data are right gets the scenario's own
 * result, with a note when the simulator forgave something (see ResultNote).
 */
export function selectResult(s: LocalScenario, stage: number, form: FormValues): TraceResult {
  const recoveryDate = isIsoDay(form.recoveryDate.trim()) ? form.recoveryDate.trim() : s.case.recovery.date;
  const stop = (reason: Reason, causes: FieldId[]): TraceResult => ({
    outcome: 'not-completed',
    reason,
    causes,
    chain: [],
    notes: [],
    related: [],
    recoveryDate,
  });
  const exp = expectedAt(s, stage);
  const flagged = form.obliterated === 'yes';
  const serial = form.serial.trim();

  if (flagged && (form.labStatus !== 'restored' || !serial))
    return stop('obliterated', exp.obliterated ? [] : ['obliterated']);

  const graded = gradedFields(s, stage);
  const verdicts = gradeForm(
    s,
    stage,
    form,
    FIREARM.filter((f) => graded.includes(f)),
  );
  const notes: ResultNote[] = verdicts.some((v) => v.code === 'spaceForgiven') ? ['serialSpace'] : [];
  const misses = verdicts.filter((v) => !v.ok);
  const forgiven = importerAsMaker(misses);
  const wrong = forgiven ? [] : misses.map((v) => v.field);
  if (forgiven) notes.push(forgiven);
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
    notes,
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
