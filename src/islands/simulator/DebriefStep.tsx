import type { SimState } from '../../lib/simulator/engine';
import type { LocalScenario } from '../../lib/simulator/localize';
import css from './simulator.module.css';
import type { T } from './text';

type Question = LocalScenario['debrief'][number];

/** One question's outcome and explanation, once its answer is locked. */
export function Explained({ q, chosen, t, id }: { q: Question; chosen?: string; t: T; id?: string }) {
  const right = q.options.find((o) => o.correct)!;
  const ok = chosen === right.id;
  return (
    <div class={ok ? css.ok : css.bad} id={id} tabIndex={id ? -1 : undefined}>
      <p>
        <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
        <strong>{t(ok ? 'debrief.right' : 'debrief.wrong')}</strong>{' '}
        {!ok && t('debrief.answer', { answer: right.text })}
      </p>
      <p>{q.explanation}</p>
    </div>
  );
}

interface Props {
  s: LocalScenario;
  state: SimState;
  t: T;
  uid: string;
  missing: boolean;
  onAnswer: (q: string, o: string) => void;
  onLock: (q: string) => void;
  onBack: () => void;
  onFinish: () => void;
}

/**
 * What the result means and what to do next. In practice each answer can be checked (and then
 * locks); in assessment the answers are only judged on the summary.
 */
export default function DebriefStep({ s, state, t, uid, missing, onAnswer, onLock, onBack, onFinish }: Props) {
  const practice = state.mode === 'practice';
  return (
    <>
      <p>{t('debrief.intro')}</p>
      {s.debrief.map((q, n) => {
        const id = `${uid}-q-${q.id}`;
        const locked = state.locked.includes(q.id);
        const unanswered = missing && !state.answers[q.id];
        return (
          <fieldset class={css.section} key={q.id} aria-describedby={unanswered ? `${id}-err` : undefined}>
            <legend class={css.legend}>
              {t('debrief.number', { n: n + 1 })} {q.prompt}
            </legend>
            {unanswered && (
              <p class={css.error} id={`${id}-err`}>
                {t('debrief.missing')}
              </p>
            )}
            <div class={css.choices}>
              {q.options.map((o, i) => (
                <label class={css.choice} key={o.id}>
                  <input
                    type="radio"
                    name={id}
                    id={i === 0 ? id : `${id}-${i}`}
                    checked={state.answers[q.id] === o.id}
                    disabled={locked}
                    onChange={() => onAnswer(q.id, o.id)}
                  />
                  <span>{o.text}</span>
                </label>
              ))}
            </div>
            {practice && !locked && (
              <button type="button" class={css.small} disabled={!state.answers[q.id]} onClick={() => onLock(q.id)}>
                {t('debrief.check')}
              </button>
            )}
            {practice && locked && <Explained q={q} chosen={state.answers[q.id]} t={t} id={`${id}-exp`} />}
          </fieldset>
        );
      })}
      <div class={css.actions}>
        <button type="button" class="button secondary" onClick={onBack}>
          {t('backToResult')}
        </button>
        <button type="button" class="button" onClick={onFinish}>
          {t('finish')}
        </button>
      </div>
    </>
  );
}
