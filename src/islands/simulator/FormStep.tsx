import type { SimState } from '../../lib/simulator/engine';
import type { FieldId } from '../../lib/simulator/fields';
import type { Verdict } from '../../lib/simulator/grade';
import type { LocalScenario } from '../../lib/simulator/localize';
import type { Issue } from '../../lib/simulator/validate';
import { CaseFile } from './BriefStep';
import { MarkingPanel } from './Evidence';
import Field from './Field';
import { sectionsFor, type Lists } from './form';
import { issueText, verdictText } from './messages';
import css from './simulator.module.css';
import type { T } from './text';

interface Props {
  step: 'identify' | 'request';
  s: LocalScenario;
  state: SimState;
  t: T;
  uid: string;
  lang: string;
  lists: Lists;
  hl: number;
  /** The step's errors, shown once the learner has tried to go on. */
  errors: Issue[];
  verdicts: Verdict[];
  restoration?: LocalScenario['evidence']['panels'][number];
  locked: (field: FieldId) => boolean;
  onInput: (field: FieldId, value: string) => void;
  onHint: (field: FieldId) => void;
  onCheck: () => void;
  onBack: () => void;
  onNext: () => void;
}

/** Error summary: every blocking error with a link that moves focus to its field. */
export function ErrorList(props: {
  issues: Issue[];
  t: T;
  uid: string;
  title: string;
  id: string;
  onPick?: (field: FieldId) => void;
}) {
  const { issues, t, uid, title, id, onPick } = props;
  return (
    <div class={css.errors} id={id} tabIndex={-1}>
      <p class={css.errorsTitle}>{title}</p>
      <ul>
        {issues.map((i) => (
          <li key={i.key}>
            <a
              href={`#${uid}-${i.field}`}
              onClick={(e) => {
                e.preventDefault();
                if (onPick) onPick(i.field);
                else document.getElementById(`${uid}-${i.field}`)?.focus();
              }}
            >
              {issueText(i, t)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The identify step (firearm section) or the request step (requester, request, recovery, possessor). */
export default function FormStep(p: Props) {
  const { step, s, state, t, uid, lang, lists, hl, errors, verdicts } = p;
  const practice = state.mode === 'practice';
  const H = `h${hl}` as 'h3';
  const errorOf = new Map(errors.map((i) => [i.field, issueText(i, t)]));
  const verdictOf = new Map(verdicts.map((v) => [v.field, { ok: v.ok, text: verdictText(v, t) }]));
  const hintOf = (f: FieldId) => {
    const own = s.hints[f];
    if (own) return own;
    const key = `h.${f}`;
    const general = t(key);
    return general === key ? undefined : general;
  };
  const ownPanels = s.evidence.panels;
  return (
    <>
      {errors.length > 0 && <ErrorList issues={errors} t={t} uid={uid} id={`${uid}-errors`} title={t('fixFirst')} />}
      <details class={css.reference}>
        <summary>{t(step === 'identify' ? 'showMarkings' : 'showCaseFile')}</summary>
        {step === 'identify' ? (
          <ol class={css.panels}>
            {ownPanels.map((panel, i) => (
              <MarkingPanel key={panel.id} panel={panel} n={i + 1} t={t} uid={`${uid}-ref`} />
            ))}
            {p.restoration && <MarkingPanel panel={p.restoration} t={t} uid={`${uid}-ref`} title={t('labReport')} />}
          </ol>
        ) : (
          <CaseFile s={s} t={t} lang={lang} lists={lists} />
        )}
      </details>
      <p class={css.note}>{t('form.intro')}</p>
      {sectionsFor(step, state.form, t, lists).map((section) => (
        <fieldset class={css.section} key={section.key}>
          <legend class={css.legend}>{t(section.key)}</legend>
          {section.note && <p class={css.note}>{t(section.note)}</p>}
          {section.fields.map((spec) => {
            const hint = practice ? hintOf(spec.id) : undefined;
            return (
              <Field
                key={spec.id}
                spec={spec}
                uid={uid}
                value={state.form[spec.id]}
                t={t}
                onInput={p.onInput}
                error={errorOf.get(spec.id)}
                feedback={verdictOf.get(spec.id)}
                hint={state.hints.includes(spec.id) ? hint : undefined}
                onHint={hint ? p.onHint : undefined}
                readOnly={p.locked(spec.id)}
                note={spec.id === 'agency' ? t('f.agencyNote') : p.locked(spec.id) ? t('f.caseKept') : undefined}
              />
            );
          })}
        </fieldset>
      ))}
      {practice && (
        <div class={css.check}>
          <H class={css.sub}>{t('practiceCheck')}</H>
          <p class={css.note}>{t('practiceCheck.text')}</p>
          <button type="button" class="button secondary" onClick={p.onCheck}>
            {t('check')}
          </button>
        </div>
      )}
      <div class={css.actions}>
        <button type="button" class="button secondary" onClick={p.onBack}>
          {t('back')}
        </button>
        <button type="button" class="button" onClick={p.onNext}>
          {t(step === 'identify' ? 'next' : 'toReview')}
        </button>
      </div>
    </>
  );
}
