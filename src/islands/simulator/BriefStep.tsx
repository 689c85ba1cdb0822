import { useState } from 'preact/hooks';
import type { Mode, SimState } from '../../lib/simulator/engine';
import type { LocalScenario } from '../../lib/simulator/localize';
import type { Lists } from './form';
import css from './simulator.module.css';
import { formatDay, type T } from './text';

interface Common {
  s: LocalScenario;
  t: T;
  lang: string;
  lists: Lists;
}

/** The case file the learner copies the requester, recovery and possessor data from. */
export function CaseFile({ s, t, lang, lists }: Common) {
  const c = s.case;
  const state = lists.states.find(([id]) => id === c.recovery.state)?.[1] ?? c.recovery.state;
  const rows: [string, string][] = [
    [t('f.agency'), c.agency],
    [t('case.unit'), c.unit],
    [t('f.officer'), c.officer],
    ...(c.badge ? [[t('f.badge'), c.badge] as [string, string]] : []),
    [t('f.caseNumber'), c.caseNumber],
    [t('case.today'), formatDay(c.requestDate, lang)],
    [t('f.recoveryDate'), formatDay(c.recovery.date, lang)],
    [t('case.place'), `${c.recovery.place}. ${c.recovery.municipality}, ${state}`],
  ];
  const p = c.possessor;
  if (p) {
    rows.push([t('f.possessorName'), p.name]);
    if (p.alias) rows.push([t('f.possessorAlias'), p.alias]);
    if (p.dob) rows.push([t('f.possessorDob'), formatDay(p.dob, lang)]);
    if (p.sex) rows.push([t('f.possessorSex'), t(`sex.${p.sex}`)]);
    if (p.address) rows.push([t('f.possessorAddress'), p.address]);
  }
  c.associates.forEach((a, i) => {
    rows.push([t('case.associate', { n: i + 1 }), `${a.name} (${a.role})`]);
    if (a.address) rows.push([t('case.associateAddress', { n: i + 1 }), a.address]);
  });
  return (
    <dl class={css.facts}>
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      {!p && (
        <div>
          <dt>{t('case.possessor')}</dt>
          <dd>{t('case.noPossessor')}</dd>
        </div>
      )}
    </dl>
  );
}

interface BriefProps extends Common {
  state: SimState;
  uid: string;
  hl: number;
  best?: string;
  onStart: (mode: Mode) => void;
  onNext: () => void;
}

export default function BriefStep({ s, t, lang, lists, state, uid, hl, best, onStart, onNext }: BriefProps) {
  const [mode, setMode] = useState<Mode | ''>('');
  const [missing, setMissing] = useState(false);
  const H = `h${hl}` as 'h3';
  const start = () => {
    if (mode) onStart(mode);
    else {
      setMissing(true);
      document.getElementById(`${uid}-mode-practice`)?.focus();
    }
  };
  return (
    <>
      {s.brief.split(/\n\s*\n/).map((para, i) => (
        <p key={i}>{para}</p>
      ))}
      <H class={css.sub}>{t('caseFile')}</H>
      <CaseFile s={s} t={t} lang={lang} lists={lists} />
      {s.correction && (
        <div class={css.boxBad}>
          <p>
            <strong>{t('previous.title', { date: formatDay(s.correction.submitted, lang) })}</strong>
          </p>
          <p>{t('previous.result', { reason: t(`reason.${s.correction.reason}`) })}</p>
          <p>{t('previous.prefilled')}</p>
        </div>
      )}
      {best && <p class={css.muted}>{best}</p>}
      {state.mode ? (
        <>
          <p>{t('modeChosen', { mode: t(`mode.${state.mode}`) })}</p>
          <div class={css.actions}>
            <button type="button" class="button" onClick={onNext}>
              {t('next')}
            </button>
          </div>
        </>
      ) : (
        <fieldset class={css.modes} aria-describedby={missing ? `${uid}-mode-err` : undefined}>
          <legend class={css.legend}>{t('mode.legend')}</legend>
          {missing && (
            <p class={css.error} id={`${uid}-mode-err`}>
              {t('mode.missing')}
            </p>
          )}
          {(['practice', 'assessment'] as const).map((m) => (
            <label class={css.choice} key={m}>
              <input
                type="radio"
                name={`${uid}-mode`}
                id={`${uid}-mode-${m}`}
                value={m}
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              <span>
                <strong>{t(`mode.${m}`)}</strong>
                <br />
                <span class={css.muted}>{t(`mode.${m}.text`)}</span>
              </span>
            </label>
          ))}
          <div class={css.actions}>
            <button type="button" class="button" onClick={start}>
              {t('start')}
            </button>
          </div>
        </fieldset>
      )}
    </>
  );
}
