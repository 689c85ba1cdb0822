import type { FirearmType, MarkLocation } from '../../lib/simulator/fields';
import css from './simulator.module.css';

/**
 * A schematic side view of the firearm type (original plain outlines, not to scale) with a
 * numbered marker on each part that carries a marking panel. The numbers match the panel list,
 * which holds every marking as text; the drawing only shows where to look.
 */

interface Drawing {
  outline: string[];
  /** Open lines (trigger guard, cylinder): stroked, never filled. */
  lines: string[];
  anchors: Partial<Record<MarkLocation, [number, number]>>;
  /** Lowest point of the drawing; the legend goes below it. */
  bottom: number;
}

const guard = (x: number, y: number) => `M${x} ${y}v16q0 8 8 8h20q8 0 8-8v-16`;

const DRAWINGS: Record<FirearmType, Drawing> = {
  pistol: {
    outline: ['M64 74h224v22H150l-20 68H72l18-68H64z', 'M60 40h232v34H60z', 'M292 48h16v16h-16z'],
    lines: [guard(150, 96)],
    anchors: { slide: [150, 57], frame: [232, 85], barrel: [300, 56], grip: [106, 132] },
    bottom: 166,
  },
  revolver: {
    outline: ['M70 44h144v56h-54l-20 64H82l18-64H86l-16-20z', 'M122 52h74v42h-74z', 'M214 52h116v18H214z'],
    lines: [guard(160, 100), 'M122 66h74M122 80h74'],
    anchors: { frame: [96, 68], barrel: [280, 61], grip: [114, 134] },
    bottom: 166,
  },
  rifle: {
    outline: ['M10 66l90-8v32l-90 18z', 'M100 54h96v36h-96z', 'M196 64h154v12H196z'],
    lines: [guard(130, 90)],
    // An AR-type rifle's receivers: the upper on top of the receiver block, the lower under it.
    anchors: { receiver: [148, 72], upper: [172, 62], lower: [128, 82], barrel: [300, 70], grip: [46, 84] },
    bottom: 110,
  },
  shotgun: {
    outline: ['M10 66l90-8v32l-90 18z', 'M100 54h86v34h-86z', 'M186 56h164v14H186z', 'M212 70h70v14h-70z'],
    lines: [guard(126, 88)],
    anchors: { receiver: [143, 71], barrel: [300, 63], grip: [46, 84] },
    bottom: 110,
  },
};

export interface SketchProps {
  type: FirearmType;
  /** Panel locations in list order; marker n is panel n. */
  locations: MarkLocation[];
  title: string;
  desc: string;
  labelOf: (location: MarkLocation) => string;
  uid: string;
}

export default function Sketch({ type, locations, title, desc, labelOf, uid }: SketchProps) {
  const d = DRAWINGS[type];
  const perPlace = new Map<MarkLocation, number>();
  const markers = locations.map((loc, i) => {
    const [x, y] = d.anchors[loc]!;
    const k = perPlace.get(loc) ?? 0;
    perPlace.set(loc, k + 1);
    return { n: i + 1, x: x + k * 24, y };
  });
  const places = [...new Set(locations)];
  return (
    <figure class={css.sketch}>
      <svg
        viewBox={`0 30 360 ${d.bottom - 14 + places.length * 24}`}
        role="img"
        aria-labelledby={`${uid}-svg-t ${uid}-svg-d`}
      >
        <title id={`${uid}-svg-t`}>{title}</title>
        <desc id={`${uid}-svg-d`}>{desc}</desc>
        {d.outline.map((p) => (
          <path key={p} d={p} fill="var(--surface)" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
        ))}
        {d.lines.map((p) => (
          <path key={p} d={p} fill="none" stroke="currentColor" stroke-width="2" />
        ))}
        {markers.map((m) => (
          <g key={m.n}>
            <circle cx={m.x} cy={m.y} r="11" fill="var(--accent)" />
            <text x={m.x} y={m.y + 5} text-anchor="middle" font-size="14" font-weight="700" fill="var(--bg)">
              {m.n}
            </text>
          </g>
        ))}
        {places.map((loc, i) => (
          <text key={loc} x="10" y={d.bottom + 22 + i * 24} font-size="16" fill="currentColor">
            {locations.flatMap((l, j) => (l === loc ? [j + 1] : [])).join(', ')}
            {' · '}
            {labelOf(loc)}
          </text>
        ))}
      </svg>
    </figure>
  );
}
