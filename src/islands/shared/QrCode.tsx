import { useMemo } from 'preact/hooks';
import { qrPath } from '../../lib/qr';
import css from './ui.module.css';

interface Props {
  text: string;
  /** What a screen reader hears: the code's content is given next to it as text. */
  label: string;
  ecc?: 'L' | 'M';
}

/** Black on white whatever the theme: phone cameras read dark modules on a light ground. */
export default function QrCode({ text, label, ecc = 'M' }: Props) {
  const { size, path } = useMemo(() => qrPath(text, ecc), [text, ecc]);
  return (
    <svg class={css.qr} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
