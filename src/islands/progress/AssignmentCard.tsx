import { useRef, useState } from 'preact/hooks';
import { removeAssignment, type Assignment, type Progress, type ProgressStore } from '../../lib/progress';
import { assignmentProgress, buildReceipt, type CourseOutline } from '../../lib/progress/summary';
import { fillTemplate } from '../../lib/quiz/format';
import { formatDate } from '../../lib/format-date';
import ReceiptPanel from '../shared/ReceiptPanel';
import { statusKey, type DashboardStrings } from '../shared/strings';
import css from '../shared/ui.module.css';

interface Props {
  assignment: Assignment;
  acceptedAt: string;
  progress: Progress;
  store: ProgressStore;
  outline: CourseOutline;
  today: string;
  titleOf: (id: string) => string;
  lang: 'en' | 'es';
  certificateHref: string;
  onNeedName: () => void;
  onRemoved: (message: string) => void;
  s: DashboardStrings;
}

function dueText(daysLeft: number, s: DashboardStrings): string {
  if (daysLeft === 0) return s['assignments.dueToday'];
  if (daysLeft === 1) return s['assignments.oneDayLeft'];
  if (daysLeft > 1) return fillTemplate(s['assignments.daysLeft'], { count: daysLeft });
  if (daysLeft === -1) return s['assignments.overdueOne'];
  return fillTemplate(s['assignments.overdue'], { count: -daysLeft });
}

/** One accepted assignment, tracked against its pass mark and due date, with its receipt. */
export default function AssignmentCard(props: Props) {
  const { assignment: a, progress, outline, today, titleOf, lang, s } = props;
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmBox = useRef<HTMLDivElement>(null);
  const state = assignmentProgress(progress, outline, a, today);
  const headingId = `assignment-${a.id}`;
  const dueStatus = state.complete ? 'passed' : state.overdue ? 'overdue' : 'in-progress';

  return (
    <article
      class={`${css.card} ${state.overdue ? css.overdueCard : ''}`}
      aria-labelledby={headingId}
      data-assignment={a.id}
    >
      <h3 id={headingId}>{a.cohort}</h3>
      <p class={css.facts}>
        <span>{fillTemplate(s['assignments.by'], { trainer: a.trainer })}</span>
        {a.contact && <span>{fillTemplate(s['assignments.contact'], { contact: a.contact })}</span>}
        <span>{fillTemplate(s['assignments.accepted'], { date: formatDate(props.acceptedAt, lang) })}</span>
      </p>
      <p>
        <strong>{fillTemplate(s['assignments.due'], { date: formatDate(a.due, lang) })}</strong>{' '}
        <span class={css.pill} data-status={dueStatus}>
          {state.complete ? s['assignments.complete'] : dueText(state.daysLeft, s)}
        </span>{' '}
        <span class="muted">· {fillTemplate(s['assignments.passMark'], { mark: a.passMark })}</span>
      </p>
      <ul>
        {state.items.map((i) => (
          <li key={i.id}>
            {titleOf(i.id)}:{' '}
            <span class={css.pill} data-status={i.status}>
              {s[statusKey[i.status]]}
            </span>
            {i.best !== undefined && <span class="muted"> · {i.best}%</span>}
          </li>
        ))}
      </ul>
      <ReceiptPanel
        id={`receipt-${a.id}`}
        buttonLabel={s['receipt.forAssignment']}
        make={() => (progress.learner.name.trim() ? buildReceipt(progress, outline, a, new Date()) : undefined)}
        onNeedName={props.onNeedName}
        certificateHref={props.certificateHref}
        s={s}
      />
      {confirming ? (
        <div
          class={`${css.confirm} ${css.focusable}`}
          ref={confirmBox}
          tabIndex={-1}
          role="group"
          aria-label={s['assignments.remove']}
        >
          <p>{fillTemplate(s['assignments.removeConfirm'], { cohort: a.cohort })}</p>
          <div class={css.actions}>
            <button
              type="button"
              class={`button ${css.danger}`}
              onClick={() => {
                props.store.update((p) => removeAssignment(p, a.id));
                props.onRemoved(s['assignments.removed']);
              }}
            >
              {s['assignments.removeYes']}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => removeButton.current?.focus());
              }}
            >
              {s['common.cancel']}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button
            type="button"
            ref={removeButton}
            class={css.linkButton}
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => confirmBox.current?.focus());
            }}
          >
            {s['assignments.remove']}
          </button>
        </div>
      )}
    </article>
  );
}
