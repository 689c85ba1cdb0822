import type { SimState } from '../../lib/simulator/engine';
import { stepOfField, type FieldId, type FormValues } from '../../lib/simulator/fields';
import type { Issue } from '../../lib/simulator/validate';
import { ErrorList } from './FormStep';
import { displayValue, sectionsFor, type Lists } from './form';
import { issueText } from './messages';
import css from './simulator.module.css';
import type { T } from './text';

interface SheetProps {
  form: FormValues;
  t: T;
  lists: Lists;
  lang: string;
  hl: number;
  onEdit?: (step: 'identify' | 'request') => void;
}

/** The whole request, section by section, as it will be (or was) sent. */
export function RequestSheet({ form, t, lists, lang, hl, onEdit }: SheetProps) {
  const H = `h${hl}` as 'h3';
  return (
    <>
      {(['identify', 'request'] as const).flatMap((step) =>
        sectionsFor(step, form, t, lists).map((section, i) => (
          <section class={css.sheet} key={section.key}>
            <H class={css.sub}>{t(section.key)}</H>
            <dl class={css.facts}>
              {section.fields.map((f) => (
                <div key={f.id}>
                  <dt>{t(f.label ?? `f.${f.id}`)}</dt>
                  <dd class={f.code ? css.codeText : undefined}>{displayValue(f.id, form[f.id], t, lists, lang)}</dd>
                </div>
              ))}
            </dl>
            {onEdit && i === 0 && (
              <button type="button" class={`${css.small} no-print`} onClick={() => onEdit(step)}>
                {t(`edit.${step}`)}
              </button>
            )}
          </section>
        )),
      )}
    </>
  );
}

interface Props {
  state: SimState;
  issues: Issue[];
  tried: boolean;
  t: T;
  uid: string;
  lang: string;
  lists: Lists;
  hl: number;
  onEdit: (step: 'identify' | 'request', field?: FieldId) => void;
  onConfirm: (key: string, on: boolean) => void;
  onBack: () => void;
  onSubmit: () => void;
}

/** Review and submit: the request as a sheet, then the software's errors (blocking) and warnings (to confirm). */
export default function ReviewStep({
  state,
  issues,
  tried,
  t,
  uid,
  lang,
  lists,
  hl,
  onEdit,
  onConfirm,
  onBack,
  onSubmit,
}: Props) {
  const errors = issues.filter((i) => i.level === 'error');
  const warnings = issues.filter((i) => i.level === 'warning');
  const unconfirmed = warnings.filter((w) => !state.confirmed.includes(w.key));
  return (
    <>
      <p>{t('review.intro')}</p>
      {state.submissions.length > 0 && (
        <p class={css.boxNote}>{t('review.corrected', { case: state.form.caseNumber })}</p>
      )}
      <RequestSheet form={state.form} t={t} lists={lists} lang={lang} hl={hl + 1} onEdit={(step) => onEdit(step)} />
      <div id={`${uid}-issues`} tabIndex={-1} class={css.issues}>
        {errors.length > 0 && (
          <ErrorList
            issues={errors}
            t={t}
            uid={uid}
            id={`${uid}-errs`}
            title={t('review.errors')}
            onPick={(f) => onEdit(stepOfField(f), f)}
          />
        )}
        {warnings.length > 0 && (
          <fieldset class={css.warnings}>
            <legend class={css.legend}>{t('review.warnings')}</legend>
            {warnings.map((w) => (
              <label class={css.choice} key={w.key}>
                <input
                  type="checkbox"
                  checked={state.confirmed.includes(w.key)}
                  onChange={(e) => onConfirm(w.key, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span>{issueText(w, t)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {issues.length === 0 && <p class={css.ok}>{t('review.clean')}</p>}
        {tried && (errors.length > 0 || unconfirmed.length > 0) && (
          <p class={css.error}>{t(errors.length ? 'review.blocked' : 'review.confirmFirst')}</p>
        )}
      </div>
      <div class={css.actions}>
        <button type="button" class="button secondary" onClick={onBack}>
          {t('back')}
        </button>
        <button type="button" class="button" onClick={onSubmit}>
          {t(state.submissions.length ? 'resubmitNow' : 'submit')}
        </button>
      </div>
    </>
  );
}
