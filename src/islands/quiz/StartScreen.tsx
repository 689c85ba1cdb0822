import type { QuizAttempt } from '../../lib/progress/schema';
import { fillTemplate } from '../../lib/quiz';
import type { QuizStrings } from './strings';
import css from './quiz.module.css';

interface Props {
  /** False until the island has hydrated and read the learner's progress. */
  ready: boolean;
  draw: number;
  passMark: number;
  attempts: QuizAttempt[];
  best?: QuizAttempt;
  strings: QuizStrings;
  percent: (n: number) => string;
  date: (iso: string) => string;
  onStart: () => void;
}

/** What the quiz is, the learner's best score and past attempts, and the start button. */
export default function StartScreen({
  ready,
  draw,
  passMark,
  attempts,
  best,
  strings: s,
  percent,
  date,
  onStart,
}: Props) {
  return (
    <div class={css.screen}>
      <p class={css.facts}>{fillTemplate(s['quiz.facts'], { count: draw, pass: percent(passMark * 100) })}</p>
      {/* The line is there before the learner's record loads (a no-break space), so nothing below it moves. */}
      <p>
        {!ready
          ? '\u00a0'
          : best
            ? fillTemplate(s['quiz.best'], {
                score: `${percent(best.percent)} (${best.passed ? s['quiz.passed'] : s['quiz.notPassed']})`,
              })
            : s['quiz.noAttempts']}
      </p>
      {/* Disabled until hydrated: a click before the script runs would otherwise be lost. */}
      <button type="button" class="button" disabled={!ready} onClick={onStart}>
        {ready ? s['quiz.start'] : s['quiz.loading']}
      </button>
      {ready && attempts.length > 0 && (
        <section class={css.attempts} aria-labelledby="quiz-attempts">
          <h2 id="quiz-attempts">{s['quiz.attempts']}</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{s['quiz.date']}</th>
                  <th scope="col">{s['quiz.scoreColumn']}</th>
                  <th scope="col">{s['quiz.resultColumn']}</th>
                </tr>
              </thead>
              <tbody>
                {[...attempts].reverse().map((a) => (
                  <tr key={a.finishedAt}>
                    <td>{date(a.finishedAt)}</td>
                    <td>{percent(a.percent)}</td>
                    <td>{a.passed ? s['quiz.passed'] : s['quiz.notPassed']}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
