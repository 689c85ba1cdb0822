import { useState } from 'preact/hooks';
import type { LocalScenario } from '../../lib/simulator/localize';
import Sketch from './Sketch';
import css from './simulator.module.css';
import type { T } from './text';

type Panel = LocalScenario['evidence']['panels'][number];

/** Where a panel is, in words: "Frame, right side". */
export function panelPlace(p: Panel, t: T): string {
  return p.side ? t('placeSide', { place: t(`loc.${p.location}`), side: t(`side.${p.side}`) }) : t(`loc.${p.location}`);
}

interface PanelProps {
  panel: Panel;
  n?: number;
  t: T;
  uid: string;
  /** A heading other than the panel's place (the laboratory report). */
  title?: string;
}

/**
 * One marking, as text in a plate that looks stamped. "Enlarge" toggles a bigger view in place:
 * no drag, no zoom gesture, and the text stays text (copyable, read by screen readers).
 */
export function MarkingPanel({ panel, n, t, uid, title }: PanelProps) {
  const [big, setBig] = useState(false);
  const id = `${uid}-panel-${panel.id}`;
  const heading = title ?? panelPlace(panel, t);
  return (
    <li class={css.panel}>
      <p class={css.panelHead} id={`${id}-h`}>
        {n !== undefined && (
          <span class={css.num} aria-hidden="true">
            {n}
          </span>
        )}
        {n !== undefined && <span class="visually-hidden">{t('panelNumber', { n })} </span>}
        {heading}
      </p>
      <div
        id={id}
        class={`${css.plate} ${panel.damaged ? css.damaged : ''} ${big ? css.big : ''}`}
        role="group"
        aria-labelledby={`${id}-h`}
      >
        {panel.lines.map((line, i) => (
          <span key={i} class={css.line}>
            {line}
          </span>
        ))}
      </div>
      {panel.note && <p class={css.note}>{panel.note}</p>}
      <button
        type="button"
        class={css.small}
        aria-expanded={big}
        aria-controls={id}
        aria-label={`${t(big ? 'shrink' : 'enlarge')}: ${heading}`}
        onClick={() => setBig(!big)}
      >
        {t(big ? 'shrink' : 'enlarge')}
      </button>
    </li>
  );
}

export default function Evidence({
  s,
  t,
  uid,
  extra,
  hl,
}: {
  s: LocalScenario;
  t: T;
  uid: string;
  extra?: Panel;
  hl: number;
}) {
  const H = `h${hl}` as 'h3';
  const panels = s.evidence.panels;
  const locations = panels.map((p) => p.location);
  const desc = [s.evidence.description, ...panels.map((p, i) => `${i + 1}: ${panelPlace(p, t)}.`)].join(' ');
  return (
    <div class={css.evidence}>
      <p>{s.evidence.description}</p>
      <Sketch
        type={s.evidence.type}
        locations={locations}
        title={t('sketchTitle', { type: t(`type.${s.evidence.type}`) })}
        desc={desc}
        labelOf={(loc) => t(`loc.${loc}`)}
        uid={uid}
      />
      <H class={css.sub}>{t('markings')}</H>
      <ol class={css.panels}>
        {panels.map((p, i) => (
          <MarkingPanel key={p.id} panel={p} n={i + 1} t={t} uid={uid} />
        ))}
        {extra && <MarkingPanel key={extra.id} panel={extra} t={t} uid={uid} title={t('labReport')} />}
      </ol>
    </div>
  );
}
