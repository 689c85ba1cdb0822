import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  bestAttempt,
  clearQuizDraft,
  recordQuizAttempt,
  setQuizDraft,
  type Progress,
  type ProgressStore,
  type QuizAttempt,
} from '../lib/progress';
import {
  byModule,
  createQuiz,
  fillTemplate,
  newSeed,
  parseDraft,
  presentQuestion,
  toQuizAttempt,
  type LocalQuestion,
  type QuizAction,
  type QuizState,
} from '../lib/quiz';
import { formatDateTime, formatNumber, formatPercent } from '../lib/local-format';
import { getProgressStore } from '../scripts/progress-store';
import QuestionFields from './quiz/QuestionFields';
import ResultScreen from './quiz/ResultScreen';
import StartScreen from './quiz/StartScreen';
import type { QuizStrings } from './quiz/strings';
import css from './quiz/quiz.module.css';

export interface Props {
  /** The progress store key: the module id, or `assessment`. */
  quizId: string;
  lang: 'en' | 'es';
  /** Every question the quiz may draw, in the page language only. */
  pool: LocalQuestion[];
  draw: number;
  passMark: number;
  /** The final assessment: each module contributes at least this many questions. */
  minPerModule?: number;
  /** `module/lesson` → its URL and title in the page language, for "what to review". */
  lessons: Record<string, { href: string; title: string }>;
  strings: QuizStrings;
}

/** Seeds from the browser's cryptographic generator, so two learners never share a draw by accident. */
const cryptoRandom = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 4294967296;

/**
 * A module quiz or the final assessment. The state machine is src/lib/quiz/session.ts; this
 * component renders its state, saves the draft after every change and the attempt at the end
 * (progress store), and moves focus to each new question's heading and to the result.
 */
export default function Quiz({ quizId, lang, pool, draw, passMark, minPerModule, lessons, strings: s }: Props) {
  const quiz = useMemo(
    () => createQuiz({ pool, draw, passMark, stratify: minPerModule ? byModule(minPerModule) : undefined }),
    [pool, draw, passMark, minPerModule],
  );
  const [state, setState] = useState<QuizState>({ phase: 'start' });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notSaved, setNotSaved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [hintOpen, setHintOpen] = useState(false);
  const store = useRef<ProgressStore | null>(null);
  const current = useRef(state);
  const heading = useRef<HTMLHeadingElement>(null);
  const warning = useRef<HTMLDivElement>(null);
  const focusNext = useRef<'heading' | 'warning' | null>(null);

  // Not Intl: its first use costs a phone a quarter of a second (src/lib/local-format.ts).
  const percent = formatPercent;
  const points = (n: number) => formatNumber(n, 2);
  const date = (iso: string) => formatDateTime(new Date(iso), lang);

  function apply(action: QuizAction, focus: 'heading' | 'warning' | null = null) {
    const prev = current.current;
    const next = quiz.reduce(prev, action);
    if (next === prev) return;
    current.current = next;
    if (next.phase === 'question') store.current?.update((p) => setQuizDraft(p, quizId, next.draft));
    if (next.phase === 'result' && prev.phase !== 'result') {
      store.current?.update((p) => recordQuizAttempt(p, quizId, toQuizAttempt(next.draft, next.result)));
      const verdict = next.result.passed ? s['quiz.resultPassed'] : s['quiz.resultFailed'];
      setAnnouncement(`${verdict}. ${percent(next.result.percent)}`);
    }
    if (next.phase === 'question' && next.draft.current !== (prev.phase === 'question' ? prev.draft.current : -1))
      setHintOpen(false);
    // The result replaces the question: its heading is where the learner continues from.
    focusNext.current = next.phase === 'result' ? 'heading' : focus;
    setState(next);
  }

  useEffect(() => {
    const s0 = getProgressStore();
    store.current = s0;
    // Storage can refuse later too (full), so the warning follows every change.
    const refresh = (p: Progress) => {
      setProgress(p);
      setNotSaved(s0.notices().some((n) => n.kind === 'memory' || n.kind === 'full'));
    };
    const saved = s0.get().quizDrafts[quizId];
    if (saved !== undefined) {
      const draft = parseDraft(saved, quiz.byId, draw);
      if (draft) {
        apply({ type: 'resume', draft }, 'heading');
        setAnnouncement(fillTemplate(s['quiz.resumed'], { n: draft.current + 1 }));
      } else {
        s0.update((p) => clearQuizDraft(p, quizId));
      }
    }
    refresh(s0.get());
    return s0.subscribe(refresh);
  }, []);

  useEffect(() => {
    const target =
      focusNext.current === 'warning' ? warning.current : focusNext.current === 'heading' ? heading.current : null;
    if (!target) return;
    focusNext.current = null;
    target.focus();
  }, [state]);

  const attempts: QuizAttempt[] = progress?.quizzes[quizId] ?? [];
  const start = () => {
    const last = attempts[attempts.length - 1];
    apply(
      {
        type: 'start',
        seed: newSeed(cryptoRandom, last?.seed),
        at: new Date().toISOString(),
        avoid: last?.questionIds,
      },
      'heading',
    );
  };

  return (
    <div class={css.quiz}>
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
      {notSaved && <p class={css.warn}>{s['quiz.notSaved']}</p>}
      {state.phase === 'start' && (
        <StartScreen
          ready={progress !== null}
          draw={draw}
          passMark={passMark}
          attempts={attempts}
          best={progress ? bestAttempt(progress, quizId) : undefined}
          strings={s}
          percent={percent}
          date={date}
          onStart={start}
        />
      )}
      {state.phase === 'question' &&
        (() => {
          const { draft, unanswered } = state;
          const total = draft.questionIds.length;
          const n = draft.current + 1;
          const q = quiz.byId.get(draft.questionIds[draft.current]!)!;
          return (
            <div class={css.screen}>
              <h2 ref={heading} tabIndex={-1} id="quiz-position" class={`${css.position} ${css.focusTarget}`}>
                {fillTemplate(s['quiz.progress'], { n, total })}
              </h2>
              <progress class={css.bar} max={total} value={n} aria-labelledby="quiz-position" />
              <QuestionFields
                key={q.id}
                question={q}
                presentation={presentQuestion(q, draft.seed)}
                answer={draft.answers[q.id]}
                idPrefix={`quiz-${q.id}`}
                strings={s}
                note={q.type === 'multiple' ? s['quiz.multipleHelp'] : undefined}
                onAnswer={(value) => apply({ type: 'answer', id: q.id, value })}
                onAnnounce={setAnnouncement}
              />
              {q.hint && (
                <div class={css.hint}>
                  <button
                    type="button"
                    class="button secondary"
                    aria-expanded={hintOpen}
                    aria-controls="quiz-hint"
                    onClick={() => setHintOpen(!hintOpen)}
                  >
                    {hintOpen ? s['quiz.hintHide'] : s['quiz.hintShow']}
                  </button>
                  <p id="quiz-hint" hidden={!hintOpen}>
                    {q.hint}
                  </p>
                </div>
              )}
              <div class={css.nav}>
                {n > 1 && (
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => apply({ type: 'go', index: draft.current - 1 }, 'heading')}
                  >
                    {s['quiz.previous']}
                  </button>
                )}
                {n < total ? (
                  <button
                    type="button"
                    class={`button ${css.forward}`}
                    onClick={() => apply({ type: 'go', index: draft.current + 1 }, 'heading')}
                  >
                    {s['quiz.next']}
                  </button>
                ) : (
                  <button
                    type="button"
                    class={`button ${css.forward}`}
                    onClick={() => apply({ type: 'submit', at: new Date().toISOString() }, 'warning')}
                  >
                    {s['quiz.submit']}
                  </button>
                )}
              </div>
              {unanswered && unanswered.length > 0 && (
                <div ref={warning} tabIndex={-1} class={`${css.warn} ${css.focusTarget}`}>
                  <p>{fillTemplate(s['quiz.unanswered'], { list: unanswered.map((i) => i + 1).join(', ') })}</p>
                  <ul class={css.jumps}>
                    {unanswered.map((i) => (
                      <li key={i}>
                        <button
                          type="button"
                          class="button secondary"
                          onClick={() => apply({ type: 'go', index: i }, 'heading')}
                        >
                          {fillTemplate(s['quiz.goTo'], { n: i + 1 })}
                        </button>
                      </li>
                    ))}
                  </ul>
                  <button
                    type="button"
                    class="button"
                    onClick={() => apply({ type: 'submit', at: new Date().toISOString(), force: true }, 'heading')}
                  >
                    {s['quiz.submitAnyway']}
                  </button>
                </div>
              )}
            </div>
          );
        })()}
      {state.phase === 'result' && (
        <ResultScreen
          draft={state.draft}
          result={state.result}
          questions={quiz.questionsOf(state.draft)}
          passMark={passMark}
          lessons={lessons}
          strings={s}
          headingRef={heading}
          percent={percent}
          points={points}
          onRetake={start}
        />
      )}
    </div>
  );
}
