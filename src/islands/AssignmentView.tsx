import { useEffect, useRef, useState } from 'preact/hooks';
import { acceptAssignment } from '../lib/progress';
import { assignmentItems, decodeAssignment, type Assignment } from '../lib/assignment';
import type { CodeError } from '../lib/codec';
import { fillTemplate } from '../lib/quiz/format';
import { formatDate } from '../lib/format-date';
import { useProgress } from './shared/useProgress';
import type { AssignmentViewStrings } from './shared/strings';
import ui from './shared/ui.module.css';

export interface Props {
  lang: 'en' | 'es';
  strings: AssignmentViewStrings;
  /** Module id (and `assessment`) → its title and page in this language. */
  items: Record<string, { title: string; href: string }>;
  progressHref: string;
}

type View =
  { kind: 'reading' } | { kind: 'none' } | { kind: 'error'; error: CodeError } | { kind: 'ok'; assignment: Assignment };

/**
 * Where an assignment link lands. The assignment is read from the fragment, on this device; a
 * damaged link gets a plain message, and accepting stores the assignment in the learner's progress.
 */
export default function AssignmentView({ lang, strings: s, items, progressHref }: Props) {
  const [view, setView] = useState<View>({ kind: 'reading' });
  const [justAccepted, setJustAccepted] = useState(false);
  const { progress, store } = useProgress();
  const confirmation = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const read = async () => {
      if (location.hash.length <= 1) return setView({ kind: 'none' });
      const result = await decodeAssignment(location.hash, Object.keys(items));
      setView(result.ok ? { kind: 'ok', assignment: result.value } : { kind: 'error', error: result.error });
    };
    void read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (view.kind === 'reading' || !progress || !store) return <p>{s['common.loading']}</p>;
  if (view.kind === 'none') return <p class={ui.note}>{s['assignment.none']}</p>;
  if (view.kind === 'error') {
    return (
      <div class={ui.errorBox} role="alert" data-assignment-error={view.error}>
        <p>
          <strong>{view.error === 'unknown-version' ? s['assignment.newer'] : s['assignment.broken']}</strong>
        </p>
        {view.error !== 'unknown-version' && <p>{s['assignment.brokenHelp']}</p>}
      </div>
    );
  }

  const a = view.assignment;
  const accepted = progress.assignments[a.id];
  return (
    <article class={ui.card} aria-labelledby="assignment-cohort" data-assignment={a.id}>
      <h2 id="assignment-cohort">{a.cohort}</h2>
      <p class={ui.facts}>
        <span>{fillTemplate(s['assignment.from'], { trainer: a.trainer })}</span>
        {a.contact && <span>{fillTemplate(s['assignments.contact'], { contact: a.contact })}</span>}
      </p>
      <p>
        <strong>{s['handout.due']}:</strong> {formatDate(a.due, lang)} · <strong>{s['handout.passMark']}:</strong>{' '}
        {a.passMark}%
      </p>
      <h3>{s['handout.complete']}</h3>
      <ul>
        {assignmentItems(a).map((id) => (
          <li key={id}>{items[id] ? <a href={items[id].href}>{items[id].title}</a> : id}</li>
        ))}
      </ul>
      {accepted ? (
        <p class={`${ui.ok} ${ui.focusable}`} ref={confirmation} tabIndex={-1} role="status">
          {justAccepted
            ? s['assignment.accepted']
            : fillTemplate(s['assignment.already'], { date: formatDate(accepted.acceptedAt, lang) })}{' '}
          <a href={progressHref}>{s['assignment.toProgress']}</a>
        </p>
      ) : (
        <div class={ui.actions}>
          <button
            type="button"
            class="button"
            onClick={() => {
              store.update((p) => acceptAssignment(p, a, new Date()));
              setJustAccepted(true);
              requestAnimationFrame(() => confirmation.current?.focus());
            }}
          >
            {s['assignment.accept']}
          </button>
        </div>
      )}
      <p class={ui.hint}>{s['assignment.private']}</p>
    </article>
  );
}
