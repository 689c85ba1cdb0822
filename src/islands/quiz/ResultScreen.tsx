import type { Ref } from 'preact';
import { fillTemplate, lessonsToReview, type LocalQuestion, type QuizDraft, type QuizResult } from '../../lib/quiz';
import ReviewItem from './ReviewItem';
import type { QuizStrings } from './strings';
import css from './quiz.module.css';

interface Props {
  draft: QuizDraft;
  result: QuizResult;
  questions: LocalQuestion[];
  passMark: number;
  lessons: Record<string, { href: string; title: string }>;
  strings: QuizStrings;
  headingRef: Ref<HTMLHeadingElement>;
  percent: (n: number) => string;
  points: (n: number) => string;
  onRetake: () => void;
}

/** Pass or fail, the score, the lessons behind the missed questions, and the full review. */
export default function ResultScreen({
  draft,
  result,
  questions,
  passMark,
  lessons,
  strings: s,
  headingRef,
  percent,
  points,
  onRetake,
}: Props) {
  const toReview = lessonsToReview(questions, result.missed).filter((key) => lessons[key]);
  const retake = (
    <button type="button" class="button" onClick={onRetake}>
      {s['quiz.retake']}
    </button>
  );
  return (
    <div class={css.screen}>
      <div class={`${css.result} ${result.passed ? css.resultPassed : css.resultFailed}`}>
        <h2 ref={headingRef} tabIndex={-1} class={css.focusTarget}>
          {result.passed ? s['quiz.resultPassed'] : s['quiz.resultFailed']}
        </h2>
        <p>
          {fillTemplate(s['quiz.score'], {
            score: points(result.score),
            max: result.max,
            percent: percent(result.percent),
            pass: percent(passMark * 100),
          })}
        </p>
      </div>
      {result.missed.length === 0 ? (
        <p>{s['quiz.allRight']}</p>
      ) : (
        toReview.length > 0 && (
          <section aria-labelledby="quiz-to-review">
            <h3 id="quiz-to-review">{s['quiz.toReview']}</h3>
            <p>{s['quiz.toReviewIntro']}</p>
            <ul>
              {toReview.map((key) => (
                <li key={key}>
                  <a href={lessons[key]!.href}>{lessons[key]!.title}</a>
                </li>
              ))}
            </ul>
          </section>
        )
      )}
      {retake}
      <section aria-labelledby="quiz-review">
        <h3 id="quiz-review">{s['quiz.review']}</h3>
        <ol class={css.reviewItems}>
          {questions.map((q, i) => (
            <ReviewItem
              key={q.id}
              n={i + 1}
              question={q}
              answer={draft.answers[q.id]}
              credit={result.credits[q.id] ?? 0}
              seed={draft.seed}
              strings={s}
              points={points}
            />
          ))}
        </ol>
      </section>
      {retake}
    </div>
  );
}
