import type { Scenario } from '../../schemas/scenario';
import type { ContentProblem } from '../content-checks';
import { caseToday } from './clock';
import { isUnitedStates, normName, normSerial } from './compare';
import { RIFLE_REPORT_SINCE, RIFLE_REPORT_STATES, SERIAL_LOCATIONS, TYPE_LOCATIONS, type Role } from './fields';
import { expectedForm, gradeForm, gradedFields } from './grade';
import { localizeScenario } from './localize';
import { selectResult } from './result';
import { AGENCY_CODE, validateRequest } from './validate';

/**
 * Checks across one scenario file and against the course that a per-field schema cannot see: the
 * expected answers are really marked on the gun, the serial sits on the frame or receiver, the
 * chain starts where the gun's origin says and runs forward in time, the case's own dates are in
 * an order that can have happened, the module exists, and, above all, the scenario is solvable:
 * its own right answers, dated by the case's clock, pass validation and get its result, in both
 * languages. The build runs this when the course loads (src/content/course.ts).
 */

/** The last link of a result's chain, by outcome and reason; none for a reason that has no chain. */
function lastRole(r: Scenario['result']): Role | undefined {
  if (r.outcome === 'completed') return 'purchaser';
  if (r.reason === 'no-purchaser') return 'dealer';
  if (r.reason === 'exported') return 'exporter';
  return undefined;
}

export interface ScenarioInput {
  file: string;
  /** The entry id: the file name without `.yaml`. */
  id: string;
  data: Scenario;
}

const SOLVE_JUSTIFICATION = 'Scenario check: a justification long enough to pass validation.';

export function checkScenarios(scenarios: ScenarioInput[], moduleIds: string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const orders = new Map<number, string>();
  for (const input of scenarios) {
    const add = (field: string, message: string) => problems.push({ file: input.file, field, message });
    const s = input.data;
    const id = s.identification;

    if (s.id !== input.id) add('id', `"${s.id}" must equal the file name "${input.id}"`);
    const other = orders.get(s.order);
    if (other) add('order', `order ${s.order} is already used by scenario "${other}"`);
    else orders.set(s.order, s.id);
    if (!moduleIds.includes(s.module)) add('module', `unknown module "${s.module}"; known: ${moduleIds.join(', ')}`);

    // Evidence: every panel on a part this type of gun has; the serial on the main body.
    const panels = [...s.evidence.panels, ...(s.restoration ? [s.restoration.panel] : [])];
    const seen = new Set<string>();
    panels.forEach((p, i) => {
      if (seen.has(p.id)) add(`evidence.panels[${i}].id`, `duplicate panel id "${p.id}"`);
      seen.add(p.id);
      if (!TYPE_LOCATIONS[s.evidence.type].includes(p.location))
        add(
          `evidence.panels[${i}].location`,
          `a ${s.evidence.type} has no ${p.location}; use one of ${TYPE_LOCATIONS[s.evidence.type].join(', ')}`,
        );
    });
    if (id.type !== s.evidence.type)
      add('identification.type', `"${id.type}" differs from evidence.type "${s.evidence.type}"`);
    const serialPanel = s.evidence.panels.find((p) => p.id === id.serialPanel);
    if (!serialPanel) add('identification.serialPanel', `no panel "${id.serialPanel}" in evidence.panels`);
    else if (!SERIAL_LOCATIONS.includes(serialPanel.location))
      add('identification.serialPanel', `the serial must be on the frame or receiver, not the ${serialPanel.location}`);

    const marked = (text: string, list = s.evidence.panels) =>
      list.some((p) => p.lines.some((l) => normName(l).includes(normName(text))));
    if (id.obliterated) {
      if (id.serial)
        add(
          'identification.serial',
          'leave it out when the serial is obliterated; the restored number goes in restoration.serial',
        );
      if (serialPanel && !serialPanel.damaged)
        add('identification.serialPanel', 'an obliterated serial panel needs damaged: true');
      if (!s.restoration && s.result.reason !== 'obliterated')
        add('result.reason', 'an obliterated serial that is never restored can only give reason "obliterated"');
    } else {
      if (!id.serial) add('identification.serial', 'required unless identification.obliterated is set');
      else if (serialPanel && !serialPanel.lines.some((l) => normSerial(l).includes(normSerial(id.serial!))))
        add('identification.serial', `"${id.serial}" is not on panel "${serialPanel.id}"`);
      if (s.restoration) add('restoration', 'only an obliterated serial can be restored');
    }
    if (
      s.restoration &&
      !s.restoration.panel.lines.some((l) => normSerial(l).includes(normSerial(s.restoration!.serial)))
    )
      add('restoration.serial', `"${s.restoration.serial}" is not on the restoration panel`);

    for (const key of ['manufacturer', 'model', 'caliber'] as const)
      if (!marked(id[key].value)) add(`identification.${key}`, `"${id[key].value}" is not marked on any panel`);
    const foreign = !isUnitedStates(id.country.value);
    if (foreign && !marked(id.country.value))
      add('identification.country', `"${id.country.value}" is not marked on any panel`);
    if (id.importer && !marked(id.importer.value))
      add('identification.importer', `"${id.importer.value}" is not marked on any panel`);
    if (!foreign && (id.importer || id.noImporter))
      add('identification.importer', 'a gun made in the U.S. has no importer');
    if (foreign && !id.importer === !id.noImporter)
      add('identification.importer', 'a foreign-made gun needs either an importer or noImporter: true');
    if (id.noImporter && s.result.reason !== 'never-imported')
      add('result.reason', 'a gun with no importer marks gives reason "never-imported"');

    for (const [i, t] of s.traps.entries()) {
      const right = t.field === 'serial' ? id.serial : (id as Record<string, unknown>)[t.field];
      const value = right && typeof right === 'object' ? (right as { value: string }).value : right;
      if (typeof value === 'string' && normName(value) === normName(t.value))
        add(`traps[${i}].value`, 'a trap must be a wrong value');
    }

    // Case file, on the case's own clock.
    const c = s.case;
    if (!AGENCY_CODE.test(c.agency))
      add('case.agency', `"${c.agency}" is not in Traza's agency-code format (MX, five digits, two letters)`);
    if (c.recovery.date > c.requestDate) add('case.requestDate', 'the request is dated before the recovery');
    if (c.possessor?.dob && c.possessor.dob >= c.recovery.date) add('case.possessor.dob', 'born after the recovery');
    if (s.correction && (s.correction.submitted < c.recovery.date || s.correction.submitted > c.requestDate))
      add('correction.submitted', 'the earlier request must be sent between the recovery and case.requestDate');
    if (s.restoration && s.restoration.date < c.requestDate)
      add('restoration.date', 'the laboratory reports after the first request (case.requestDate)');
    const people = [c.possessor?.name, ...c.associates.map((a) => a.name)]
      .filter((n): n is string => !!n)
      .map(normName);
    if (new Set(people).size !== people.length)
      add('case.associates', 'an associate must be another person than the possessor and the other associate');

    // Result.
    const r = s.result;
    if (r.outcome === 'completed' && r.reason) add('result.reason', 'a completed trace has no reason');
    if (r.outcome === 'not-completed' && !r.reason)
      add('result.reason', 'a trace that was not completed needs its reason');
    const end = lastRole(r);
    const first = r.chain[0];
    const last = r.chain[r.chain.length - 1];
    if (!end && r.chain.length)
      add('result.chain', `a trace not completed for "${r.reason}" comes back without a chain`);
    if (end && (!first || !last)) add('result.chain', `this result needs its chain, ending with the ${end}`);
    if (end && first && last) {
      const origin = foreign ? 'importer' : 'manufacturer';
      if (first.role !== origin) add('result.chain[0].role', `this gun's chain starts with the ${origin}`);
      const expectedName = foreign ? id.importer?.value : id.manufacturer.value;
      if (expectedName && normName(first.name) !== normName(expectedName))
        add('result.chain[0].name', `"${first.name}" should be "${expectedName}", as marked on the gun`);
      if (last.role !== end) add('result.chain', `this chain ends with the ${end}`);
      r.chain.forEach((l, i) => {
        if (i > 0 && l.date < r.chain[i - 1]!.date)
          add(`result.chain[${i}].date`, 'the chain must run forward in time');
      });
      if (last.date > c.recovery.date)
        add(`result.chain[${r.chain.length - 1}].date`, 'the last link sold the gun on after the recovery');
    }
    if (r.outcome === 'not-completed' && r.chain.some((l) => l.role === 'purchaser'))
      add('result.chain', 'a trace that was not completed has no purchaser');
    if (r.outcome === 'not-completed' && (r.multipleSale || r.related.length))
      add('result', 'multiple-sale data need a completed trace');

    // Multiple-sale reports: Form 3310.4 lists handguns; Form 3310.12 certain rifles sold by licensees in four border states.
    const ms = r.multipleSale;
    if (ms?.form === '3310.4' && s.evidence.type !== 'pistol' && s.evidence.type !== 'revolver')
      add(
        'result.multipleSale.form',
        'Form 3310.4 reports handguns; a rifle sold in a border state goes on Form 3310.12',
      );
    if (ms?.form === '3310.12') {
      const seller = r.chain.find((l) => l.role === 'dealer');
      if (s.evidence.type !== 'rifle')
        add('result.multipleSale.form', 'Form 3310.12 reports semi-automatic rifles only');
      if (!seller || !RIFLE_REPORT_STATES.some((st) => seller.place.trim().endsWith(st)))
        add(
          'result.multipleSale.form',
          `Form 3310.12 is filed by licensees in ${RIFLE_REPORT_STATES.join(', ')}; the dealer's place must end with one of them`,
        );
      if (ms.date < RIFLE_REPORT_SINCE)
        add('result.multipleSale.date', `Form 3310.12 covers sales from ${RIFLE_REPORT_SINCE}`);
    }

    const qids = new Set<string>();
    s.debrief.forEach((q, i) => {
      if (qids.has(q.id)) add(`debrief[${i}].id`, `duplicate question id "${q.id}"`);
      qids.add(q.id);
      if (new Set(q.options.map((o) => o.id)).size !== q.options.length)
        add(`debrief[${i}].options`, 'duplicate option ids');
    });

    if (problems.some((p) => p.file === input.file)) continue;

    // Solvable: the right request passes validation and gets the scenario's result, in both languages.
    for (const lang of ['en', 'es'] as const) {
      const local = localizeScenario(s, lang);
      const finalStage = s.restoration ? 1 : 0;
      for (let stage = 0; stage <= finalStage; stage++) {
        const today = caseToday(local, stage);
        const form = expectedForm(local, stage, today, SOLVE_JUSTIFICATION);
        const errors = validateRequest(form, { today }).filter((i) => i.level === 'error');
        if (errors.length)
          add(
            `(${lang}, stage ${stage})`,
            `the right answers do not pass validation: ${errors.map((e) => `${e.field} ${e.code}`).join(', ')}`,
          );
        const wrong = gradeForm(local, stage, form, gradedFields(local, stage)).filter((v) => !v.ok);
        if (wrong.length)
          add(
            `(${lang}, stage ${stage})`,
            `the right answers are graded wrong: ${wrong.map((v) => `${v.field} ${v.code}`).join(', ')}`,
          );
        const got = selectResult(local, stage, form);
        const want =
          stage < finalStage
            ? { outcome: 'not-completed', reason: 'obliterated' }
            : { outcome: r.outcome, reason: r.reason };
        if (got.outcome !== want.outcome || got.reason !== want.reason)
          add(
            'result',
            `the right answers get ${got.outcome}/${got.reason ?? '-'} instead of ${want.outcome}/${want.reason ?? '-'} (${lang}, stage ${stage})`,
          );
      }
      if (s.correction) {
        const previous = {
          ...expectedForm(local, 0, s.correction.submitted, SOLVE_JUSTIFICATION),
          ...s.correction.previous,
        };
        const got = selectResult(local, 0, previous);
        if (got.outcome !== 'not-completed' || got.reason !== s.correction.reason)
          add(
            'correction.reason',
            `the previous request gets ${got.outcome}/${got.reason ?? '-'}, not ${s.correction.reason} (${lang})`,
          );
      }
    }
  }
  return problems;
}
