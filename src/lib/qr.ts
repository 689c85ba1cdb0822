import { encode } from 'uqr';

/**
 * A QR code as one SVG path (a run of dark modules per row becomes one rectangle), so the island
 * draws it as a single element instead of thousands, and never builds SVG markup from text.
 * The quiet zone is the four modules the standard asks for: phones read a code without it badly.
 * Level M for short links (they survive a crease or a smudge on paper); L for receipts, which are
 * long and would otherwise need a code too dense for a cheap phone's camera.
 */
export function qrPath(text: string, ecc: 'L' | 'M' = 'M'): { size: number; path: string } {
  const qr = encode(text, { ecc, border: 4 });
  let path = '';
  qr.data.forEach((row, y) => {
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size: qr.size, path };
}
