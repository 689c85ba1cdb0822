import { formatNumber } from '../../lib/local-format';
import { yearsMonths } from '../../lib/simulator/dates';
import type { Submission } from '../../lib/simulator/engine';
import { expectedAt, gradeForm } from '../../lib/simulator/grade';
import type { LocalScenario } from '../../lib/simulator/localize';
import { RAPID_TTC_DAYS, type TraceResult } from '../../lib/simulator/result';
import { MarkingPanel } from './Evidence';
import { verdictText } from './messages';
import css from './simulator.module.css';
import { formatDay, type T } from './text';

interface Props {
  s: LocalScenario;
  result: TraceResult;
  submission: Submission;
  practice: boolean;
  t: T;
  uid: string;
  lang: string;
  hl: number;
  /** Show the laboratory's update (after the first request of an obliterated-serial scenario). */
  labUpdate: boolean;
  /** The recovery state's name in the page language. */
  stateName: string;
  canResubmit: boolean;
  onResubmit: () => void;
  onNext: () => void;
}

/** "53 days" or "17 years 1 month (6,232 days)". */
export function ttcText(days: number, t: T): string {
  const n = formatNumber(days);
  if (days < 365) return t('ttc.days', { days: n });
  const { years, months } = yearsMonths(days);
  return t('ttc.years', { years, months, days: n });
}

/** What the simulated NTC sent back: the statuses, the outcome and its reason, the chain and what it means. */
export default function ResultStep({
  s,
  result,
  submission,
  practice,
  t,
  uid,
  lang,
  hl,
  labUpdate,
  stateName,
  canResubmit,
  onResubmit,
  onNext,
}: Props) {
  const H = `h${hl}` as 'h3';
  const done = result.outcome === 'completed';
  const purchaser = result.chain.find((l) => l.role === 'purchaser');
  const causes = result.causes.length
    ? gradeForm(s, submission.stage, submission.form, result.causes).filter((v) => !v.ok)
    : [];
  return (
    <>
      <ol class={css.status} aria-label={t('status.label')}>
        <li>{t('status.submitted')}</li>
        <li>{t('status.inProgress')}</li>
        <li class={done ? css.ok : css.bad}>
          <strong>{t(done ? 'status.completed' : 'status.notCompleted')}</strong>
        </li>
      </ol>
      <p class={css.muted}>{t(`priorityNote.${submission.form.priority === 'urgent' ? 'urgent' : 'routine'}`)}</p>
      <div class={done ? css.boxOk : css.boxBad}>
        <p>
          <strong>{t(done ? 'result.completed' : `reason.${result.reason}`)}</strong>
        </p>
        <p>
          {t(done ? 'result.completedText' : `reason.${result.reason}.text`, {
            serial: submission.form.serial,
            maker: submission.form.manufacturer,
          })}
        </p>
        {result.note && <p>{result.note}</p>}
      </div>
      {result.notes.map((code) => (
        <div class={css.boxWarn} key={code}>
          <p>
            {t(`result.note.${code}`, {
              typed: submission.form.serial.trim(),
              marked: expectedAt(s, submission.stage).serial ?? '',
              maker: submission.form.manufacturer.trim(),
            })}
          </p>
        </div>
      ))}
      {causes.length > 0 && (
        <div class={css.boxNote}>
          <H class={css.sub}>{t('result.causes')}</H>
          {practice ? (
            <ul>
              {causes.map((v) => (
                <li key={v.field}>
                  <strong>{t(`f.${v.field}`)}:</strong> {verdictText(v, t)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('result.causesLater')}</p>
          )}
        </div>
      )}
      {result.chain.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class={css.caption}>{t('chain.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chain.link')}</th>
                <th scope="col">{t('chain.name')}</th>
                <th scope="col">{t('chain.date')}</th>
              </tr>
            </thead>
            <tbody>
              {result.chain.map((l) => (
                <tr key={l.role}>
                  <th scope="row">{t(`role.${l.role}`)}</th>
                  <td>
                    {l.name}
                    <br />
                    <span class={css.muted}>{l.place}</span>
                  </td>
                  <td>{formatDay(l.date, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.ttcDays !== undefined && result.retailDate && (
        <div class={css.boxNote}>
          <H class={css.sub}>{t('ttc.title')}</H>
          <p>
            <strong>{ttcText(result.ttcDays, t)}</strong>
          </p>
          <p>
            {t('ttc.dates', {
              sale: formatDay(result.retailDate, lang),
              recovery: formatDay(result.recoveryDate, lang),
            })}
          </p>
          <p>{t(result.ttcDays < 0 ? 'ttc.negative' : result.ttcDays <= RAPID_TTC_DAYS ? 'ttc.short' : 'ttc.long')}</p>
        </div>
      )}
      {purchaser && (
        <p>
          {t('result.people', {
            purchaser: purchaser.name,
            possessor: submission.form.possessorName.trim() || t('result.nobody'),
          })}
        </p>
      )}
      {result.multipleSale && (
        <div class={css.boxWarn}>
          <H class={css.sub}>{t('multiple.title', { form: result.multipleSale.form })}</H>
          <p>{result.multipleSale.note}</p>
          <p>
            {t('multiple.facts', { n: result.multipleSale.firearms, date: formatDay(result.multipleSale.date, lang) })}
          </p>
        </div>
      )}
      {result.related.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class={css.caption}>{t('related.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('f.serial')}</th>
                <th scope="col">{t('related.recovered')}</th>
                <th scope="col">{t('related.sale')}</th>
              </tr>
            </thead>
            <tbody>
              {[
                ...result.related,
                {
                  serial: submission.form.serial,
                  description: t('related.this'),
                  recovered: result.recoveryDate,
                  place: `${s.case.recovery.municipality}, ${stateName}`,
                  purchaser: purchaser?.name ?? '',
                  dealer: result.chain.find((l) => l.role === 'dealer')?.name ?? '',
                  sold: purchaser?.date ?? '',
                },
              ].map((r) => (
                <tr key={r.serial}>
                  <th scope="row">
                    <span class={css.codeText}>{r.serial}</span>
                    <br />
                    <span class={css.muted}>{r.description}</span>
                  </th>
                  <td>
                    {formatDay(r.recovered, lang)}
                    <br />
                    {r.place}
                  </td>
                  <td>
                    {r.purchaser}
                    <br />
                    {r.dealer}
                    <br />
                    {formatDay(r.sold, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {labUpdate && s.restoration && (
        <div class={css.boxNote}>
          <H class={css.sub}>{t('lab.update')}</H>
          <p>{s.restoration.text}</p>
          <ul class={css.panels}>
            <MarkingPanel panel={s.restoration.panel} t={t} uid={`${uid}-lab`} title={t('labReport')} />
          </ul>
        </div>
      )}
      <div class={css.actions}>
        {canResubmit && (
          <button type="button" class={labUpdate ? 'button' : 'button secondary'} onClick={onResubmit}>
            {t(labUpdate ? 'resubmit.lab' : 'resubmit')}
          </button>
        )}
        <button type="button" class={labUpdate ? 'button secondary' : 'button'} onClick={onNext}>
          {t('toDebrief')}
        </button>
      </div>
    </>
  );
}
