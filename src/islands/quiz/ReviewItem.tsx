import {
  fillTemplate,
  reviewQuestion,
  verdictOf,
  type AnswerValue,
  type LocalQuestion,
  type QuestionReview,
} from '../../lib/quiz';
import type { QuizStrings } from './strings';
import css from './quiz.module.css';

interface Props {
  n: number;
  question: LocalQuestion;
  answer: AnswerValue | undefined;
  credit: number;
  seed: number;
  strings: QuizStrings;
  points: (n: number) => string;
}

/** Marks that never rely on colour alone: a symbol for sighted readers, words beside it for everyone. */
const Mark = ({ ok }: { ok: boolean }) => (
  <span aria-hidden="true" class={ok ? css.markOk : css.markBad}>
    {ok ? '✓' : '✗'}
  </span>
);

/** One reviewed question: the learner's answer beside the right one, feedback, and why. */
export default function ReviewItem({ n, question: q, answer, credit, seed, strings: s, points }: Props) {
  const verdict = verdictOf(credit);
  const verdictText =
    verdict === 'right'
      ? s['quiz.verdictRight']
      : verdict === 'partly'
        ? fillTemplate(s['quiz.verdictPartly'], { points: points(credit) })
        : s['quiz.verdictWrong'];
  return (
    <li class={css.reviewItem} data-question={q.id} data-verdict={verdict}>
      <h4 class={css.reviewHead}>
        {fillTemplate(s['quiz.reviewQuestion'], { n })}: <span class={css[verdict]}>{verdictText}</span>
      </h4>
      <p class={css.reviewPrompt}>{q.prompt}</p>
      <ReviewBody review={reviewQuestion(q, answer, seed)} strings={s} />
      <p class={css.why}>
        <strong>{s['quiz.why']}:</strong> {q.explanation}
      </p>
    </li>
  );
}

function ReviewBody({ review, strings: s }: { review: QuestionReview; strings: QuizStrings }) {
  const tf = (v: boolean | undefined) =>
    v === undefined ? s['quiz.noAnswer'] : v ? s['check.true'] : s['check.false'];
  switch (review.type) {
    case 'single':
    case 'multiple':
      return (
        <ul class={css.reviewList}>
          {review.options.map((o) => (
            <li key={o.id} class={o.correct ? css.isRight : undefined}>
              {(o.chosen || o.correct) && <Mark ok={o.correct} />} {o.text}
              {o.chosen && <span class={css.tag}> ({s['quiz.yourChoice']})</span>}
              {o.correct && <span class={css.tag}> ({s['quiz.rightChoice']})</span>}
              {o.feedback && <p class={css.feedback}>{o.feedback}</p>}
            </li>
          ))}
        </ul>
      );
    case 'truefalse':
      return (
        <dl class={css.pairs}>
          <dt>{s['quiz.yourAnswer']}</dt>
          <dd>
            <Mark ok={review.chosen === review.answer} /> {tf(review.chosen)}
          </dd>
          <dt>{s['quiz.rightAnswer']}</dt>
          <dd>{tf(review.answer)}</dd>
        </dl>
      );
    case 'ordering':
      return (
        <div class={css.orders}>
          <div>
            <p class={css.listTitle}>{s['quiz.yourOrder']}</p>
            <ol class={css.reviewList}>
              {review.given.map((i) => (
                <li key={i.id}>
                  <Mark ok={i.right} /> {i.text}
                  <span class={css.tag}> ({i.right ? s['quiz.rightPosition'] : s['quiz.wrongPosition']})</span>
                </li>
              ))}
            </ol>
          </div>
          <div>
            <p class={css.listTitle}>{s['quiz.rightOrder']}</p>
            <ol class={css.reviewList}>
              {review.expected.map((i) => (
                <li key={i.id}>{i.text}</li>
              ))}
            </ol>
          </div>
        </div>
      );
    case 'matching':
      return (
        <dl class={css.pairs}>
          {review.rows.map((r) => (
            <div key={r.id} class={css.matchReview}>
              <dt>{r.left}</dt>
              <dd>
                <Mark ok={r.ok} /> {s['quiz.yourAnswer']}: {r.chosen ?? s['quiz.noAnswer']}
              </dd>
              {!r.ok && (
                <dd>
                  {s['quiz.rightAnswer']}: {r.right}
                </dd>
              )}
            </div>
          ))}
        </dl>
      );
    case 'text':
      return (
        <dl class={css.pairs}>
          <dt>{s['quiz.yourAnswer']}</dt>
          <dd>
            <Mark ok={review.ok} /> {review.given === '' ? s['quiz.noAnswer'] : <code>{review.given}</code>}
          </dd>
          <dt>{s['quiz.rightAnswer']}</dt>
          <dd>
            <code>{review.accepted}</code>
          </dd>
        </dl>
      );
  }
}
