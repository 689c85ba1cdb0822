import type { ItemSummary } from '../../lib/progress/summary';
import { fillTemplate } from '../../lib/quiz/format';
import { formatDate } from '../../lib/format-date';
import { statusKey, type DashboardStrings } from '../shared/strings';
import css from '../shared/ui.module.css';

export interface ItemRow {
  summary: ItemSummary;
  title: string;
  quizHref?: string;
}

interface Props {
  rows: ItemRow[];
  lang: 'en' | 'es';
  s: DashboardStrings;
}

/** Each module (and the final assessment): status, lessons read, best quiz score and attempts. */
export default function ItemsTable({ rows, lang, s }: Props) {
  return (
    <div class={css.tableWrap}>
      <table>
        <caption class="visually-hidden">{s['items.title']}</caption>
        <thead>
          <tr>
            <th scope="col">{s['items.colItem']}</th>
            <th scope="col">{s['items.colStatus']}</th>
            <th scope="col">{s['items.colLessons']}</th>
            <th scope="col">{s['items.colBest']}</th>
            <th scope="col">{s['items.colAttempts']}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ summary: i, title, quizHref }) => (
            <tr key={i.id} data-item={i.id}>
              <th scope="row">
                {title}
                {quizHref && (
                  <>
                    <br />
                    <a href={quizHref} aria-label={fillTemplate(s['items.takeQuizFor'], { module: title })}>
                      {s['items.takeQuiz']}
                    </a>
                  </>
                )}
              </th>
              <td>
                <span class={css.pill} data-status={i.status}>
                  {s[statusKey[i.status]]}
                </span>
              </td>
              <td>
                {i.lessonsTotal
                  ? fillTemplate(s['items.lessonsOf'], { read: i.lessonsRead, total: i.lessonsTotal })
                  : '—'}
              </td>
              <td>
                {i.best !== undefined && i.bestAt
                  ? fillTemplate(s['items.scoreOn'], { score: `${i.best}%`, date: formatDate(i.bestAt, lang) })
                  : s['common.none']}
              </td>
              <td>{i.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
