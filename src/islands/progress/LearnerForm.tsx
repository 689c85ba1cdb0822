import { useEffect, useState } from 'preact/hooks';
import { setLearner, type Progress, type ProgressStore } from '../../lib/progress';
import type { DashboardStrings } from '../shared/strings';
import css from '../shared/ui.module.css';

interface Props {
  progress: Progress;
  store: ProgressStore;
  s: DashboardStrings;
}

export const NAME_FIELD_ID = 'learner-name';

/** Name, agency and badge: what receipts and certificates carry. Saved on submit, not per keystroke. */
export default function LearnerForm({ progress, store, s }: Props) {
  const [draft, setDraft] = useState(progress.learner);
  const [saved, setSaved] = useState('');
  // Another tab (or an import) changed the details: show them.
  useEffect(() => setDraft(progress.learner), [progress.learner]);

  const field = (key: keyof Progress['learner'], label: string, max: number, autocomplete: string) => (
    <div class={css.field}>
      <label for={key === 'name' ? NAME_FIELD_ID : `learner-${key}`}>{label}</label>
      <input
        id={key === 'name' ? NAME_FIELD_ID : `learner-${key}`}
        class={css.input}
        maxLength={max}
        autocomplete={autocomplete}
        value={draft[key]}
        onInput={(e) => {
          setDraft({ ...draft, [key]: e.currentTarget.value });
          setSaved('');
        }}
      />
    </div>
  );

  return (
    <form
      class={css.stack}
      onSubmit={(e) => {
        e.preventDefault();
        store.update((p) =>
          setLearner(p, { name: draft.name.trim(), agency: draft.agency.trim(), badge: draft.badge.trim() }),
        );
        setSaved(s['learner.saved']);
      }}
    >
      <p class={css.hint}>{s['learner.intro']}</p>
      {field('name', s['learner.name'], 120, 'name')}
      {field('agency', s['learner.agency'], 160, 'organization')}
      {field('badge', s['learner.badge'], 40, 'off')}
      <div class={css.actions}>
        <button type="submit" class="button">
          {s['learner.save']}
        </button>
        <p class={css.live} role="status">
          {saved}
        </p>
      </div>
    </form>
  );
}
