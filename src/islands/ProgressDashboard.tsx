import { useMemo, useState } from 'preact/hooks';
import { continueTarget } from '../lib/progress';
import {
  buildReceipt,
  courseItems,
  itemSummary,
  localDay,
  scenarioSummaries,
  type CourseOutline,
} from '../lib/progress/summary';
import { ASSESSMENT_ID } from '../lib/assignment';
import { fillTemplate } from '../lib/quiz/format';
import { formatDate } from '../lib/format-date';
import { useProgress } from './shared/useProgress';
import ReceiptPanel from './shared/ReceiptPanel';
import LearnerForm, { NAME_FIELD_ID } from './progress/LearnerForm';
import ItemsTable from './progress/ItemsTable';
import AssignmentCard from './progress/AssignmentCard';
import DataPanel from './progress/DataPanel';
import type { DashboardStrings } from './shared/strings';
import css from './shared/ui.module.css';

export interface CourseModule {
  id: string;
  title: string;
  lessons: string[];
  quizHref?: string;
}

export interface Props {
  lang: 'en' | 'es';
  strings: DashboardStrings;
  modules: CourseModule[];
  /** The final assessment, when this build has one. */
  assessment?: { title: string; href: string };
  /** Scenario id → its title in the page language. */
  scenarios: Record<string, string>;
  practiceHref?: string;
  /** Every lesson as `module/lesson`, in course order, and the URL they hang from (`/es/modules/`). */
  lessonOrder: string[];
  lessonBase: string;
  certificateHref: string;
}

/**
 * The learner's dashboard: who they are, where each module stands, their scenarios and accepted
 * assignments with receipts, and their data (export, import, reset). It renders the progress
 * store; every change goes through the store's operations.
 */
export default function ProgressDashboard(props: Props) {
  const { lang, strings: s, modules } = props;
  const { progress, store } = useProgress();
  const [message, setMessage] = useState('');
  const outline: CourseOutline = useMemo(
    () => ({ modules, assessment: !!props.assessment }),
    [modules, props.assessment],
  );

  if (!progress || !store) return <p>{s['common.loading']}</p>;

  const titleOf = (id: string) =>
    id === ASSESSMENT_ID ? (props.assessment?.title ?? id) : (modules.find((m) => m.id === id)?.title ?? id);
  const today = localDay(new Date());
  const target = continueTarget(progress, props.lessonOrder);
  const focusName = () => {
    const input = document.getElementById(NAME_FIELD_ID);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  };
  const rows = courseItems(outline).map((id) => ({
    summary: itemSummary(progress, outline, id),
    title: titleOf(id),
    quizHref: id === ASSESSMENT_ID ? props.assessment?.href : modules.find((m) => m.id === id)?.quizHref,
  }));
  const scenarios = scenarioSummaries(progress);
  const accepted = Object.values(progress.assignments).sort((a, b) => a.assignment.due.localeCompare(b.assignment.due));

  return (
    <div class={css.stack} data-dashboard>
      <p class={css.live} role="status">
        {message}
      </p>
      {target && (
        <p>
          <a class="button" href={`${props.lessonBase}${target}/`}>
            {s['home.continue']}
          </a>
        </p>
      )}

      <section class={css.section} aria-labelledby="learner-title">
        <h2 id="learner-title">{s['learner.title']}</h2>
        <LearnerForm progress={progress} store={store} s={s} />
      </section>

      <section class={css.section} aria-labelledby="items-title">
        <h2 id="items-title">{s['items.title']}</h2>
        <ItemsTable rows={rows} lang={lang} s={s} />
      </section>

      <section class={css.section} aria-labelledby="scenarios-title">
        <h2 id="scenarios-title">{s['scenarios.title']}</h2>
        {scenarios.length === 0 ? (
          <p>{s['scenarios.none']}</p>
        ) : (
          <div class={css.tableWrap}>
            <table>
              <caption class="visually-hidden">{s['scenarios.title']}</caption>
              <thead>
                <tr>
                  <th scope="col">{s['scenarios.colScenario']}</th>
                  <th scope="col">{s['scenarios.colBest']}</th>
                  <th scope="col">{s['items.colAttempts']}</th>
                  <th scope="col">{s['common.date']}</th>
                </tr>
              </thead>
              <tbody>
                {scenarios.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{props.scenarios[r.id] ?? r.id}</th>
                    <td>{fillTemplate(s['scenarios.points'], { score: r.score, max: r.max })}</td>
                    <td>{r.attempts}</td>
                    <td>{formatDate(r.at, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {props.practiceHref && (
          <p>
            <a href={props.practiceHref}>{s['scenarios.go']}</a>
          </p>
        )}
      </section>

      <section class={css.section} aria-labelledby="assignments-title">
        <h2 id="assignments-title" tabIndex={-1} class={css.focusable}>
          {s['assignments.title']}
        </h2>
        {accepted.length === 0 ? (
          <p>{s['assignments.none']}</p>
        ) : (
          <div class={css.stack}>
            {accepted.map(({ assignment, acceptedAt }) => (
              <AssignmentCard
                key={assignment.id}
                assignment={assignment}
                acceptedAt={acceptedAt}
                progress={progress}
                store={store}
                outline={outline}
                today={today}
                titleOf={titleOf}
                lang={lang}
                certificateHref={props.certificateHref}
                onNeedName={focusName}
                onRemoved={(m) => {
                  setMessage(m);
                  document.getElementById('assignments-title')?.focus();
                }}
                s={s}
              />
            ))}
          </div>
        )}
      </section>

      <section class={css.section} aria-labelledby="course-receipt-title">
        <h2 id="course-receipt-title">{s['receipt.courseTitle']}</h2>
        <p>{s['receipt.courseIntro']}</p>
        <ReceiptPanel
          id="receipt-course"
          buttonLabel={s['receipt.forCourse']}
          make={() =>
            progress.learner.name.trim() ? buildReceipt(progress, outline, undefined, new Date()) : undefined
          }
          onNeedName={focusName}
          certificateHref={props.certificateHref}
          s={s}
        />
      </section>

      <section class={css.section} aria-labelledby="data-title">
        <h2 id="data-title">{s['data.title']}</h2>
        <DataPanel progress={progress} store={store} lang={lang} announce={setMessage} s={s} />
      </section>
    </div>
  );
}
