import { useEffect, useState } from 'preact/hooks';
import { decodeReceipt, encodeReceipt, receiptComplete, type Receipt } from '../lib/receipt';
import { buildReceipt, type CourseOutline } from '../lib/progress/summary';
import type { CodeError } from '../lib/codec';
import { fillTemplate } from '../lib/quiz/format';
import { formatDate } from '../lib/format-date';
import QrCode from './shared/QrCode';
import { useProgress } from './shared/useProgress';
import { RECEIPT_ERROR_KEYS, statusKey, type CertificateStrings } from './shared/strings';
import ui from './shared/ui.module.css';
import css from './certificate/certificate.module.css';

export interface Props {
  lang: 'en' | 'es';
  strings: CertificateStrings;
  courseTitle: string;
  /** Module id (and `assessment`) → title in this language. */
  titles: Record<string, string>;
  outline: CourseOutline;
  progressHref: string;
}

type View =
  | { kind: 'reading' }
  | { kind: 'choose' }
  | { kind: 'error'; error: CodeError }
  | { kind: 'show'; code: string; receipt: Receipt };

/**
 * A printable certificate drawn from a receipt code in the fragment: the learner makes one from
 * their own progress (the code then goes in the URL, so the page can be reloaded or shared), and a
 * trainer opens one from the roster. The receipt code and its QR code are printed on it.
 */
export default function Certificate({ lang, strings: s, courseTitle, titles, outline, progressHref }: Props) {
  const [view, setView] = useState<View>({ kind: 'reading' });
  const [choice, setChoice] = useState('course');
  const [needName, setNeedName] = useState(false);
  const { progress } = useProgress();

  useEffect(() => {
    const read = async () => {
      if (location.hash.length <= 1) return setView({ kind: 'choose' });
      let text = location.hash.slice(1);
      try {
        text = decodeURIComponent(text);
      } catch {
        // A stray % stays as it is; the decoder reports the code as damaged.
      }
      const result = await decodeReceipt(text);
      const code = text.replace(/\s+/g, '').toUpperCase();
      setView(result.ok ? { kind: 'show', code, receipt: result.value } : { kind: 'error', error: result.error });
    };
    void read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (view.kind === 'reading' || !progress) return <p>{s['common.loading']}</p>;

  const chooseAnother = (
    <button
      type="button"
      class="button secondary"
      onClick={() => {
        history.pushState(null, '', location.pathname);
        setView({ kind: 'choose' });
      }}
    >
      {s['certificate.another']}
    </button>
  );

  if (view.kind === 'error') {
    return (
      <div class={ui.stack}>
        <div class={ui.errorBox} role="alert">
          <p>
            <strong>{s['certificate.broken']}</strong>
          </p>
          <p>{s[RECEIPT_ERROR_KEYS[view.error]]}</p>
        </div>
        <div class={ui.actions}>{chooseAnother}</div>
      </div>
    );
  }

  if (view.kind === 'choose') {
    const accepted = Object.values(progress.assignments);
    return (
      <form
        class={`${ui.stack} no-print`}
        onSubmit={async (e) => {
          e.preventDefault();
          if (!progress.learner.name.trim()) return setNeedName(true);
          const assignment = choice === 'course' ? undefined : progress.assignments[choice]?.assignment;
          location.hash = await encodeReceipt(buildReceipt(progress, outline, assignment, new Date()));
        }}
      >
        <fieldset class={ui.fieldset}>
          <legend class={ui.legend}>{s['certificate.choose']}</legend>
          {[
            ['course', s['receipt.courseTitle']] as const,
            ...accepted.map(
              ({ assignment: a }) =>
                [a.id, fillTemplate(s['certificate.forAssignment'], { cohort: a.cohort })] as const,
            ),
          ].map(([value, label]) => (
            <label class={ui.check} key={value}>
              <input
                type="radio"
                name="certificate-for"
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        {needName && (
          <p class={ui.note} role="alert">
            {s['certificate.needName']} <a href={progressHref}>{s['assignment.toProgress']}</a>
          </p>
        )}
        <div class={ui.actions}>
          <button type="submit" class="button">
            {s['certificate.make']}
          </button>
        </div>
      </form>
    );
  }

  const { receipt: r, code } = view;
  const complete = receiptComplete(r);
  const cohort = r.assignment?.cohort ?? '';
  const what = r.assignment
    ? fillTemplate(s[complete ? 'certificate.completedAssignment' : 'certificate.progressAssignment'], { cohort })
    : s[complete ? 'certificate.completedCourse' : 'certificate.progressCourse'];
  const learner = [r.learner.agency, r.learner.badge].filter(Boolean).join(' · ');

  return (
    <div class={ui.stack}>
      <article
        class={css.certificate}
        aria-labelledby="certificate-heading"
        data-certificate={complete ? 'complete' : 'progress'}
      >
        <p class={css.brand}>Traza</p>
        <h2 id="certificate-heading" class={css.heading}>
          {s[complete ? 'certificate.heading' : 'certificate.headingProgress']}
        </h2>
        <p class={css.lead}>{s['certificate.certifies']}</p>
        <p class={css.name}>{r.learner.name}</p>
        {learner && <p class={css.agency}>{learner}</p>}
        <p class={css.lead}>{what}</p>
        <p class={css.course}>{courseTitle}</p>
        {r.assignment && (
          <p class={css.small}>{fillTemplate(s['assignments.by'], { trainer: r.assignment.trainer })}</p>
        )}
        <table class={css.items}>
          <thead>
            <tr>
              <th scope="col">{s['items.colItem']}</th>
              <th scope="col">{s['items.colStatus']}</th>
              <th scope="col">{s['items.colBest']}</th>
              <th scope="col">{s['common.date']}</th>
            </tr>
          </thead>
          <tbody>
            {r.items.map((i) => (
              <tr key={i.id}>
                <th scope="row">{titles[i.id] ?? i.id}</th>
                <td>{s[statusKey[i.status]]}</td>
                <td>{i.best !== undefined ? `${i.best}%` : '—'}</td>
                <td>{i.passedAt || i.bestAt ? formatDate((i.passedAt ?? i.bestAt)!, lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class={css.issued}>{fillTemplate(s['certificate.issued'], { date: formatDate(r.createdAt, lang) })}</p>
        <div class={css.codeRow}>
          <QrCode text={code} ecc="L" label={s['receipt.qr']} />
          <div>
            <p class={css.small}>
              <strong>{s['receipt.code']}</strong>
            </p>
            <p class={`${css.small} ${ui.code}`}>{code}</p>
          </div>
        </div>
        <p class={css.disclaimer}>{s['certificate.disclaimer']}</p>
      </article>
      <div class={`${ui.actions} no-print`}>
        <button type="button" class="button" onClick={() => window.print()}>
          {s['certificate.print']}
        </button>
        {chooseAnother}
      </div>
      <p class={`${ui.hint} no-print`}>{s['certificate.paper']}</p>
    </div>
  );
}
