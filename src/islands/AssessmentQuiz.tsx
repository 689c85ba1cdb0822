import { useEffect, useState } from 'preact/hooks';
import { formatPercent } from '../lib/local-format';
import { parsePool, type LocalQuestion } from '../lib/quiz';
import Quiz, { type Props as QuizProps } from './Quiz';
import StartScreen from './quiz/StartScreen';
import css from './quiz/quiz.module.css';

export interface Props extends Omit<QuizProps, 'pool'> {
  /** `/<lang>/assessment/pool.json`, built with the site from every module quiz. */
  poolUrl: string;
  /** Shown when the pool cannot be loaded, and the button that tries again. */
  failed: string;
  retry: string;
}

/**
 * The final assessment: the Quiz island over a pool fetched once the page is up. The pool is
 * every module quiz's questions, too heavy to embed in the page's HTML (the page budget); it
 * arrives while the learner reads the introduction. Until then the start screen shows its
 * disabled "loading" button, as any quiz does before it hydrates.
 */
export default function AssessmentQuiz({ poolUrl, failed, retry, ...quiz }: Props) {
  const [pool, setPool] = useState<LocalQuestion[] | null>(null);
  const [error, setError] = useState(false);
  const [tries, setTries] = useState(0);

  useEffect(() => {
    let current = true;
    setError(false);
    fetch(poolUrl)
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => undefined)
      .then((data) => {
        if (!current) return;
        const parsed = parsePool(data);
        if (parsed) setPool(parsed);
        else setError(true);
      });
    return () => {
      current = false;
    };
  }, [poolUrl, tries]);

  if (pool) return <Quiz {...quiz} pool={pool} />;
  return (
    <div class={css.quiz}>
      {error ? (
        <div class={css.screen} role="alert">
          <p>{failed}</p>
          <button type="button" class="button" onClick={() => setTries((n) => n + 1)}>
            {retry}
          </button>
        </div>
      ) : (
        <StartScreen
          ready={false}
          draw={quiz.draw}
          passMark={quiz.passMark}
          attempts={[]}
          strings={quiz.strings}
          percent={formatPercent}
          date={() => ''}
          onStart={() => {}}
        />
      )}
    </div>
  );
}
