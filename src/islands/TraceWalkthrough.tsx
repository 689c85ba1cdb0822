import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { clearScenarioDraft, recordScenarioResult, setScenarioDraft } from '../lib/progress';
import { caseToday } from '../lib/simulator/clock';
import { parseDraft } from '../lib/simulator/draft';
import * as sim from '../lib/simulator/engine';
import type { FieldId } from '../lib/simulator/fields';
import type { Verdict } from '../lib/simulator/grade';
import type { LocalScenario } from '../lib/simulator/localize';
import { selectResult } from '../lib/simulator/result';
import { scoreAttempt } from '../lib/simulator/score';
import { issuesOfStep } from '../lib/simulator/validate';
import { getProgressStore } from '../scripts/progress-store';
import BriefStep from './simulator/BriefStep';
import DebriefStep from './simulator/DebriefStep';
import Evidence from './simulator/Evidence';
import FormStep from './simulator/FormStep';
import ResultStep from './simulator/ResultStep';
import ReviewStep from './simulator/ReviewStep';
import SummaryStep from './simulator/SummaryStep';
import css from './simulator/simulator.module.css';
import { formatDay, translator, type Strings } from './simulator/text';

export interface Props {
  /** The scenario in the page language only. */
  scenario: LocalScenario;
  /** Content fingerprint (draft.ts): a draft saved for other content is not resumed. */
  sv: string;
  lang: 'en' | 'es';
  /** The `sim.*` UI strings of the page language, without the prefix. */
  strings: Strings;
  crimes: [string, string][];
  states: [string, string][];
  /** The practice list, precomputed by the page. */
  listHref: string;
  /** 2 on the scenario page (under its h1); 3 when embedded in a lesson section. */
  headingLevel?: 2 | 3;
}

const NUMBERED = ['brief', 'evidence', 'identify', 'request', 'review', 'result', 'debrief'];

/**
 * The trace-request walkthrough. The state machine is src/lib/simulator/engine.ts; this island
 * renders its state, forwards events, keeps the draft in the progress store (so a reload resumes),
 * records the result at the end, moves focus to each new step's heading and announces feedback in
 * a live region.
 */
export default function TraceWalkthrough({
  scenario: s,
  sv,
  lang,
  strings,
  crimes,
  states,
  listHref,
  headingLevel = 2,
}: Props) {
  const t = useMemo(() => translator(strings), [strings]);
  const lists = useMemo(() => ({ crimes, states }), [crimes, states]);
  const uid = `sim-${s.id}`;
  const [state, setState] = useState(() => sim.initialState(s, sv, new Date(), caseToday(s, 0)));
  const [tried, setTried] = useState<string[]>([]);
  const [verdicts, setVerdicts] = useState<Verdict[]>([]);
  const [live, setLive] = useState('');
  const [notice, setNotice] = useState<'resumed' | 'unsaved' | ''>('');
  const [best, setBest] = useState<string>();
  const [debriefMissing, setDebriefMissing] = useState(false);
  const focusNext = useRef<string | null>(null);
  const recorded = useRef(false);
  const saveTimer = useRef<number>();

  const announce = (text: string) => setLive((old) => (old === text ? `${text}\u00a0` : text));
  const go = (next: sim.SimState, focus = `${uid}-h`) => {
    if (next.step !== state.step || next.stage !== state.stage) setVerdicts([]);
    setState(next);
    focusNext.current = focus;
  };

  // Resume a saved draft, if it still fits this scenario.
  useEffect(() => {
    const store = getProgressStore();
    const p = store.get();
    const draft = parseDraft(p.scenarioDrafts[s.id], s, sv);
    if (draft) {
      setState(draft);
      setNotice('resumed');
    } else if (p.scenarioDrafts[s.id] !== undefined) store.update((q) => clearScenarioDraft(q, s.id));
    if (store.notices().some((n) => n.kind === 'memory' || n.kind === 'full')) setNotice('unsaved');
    const results = p.scenarios[s.id] ?? [];
    const top = results.reduce<(typeof results)[number] | undefined>(
      (b, r) => (!b || r.score / r.max >= b.score / b.max ? r : b),
      undefined,
    );
    if (top)
      setBest(
        t('best', {
          score: top.score,
          max: top.max,
          mode: t(`mode.${top.mode}`),
          date: formatDay(top.finishedAt.slice(0, 10), lang),
        }),
      );
  }, []);

  // Save the draft shortly after each change, and at once when the page is hidden.
  useEffect(() => {
    if (state.step === 'summary' || (state.mode === null && state.step === 'brief')) return;
    const save = () => getProgressStore().update((p) => setScenarioDraft(p, s.id, state));
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(save, 300);
    window.addEventListener('pagehide', save);
    return () => window.removeEventListener('pagehide', save);
  }, [state]);

  // Record the finished scenario once; recording also removes the draft.
  useEffect(() => {
    if (state.step !== 'summary' || recorded.current) return;
    recorded.current = true;
    window.clearTimeout(saveTimer.current);
    const score = scoreAttempt(s, state);
    const last = sim.lastSubmission(state)!;
    getProgressStore().update((p) =>
      recordScenarioResult(p, s.id, {
        finishedAt: new Date().toISOString(),
        mode: state.mode!,
        score: score.score,
        max: score.max,
        outcome: last.reason ? `${last.outcome}:${last.reason}` : last.outcome,
        hintsUsed: score.hints,
        attempts: score.attempts,
      }),
    );
  }, [state.step]);

  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    document.getElementById(id)?.focus();
  });

  // The request is dated, and judged, by the case's clock, never by the learner's calendar.
  const today = caseToday(s, state.stage);
  const issues = sim.issuesOf(state, today);
  const stepErrors = (step: 'identify' | 'request') => issuesOfStep(issues, step).filter((i) => i.level === 'error');

  const onNextForm = (step: 'identify' | 'request') => {
    const errors = stepErrors(step);
    if (errors.length) {
      setTried((x) => [...x, step]);
      announce(t('blocked', { n: errors.length }));
      focusNext.current = `${uid}-errors`;
      return;
    }
    go(sim.next(state));
  };

  const onCheck = (step: 'identify' | 'request') => {
    const r = sim.checkStep(state, s, step);
    // Empty fields are not judged: the learner may simply not have got to them yet.
    const judged = r.verdicts.filter((v) => v.ok || v.code !== 'empty');
    setState(r.state);
    setVerdicts(judged);
    announce(t('checked', { right: judged.filter((v) => v.ok).length, total: r.verdicts.length }));
  };

  const onHint = (field: FieldId) => {
    setState(sim.revealHint(state, field));
    focusNext.current = `${uid}-${field}-hint`;
  };

  const onSubmit = () => {
    const r = sim.submit(state, s, today);
    if (!r.sent) {
      setTried((x) => [...x, 'review']);
      announce(t(r.issues.some((i) => i.level === 'error') ? 'review.blocked' : 'review.confirmFirst'));
      focusNext.current = `${uid}-issues`;
      return;
    }
    announce(t('submitted'));
    go(r.state);
  };

  const onFinish = () => {
    if (!sim.allAnswered(state, s)) {
      setDebriefMissing(true);
      const first = s.debrief.find((q) => !state.answers[q.id])!;
      focusNext.current = `${uid}-q-${first.id}`;
      announce(t('debrief.missing'));
      return;
    }
    go(sim.finish(state, s));
  };

  const restart = () => {
    // A save scheduled for the state before the restart would bring the old draft back.
    window.clearTimeout(saveTimer.current);
    getProgressStore().update((p) => clearScenarioDraft(p, s.id));
    recorded.current = false;
    setTried([]);
    setNotice('');
    setDebriefMissing(false);
    go(sim.initialState(s, sv, new Date(), caseToday(s, 0)));
  };

  const H = `h${headingLevel}` as 'h2';
  const hl = headingLevel + 1;
  const n = NUMBERED.indexOf(state.step);
  const last = sim.lastSubmission(state);
  const result = last ? selectResult(s, last.stage, last.form) : undefined;
  const restoration = sim.restorationKnown(state, s) ? s.restoration!.panel : undefined;
  const labUpdate = !!restoration && state.stage === 0;
  const formStep = state.step === 'identify' || state.step === 'request' ? state.step : undefined;

  return (
    <div class={css.sim} lang={lang}>
      <p class={css.live} aria-live="polite">
        {live}
      </p>
      {notice && state.step !== 'summary' && (
        <div class={`${css.boxNote} no-print`}>
          <p>{t(`notice.${notice}`)}</p>
          {notice === 'resumed' && (
            <button type="button" class={css.small} onClick={restart}>
              {t('startOver')}
            </button>
          )}
        </div>
      )}
      <section aria-labelledby={`${uid}-h`}>
        <H id={`${uid}-h`} tabIndex={-1} class={css.stepTitle}>
          {n >= 0 && <span class={css.stepNum}>{t('stepOf', { n: n + 1, total: NUMBERED.length })}</span>}
          {t(`step.${state.step}`)}
        </H>
        {state.mode && state.step !== 'brief' && <p class={`${css.mode} no-print`}>{t(`mode.${state.mode}.badge`)}</p>}
        {state.step === 'brief' && (
          <BriefStep
            s={s}
            t={t}
            lang={lang}
            lists={lists}
            state={state}
            uid={uid}
            hl={hl}
            best={best}
            onStart={(m) => go(sim.start(state, m))}
            onNext={() => go(sim.next(state))}
          />
        )}
        {state.step === 'evidence' && (
          <>
            <Evidence s={s} t={t} uid={uid} extra={restoration} hl={hl} />
            <div class={css.actions}>
              <button type="button" class="button secondary" onClick={() => go(sim.back(state))}>
                {t('back')}
              </button>
              <button type="button" class="button" onClick={() => go(sim.next(state))}>
                {t('next')}
              </button>
            </div>
          </>
        )}
        {formStep && (
          <FormStep
            step={formStep}
            s={s}
            state={state}
            t={t}
            uid={uid}
            lang={lang}
            lists={lists}
            hl={hl}
            errors={tried.includes(formStep) ? stepErrors(formStep) : []}
            verdicts={verdicts}
            restoration={restoration}
            locked={(f) => sim.isLocked(state, s, f)}
            onInput={(f, v) => setState((x) => (sim.isLocked(x, s, f) ? x : sim.setField(x, f, v)))}
            onHint={onHint}
            onCheck={() => onCheck(formStep)}
            onBack={() => go(sim.back(state))}
            onNext={() => onNextForm(formStep)}
          />
        )}
        {state.step === 'review' && (
          <ReviewStep
            state={state}
            issues={issues}
            tried={tried.includes('review')}
            t={t}
            uid={uid}
            lang={lang}
            lists={lists}
            hl={hl}
            onEdit={(step, field) => go(sim.editStep(state, step), field ? `${uid}-${field}` : undefined)}
            onConfirm={(key, on) => setState(sim.setConfirmed(state, key, on))}
            onBack={() => go(sim.back(state))}
            onSubmit={onSubmit}
          />
        )}
        {state.step === 'result' && result && last && (
          <ResultStep
            s={s}
            result={result}
            submission={last}
            practice={state.mode === 'practice'}
            t={t}
            uid={uid}
            lang={lang}
            hl={hl}
            labUpdate={labUpdate}
            stateName={states.find(([code]) => code === s.case.recovery.state)?.[1] ?? ''}
            canResubmit={sim.canResubmit(state)}
            onResubmit={() => go(sim.resubmit(state, s))}
            onNext={() => go(sim.next(state))}
          />
        )}
        {state.step === 'debrief' && (
          <DebriefStep
            s={s}
            state={state}
            t={t}
            uid={uid}
            missing={debriefMissing}
            onAnswer={(q, o) => setState(sim.answer(state, q, o))}
            onLock={(q) => {
              setState(sim.lockAnswer(state, q));
              focusNext.current = `${uid}-q-${q}-exp`;
            }}
            onBack={() => go(sim.back(state))}
            onFinish={onFinish}
          />
        )}
        {state.step === 'summary' && result && last && (
          <SummaryStep
            s={s}
            score={scoreAttempt(s, state)}
            answers={state.answers}
            mode={state.mode!}
            last={last}
            result={result}
            t={t}
            lang={lang}
            lists={lists}
            hl={hl}
            listHref={listHref}
            onRestart={restart}
          />
        )}
      </section>
    </div>
  );
}
