import type { Submission } from '../../lib/simulator/engine';
import type { LocalScenario } from '../../lib/simulator/localize';
import type { TraceResult } from '../../lib/simulator/result';
import type { Score } from '../../lib/simulator/score';
import { Explained } from './DebriefStep';
import { displayValue, type Lists } from './form';
import { verdictText } from './messages';
import { ttcText } from './ResultStep';
import { RequestSheet } from './ReviewStep';
import css from './simulator.module.css';
import { formatDay, type T } from './text';

/** Fields shown in a monospace face, where every character counts. */
const CODE_FIELDS = ['serial', 'model', 'agency', 'caseNumber'];

interface Props {
  s: LocalScenario;
  score: Score;
  answers: Record<string, string>;
  mode: string;
  last: Submission;
  result: TraceResult;
  t: T;
  lang: string;
  lists: Lists;
  hl: number;
  listHref: string;
  onRestart: () => void;
}

/**
 * The end: the score with what was right and wrong field by field, the debrief explained, and a
 * printable sheet of the request as finally sent (print CSS shows only that sheet).
 */
export default function SummaryStep({
  s,
  score,
  answers,
  mode,
  last,
  result,
  t,
  lang,
  lists,
  hl,
  listHref,
  onRestart,
}: Props) {
  const H = `h${hl}` as 'h3';
  const outcome =
    result.outcome === 'completed'
      ? t('status.completed')
      : `${t('status.notCompleted')}: ${t(`reason.${result.reason}`)}`;
  return (
    <>
      <div class={`${css.boxNote} no-print`}>
        <p class={css.score}>{t('summary.score', { score: score.score, max: score.max, percent: score.percent })}</p>
        <p>{t('summary.facts', { mode: t(`mode.${mode}`), attempts: score.attempts, hints: score.hints })}</p>
        <p class={css.muted}>{t('summary.formula')}</p>
      </div>
      <div class="no-print">
        <H class={css.sub}>{t('summary.fields')}</H>
        <ul class={css.verdicts}>
          {score.verdicts.map((v) => (
            <li key={v.field} class={v.ok ? css.ok : css.bad}>
              <span aria-hidden="true">{v.ok ? '✓ ' : '✗ '}</span>
              <strong>{t(`f.${v.field}`)}</strong>
              <span class="visually-hidden">: {t(v.ok ? 'summary.right' : 'summary.wrong')}</span>
              {': '}
              <span class={CODE_FIELDS.includes(v.field) ? css.codeText : undefined}>
                {displayValue(v.field, last.form[v.field], t, lists, lang)}
              </span>
              {!v.ok && (
                <>
                  <br />
                  {t('summary.expected', {
                    value: v.expected ? displayValue(v.field, v.expected, t, lists, lang) : t('summary.empty'),
                  })}{' '}
                  {verdictText(v, t)}
                </>
              )}
              {v.ok && v.code !== 'ok' && (
                <>
                  <br />
                  {verdictText(v, t)}
                </>
              )}
            </li>
          ))}
        </ul>
        <H class={css.sub}>{t('summary.debrief')}</H>
        {s.debrief.map((q) => (
          <div key={q.id} class={css.section}>
            <p>
              <strong>{q.prompt}</strong>
            </p>
            <Explained q={q} chosen={answers[q.id]} t={t} />
          </div>
        ))}
      </div>
      <section class={css.print} aria-labelledby={`print-${s.id}`}>
        <H class={css.sub} id={`print-${s.id}`}>
          {t('print.title')}
        </H>
        <p class={css.muted}>{t('print.disclaimer')}</p>
        <p>
          <strong>{s.title}</strong>
          <br />
          {t('print.sent', { date: formatDay(last.date, lang), case: last.form.caseNumber })}
          <br />
          {t('print.result', { outcome })}
          {result.ttcDays !== undefined && result.ttcDays >= 0 && (
            <>
              <br />
              {t('ttc.title')}: {ttcText(result.ttcDays, t)}
            </>
          )}
        </p>
        <RequestSheet form={last.form} t={t} lists={lists} lang={lang} hl={hl + 1} />
      </section>
      <div class={`${css.actions} no-print`}>
        <button type="button" class="button" onClick={() => window.print()}>
          {t('print.button')}
        </button>
        <button type="button" class="button secondary" onClick={onRestart}>
          {t('restart')}
        </button>
        <a class="button secondary" href={listHref}>
          {t('allScenarios')}
        </a>
      </div>
    </>
  );
}
