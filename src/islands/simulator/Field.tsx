import { FORM_3312_1, type FieldId } from '../../lib/simulator/fields';
import css from './simulator.module.css';
import type { T } from './text';

/**
 * Where the field sits on ATF Form 3312.1 (fields.ts), with the English label as printed: agents
 * will meet the English form. The marks keep the form's own "*" and "**", spelled out for screen
 * readers.
 */
function FormRefLine({ field, t, id }: { field: FieldId; t: T; id: string }) {
  const ref = FORM_3312_1[field];
  let body;
  if (ref.kind === 'printed') {
    body = (
      <>
        {t(ref.number ? 'form.number' : 'form.part', { number: ref.number ?? '', part: ref.part })}{' '}
        <span lang="en">“{ref.label}”</span>
        {ref.mark && (
          <>
            {'\u00a0'}
            <span aria-hidden="true">{ref.mark}</span>
            <span class="visually-hidden"> {t(ref.mark === '**' ? 'form.listed' : 'form.required')}</span>
          </>
        )}
        {ref.edition && ` ${t('form.edition', { edition: ref.edition })}`}
        {ref.unsure && ` ${t('form.unsure')}`}
      </>
    );
  } else if (ref.kind === 'unmatched') {
    body = (
      <>
        {t('form.unmatched', { part: ref.part })} <span lang="en">“{ref.near}”</span>
      </>
    );
  } else if (ref.kind === 'later') body = t(ref.part ? 'form.laterPart' : 'form.later', { part: ref.part ?? '' });
  else body = t('form.traza');
  return (
    <p class={css.formRef} id={id}>
      {body}
    </p>
  );
}

export type Kind = 'text' | 'select' | 'radio' | 'date' | 'textarea' | 'check';

export interface FieldSpec {
  id: FieldId;
  kind: Kind;
  /** Options as [value, label]; selects get a "Choose…" option first. */
  options?: [string, string][];
  optional?: boolean;
  /** Serial numbers, codes: monospace, no autocorrect or capitalisation changes. */
  code?: boolean;
  /** A label key other than `f.<id>`. */
  label?: string;
}

export interface FieldProps {
  spec: FieldSpec;
  uid: string;
  value: string;
  t: T;
  onInput: (field: FieldId, value: string) => void;
  error?: string;
  feedback?: { ok: boolean; text: string };
  /** The hint text once opened; `onHint` present when a hint can be opened (practice). */
  hint?: string;
  onHint?: (field: FieldId) => void;
  readOnly?: boolean;
  note?: string;
}

/** One native form control with its label, note, hint, error and practice feedback, all linked by id. */
export default function Field({
  spec,
  uid,
  value,
  t,
  onInput,
  error,
  feedback,
  hint,
  onHint,
  readOnly,
  note,
}: FieldProps) {
  const id = `${uid}-${spec.id}`;
  const label = t(spec.label ?? `f.${spec.id}`) + (spec.optional ? ` ${t('optional')}` : '');
  const described = [
    `${id}-form`,
    note && `${id}-note`,
    error && `${id}-err`,
    feedback && `${id}-fb`,
    hint && `${id}-hint`,
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    'aria-describedby': described,
    'aria-invalid': error ? ('true' as const) : undefined,
  };
  const set = (e: Event) => onInput(spec.id, (e.currentTarget as HTMLInputElement).value);

  let control;
  if (spec.kind === 'radio' || spec.kind === 'check') {
    const options = spec.kind === 'check' ? [['yes', label] as [string, string]] : spec.options!;
    const inputs = options.map(([v, text], i) => (
      <label class={css.choice} key={v}>
        <input
          type={spec.kind === 'check' ? 'checkbox' : 'radio'}
          id={i === 0 ? id : `${id}-${i}`}
          name={id}
          value={v}
          checked={value === v}
          disabled={readOnly}
          aria-describedby={described}
          onChange={(e) =>
            onInput(spec.id, spec.kind === 'check' && !(e.currentTarget as HTMLInputElement).checked ? '' : v)
          }
        />
        <span>{text}</span>
      </label>
    ));
    control =
      spec.kind === 'check' ? (
        inputs
      ) : (
        <fieldset class={css.inline} aria-describedby={described}>
          <legend class={css.label}>{label}</legend>
          <div class={css.choices}>{inputs}</div>
        </fieldset>
      );
  } else if (spec.kind === 'select') {
    control = (
      <select {...common} class={css.input} value={value} disabled={readOnly} onChange={set}>
        <option value="">{t('choose')}</option>
        {spec.options!.map(([v, text]) => (
          <option value={v} key={v}>
            {text}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'textarea') {
    control = <textarea {...common} class={css.input} rows={3} value={value} readOnly={readOnly} onInput={set} />;
  } else {
    control = (
      <input
        {...common}
        class={`${css.input} ${spec.code ? css.code : ''}`}
        type={spec.kind === 'date' ? 'date' : 'text'}
        value={value}
        readOnly={readOnly}
        autocomplete="off"
        spellcheck={spec.code ? false : undefined}
        autocapitalize={spec.code ? 'characters' : undefined}
        onInput={set}
      />
    );
  }

  const choice = spec.kind === 'radio' || spec.kind === 'check';
  const formLine = <FormRefLine field={spec.id} t={t} id={`${id}-form`} />;
  return (
    <div class={`${css.field} ${error ? css.hasError : ''}`}>
      {!choice && (
        <label class={css.label} for={id}>
          {label}
        </label>
      )}
      {!choice && formLine}
      {note && (
        <p class={css.note} id={`${id}-note`}>
          {note}
        </p>
      )}
      {error && (
        <p class={css.error} id={`${id}-err`}>
          {error}
        </p>
      )}
      {control}
      {choice && formLine}
      {feedback && (
        <p class={feedback.ok ? css.ok : css.bad} id={`${id}-fb`}>
          <span class={css.mark} aria-hidden="true">
            {feedback.ok ? '✓' : '✗'}
          </span>{' '}
          {feedback.text}
        </p>
      )}
      {hint && (
        <p class={css.hint} id={`${id}-hint`} tabIndex={-1}>
          <strong>{t('hint')}:</strong> {hint}
        </p>
      )}
      {onHint && !hint && (
        <button type="button" class={css.link} onClick={() => onHint(spec.id)}>
          {t('showHint', { field: t(spec.label ?? `f.${spec.id}`) })}
        </button>
      )}
    </div>
  );
}
