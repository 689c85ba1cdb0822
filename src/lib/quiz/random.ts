/**
 * Seeded randomness for drawing and shuffling. A seed is a 32-bit unsigned integer stored with an
 * attempt, so the same seed gives the same questions in the same order on any browser: a reload
 * resumes the same quiz, and a stored attempt can be shown again exactly as it was asked.
 */

/** mulberry32: tiny and fast, with a full 2^32 period; plenty for shuffling a few dozen items. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: a stable 32-bit hash of a string, to give each question its own stream from one seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A seed for one purpose (`draw`, or a question id) derived from the attempt's seed, so shuffling
 * one question's options never changes another's, and adding a question to the pool does not
 * reshuffle the options of the others.
 */
export function deriveSeed(seed: number, purpose: string): number {
  return hashString(`${seed >>> 0}:${purpose}`);
}

/** Fisher–Yates on a copy: every permutation equally likely, the input left alone. */
export function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A fresh seed for a new attempt; never the previous attempt's, so a retake never repeats the
 * exact same draw. `random` returns [0, 1) like Math.random (the browser passes a crypto-backed one).
 */
export function newSeed(random: () => number, previous?: number): number {
  const seed = Math.floor(random() * 4294967296) >>> 0;
  return seed === previous ? (seed + 1) >>> 0 : seed;
}
