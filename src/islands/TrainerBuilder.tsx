import { useEffect, useRef, useState } from 'preact/hooks';
import {
  assignmentLink,
  checkAssignmentDraft,
  encodeAssignment,
  newAssignmentId,
  toAssignment,
  LIMITS,
  type Assignment,
  type AssignmentDraft,
  type AssignmentField,
  type AssignmentProblem,
} from '../lib/assignment';
import { addAssignment } from '../lib/roster-store';
import { localDay } from '../lib/progress/summary';
import { getRosterStore } from '../scripts/roster-store';
import Handout, { type HandoutLanguage } from './trainer/Handout';
import { copyText } from './shared/files';
import type { TrainerStrings } from './shared/strings';
import ui from './shared/ui.module.css';
import css from './trainer/trainer.module.css';

export interface Props {
  lang: 'en' | 'es';
  strings: TrainerStrings;
  modules: { id: string; title: string }[];
  hasAssessment: boolean;
  handout: Record<'en' | 'es', HandoutLanguage>;
  /** `/en/assignment/` and `/es/assignment/`: the link opens in the language the trainer picks. */
  assignmentPaths: Record<'en' | 'es', string>;
  rosterHref: string;
  languageNames: Record<'en' | 'es', string>;
}

const errorKey: Record<string, keyof TrainerStrings> = {
  'cohort:required': 'trainer.error.cohortRequired',
  'cohort:too-long': 'trainer.error.cohortTooLong',
  'trainer:required': 'trainer.error.trainerRequired',
  'trainer:too-long': 'trainer.error.trainerTooLong',
  'contact:too-long': 'trainer.error.contactTooLong',
  'modules:required': 'trainer.error.modulesRequired',
  'modules:invalid': 'trainer.error.modulesInvalid',
  'due:required': 'trainer.error.dueRequired',
  'due:invalid': 'trainer.error.dueInvalid',
  'passMark:invalid': 'trainer.error.passMarkInvalid',
};

/** Where each field's error points: the first control of a group for the modules. */
const fieldId = (field: AssignmentField, firstModule: string) =>
  field === 'modules' ? `module-${firstModule}` : `assignment-${field}`;

/**
 * The trainer's assignment builder: a plain form, checked by src/lib/assignment.ts, that becomes
 * a link (the assignment in its fragment), a QR code and a bilingual handout. The assignment is
 * also kept in this browser's roster, where the trainer will paste receipts.
 */
export default function TrainerBuilder({
  lang,
  strings: s,
  modules,
  hasAssessment,
  handout,
  assignmentPaths,
  rosterHref,
  languageNames,
}: Props) {
  const moduleIds = modules.map((m) => m.id);
  const blank: AssignmentDraft = {
    cohort: '',
    trainer: '',
    contact: '',
    modules: [],
    assessment: false,
    due: '',
    passMark: '80',
    lang,
  };
  const [ready, setReady] = useState(false);
  const [draft, setDraft] = useState<AssignmentDraft>(blank);
  const [problems, setProblems] = useState<AssignmentProblem[]>([]);
  const [made, setMade] = useState<{ assignment: Assignment; link: string }>();
  const [message, setMessage] = useState('');
  const summary = useRef<HTMLDivElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // The default due date depends on today, which only the browser knows: two weeks from now.
  useEffect(() => {
    const inTwoWeeks = new Date();
    inTwoWeeks.setDate(inTwoWeeks.getDate() + 14);
    setDraft((d) => ({ ...d, due: d.due || localDay(inTwoWeeks) }));
    setReady(true);
  }, []);

  const problemOf = (field: AssignmentField) => problems.find((p) => p.field === field);
  const message_ = (p: AssignmentProblem) => s[errorKey[`${p.field}:${p.problem}`]!];
  const set = (patch: Partial<AssignmentDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(e: Event) {
    e.preventDefault();
    const found = checkAssignmentDraft(draft, moduleIds);
    setProblems(found);
    if (found.length) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const assignment = toAssignment(draft, newAssignmentId(), moduleIds);
    const code = await encodeAssignment(assignment);
    const link = assignmentLink(location.origin, assignmentPaths, assignment, code);
    getRosterStore().update((r) => addAssignment(r, assignment, new Date()));
    setMade({ assignment, link });
    setMessage('');
    requestAnimationFrame(() => resultHeading.current?.focus());
  }

  const text = (field: 'cohort' | 'trainer' | 'contact', label: string, hint?: string, autocomplete = 'off') => {
    const problem = problemOf(field);
    const id = `assignment-${field}`;
    return (
      <div class={ui.field}>
        <label for={id}>{label}</label>
        {hint && (
          <p class={ui.hint} id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <input
          id={id}
          class={ui.input}
          value={draft[field]}
          disabled={!ready}
          autocomplete={autocomplete}
          maxLength={LIMITS[field]}
          required={field !== 'contact'}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={[hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ') || undefined}
          onInput={(e) => set({ [field]: e.currentTarget.value })}
        />
        {problem && (
          <p class={ui.error} id={`${id}-error`}>
            {message_(problem)}
          </p>
        )}
      </div>
    );
  };

  if (made) {
    return (
      <div class={ui.stack}>
        <section class={`${css.result} no-print`} aria-labelledby="result-title">
          <h2 id="result-title" ref={resultHeading} tabIndex={-1} class={ui.focusable}>
            {s['trainer.resultTitle']}
          </h2>
          <div class={ui.field}>
            <label for="assignment-link">{s['trainer.link']}</label>
            <input
              id="assignment-link"
              class={`${ui.input} ${css.linkField}`}
              readOnly
              value={made.link}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <div class={ui.actions}>
            <button
              type="button"
              class="button"
              onClick={async () => {
                const ok = await copyText(made.link);
                setMessage(ok ? s['trainer.copied'] : s['common.copyFailed']);
                if (!ok) (document.getElementById('assignment-link') as HTMLInputElement | null)?.select();
              }}
            >
              {s['trainer.copyLink']}
            </button>
            <a class="button secondary" href={made.link} target="_blank" rel="noopener">
              {s['trainer.openLink']}
            </a>
            <button type="button" class="button secondary" onClick={() => window.print()}>
              {s['trainer.print']}
            </button>
          </div>
          <p class={ui.live} role="status">
            {message}
          </p>
          <p>
            {s['trainer.saved']} <a href={rosterHref}>{s['trainer.toRoster']}</a>
          </p>
          <p>
            <button
              type="button"
              class={ui.linkButton}
              onClick={() => {
                setMade(undefined);
                setDraft({ ...draft, cohort: '' });
              }}
            >
              {s['trainer.another']}
            </button>
          </p>
          <h2>{s['trainer.handoutPreview']}</h2>
        </section>
        <Handout assignment={made.assignment} link={made.link} qrLabel={s['trainer.qr']} texts={handout} />
      </div>
    );
  }

  const modulesProblem = problemOf('modules');
  return (
    <form class={`${ui.stack} no-print`} onSubmit={submit} noValidate>
      {problems.length > 0 && (
        <div class={ui.errorBox} ref={summary} tabIndex={-1} role="alert" aria-labelledby="errors-title">
          <p id="errors-title">
            <strong>{s['trainer.errorsTitle']}</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>
                <a
                  href={`#${fieldId(p.field, moduleIds[0]!)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fieldId(p.field, moduleIds[0]!))?.focus();
                  }}
                >
                  {message_(p)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class={ui.fieldset}>
        <legend class={ui.legend}>{s['trainer.who']}</legend>
        {text('cohort', s['trainer.cohort'])}
        {text('trainer', s['trainer.trainer'], undefined, 'name')}
        {text('contact', s['trainer.contact'], s['trainer.contactHint'])}
      </fieldset>
      <fieldset class={ui.fieldset} aria-describedby={`what-hint${modulesProblem ? ' modules-error' : ''}`}>
        <legend class={ui.legend}>{s['trainer.what']}</legend>
        <p class={ui.hint} id="what-hint">
          {s['trainer.whatHint']}
        </p>
        <div class={css.moduleList}>
          {modules.map((m) => (
            <label class={ui.check} key={m.id}>
              <input
                type="checkbox"
                id={`module-${m.id}`}
                disabled={!ready}
                checked={draft.modules.includes(m.id)}
                onChange={(e) =>
                  set({
                    modules: e.currentTarget.checked
                      ? [...draft.modules, m.id]
                      : draft.modules.filter((x) => x !== m.id),
                  })
                }
              />
              <span>{m.title}</span>
            </label>
          ))}
          {hasAssessment && (
            <label class={ui.check}>
              <input
                type="checkbox"
                id="assignment-assessment"
                disabled={!ready}
                checked={draft.assessment}
                onChange={(e) => set({ assessment: e.currentTarget.checked })}
              />
              <span>{s['trainer.assessment']}</span>
            </label>
          )}
        </div>
        {modulesProblem && (
          <p class={ui.error} id="modules-error">
            {message_(modulesProblem)}
          </p>
        )}
      </fieldset>
      <fieldset class={ui.fieldset}>
        <legend class={ui.legend}>{s['trainer.rules']}</legend>
        <div class={ui.field}>
          <label for="assignment-due">{s['trainer.due']}</label>
          <input
            id="assignment-due"
            type="date"
            class={`${ui.input} ${ui.short}`}
            value={draft.due}
            disabled={!ready}
            required
            aria-invalid={problemOf('due') ? 'true' : undefined}
            aria-describedby={problemOf('due') ? 'assignment-due-error' : undefined}
            onInput={(e) => set({ due: e.currentTarget.value })}
          />
          {problemOf('due') && (
            <p class={ui.error} id="assignment-due-error">
              {message_(problemOf('due')!)}
            </p>
          )}
        </div>
        <div class={ui.field}>
          <label for="assignment-passMark">{s['trainer.passMark']}</label>
          <p class={ui.hint} id="assignment-passMark-hint">
            {s['trainer.passMarkHint']}
          </p>
          <input
            id="assignment-passMark"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            step={1}
            class={`${ui.input} ${ui.short}`}
            value={draft.passMark}
            disabled={!ready}
            required
            aria-invalid={problemOf('passMark') ? 'true' : undefined}
            aria-describedby={`assignment-passMark-hint${problemOf('passMark') ? ' assignment-passMark-error' : ''}`}
            onInput={(e) => set({ passMark: e.currentTarget.value })}
          />
          {problemOf('passMark') && (
            <p class={ui.error} id="assignment-passMark-error">
              {message_(problemOf('passMark')!)}
            </p>
          )}
        </div>
        <fieldset class={ui.fieldset} aria-describedby="assignment-lang-hint">
          <legend class={ui.legend}>{s['trainer.lang']}</legend>
          <p class={ui.hint} id="assignment-lang-hint">
            {s['trainer.langHint']}
          </p>
          {(['es', 'en'] as const).map((l) => (
            <label class={ui.check} key={l}>
              <input
                type="radio"
                name="assignment-lang"
                value={l}
                disabled={!ready}
                checked={draft.lang === l}
                onChange={() => set({ lang: l })}
              />
              <span lang={l}>{languageNames[l]}</span>
            </label>
          ))}
        </fieldset>
      </fieldset>
      <div class={ui.actions}>
        <button type="submit" class="button" disabled={!ready}>
          {s['trainer.create']}
        </button>
      </div>
    </form>
  );
}
