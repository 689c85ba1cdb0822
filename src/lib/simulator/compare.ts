/**
 * How the simulator compares what a learner typed with what is marked on the gun. Names are
 * compared forgivingly (case, accents, spaces and the dots of "Co." do not matter) because a
 * licensee is found by its name however it is typed. Serial numbers are compared strictly
 * (letter O is not digit 0, letter I is not digit 1, a license prefix and its hyphen are part of
 * the number) because the NTC can only look up the exact characters. Case is forgiven, since
 * stamped serials have no lower case. Spaces are forgiven too, but never silently: no public ATF
 * or NTC rule on entering a serial stamped with a gap was found (brief F16), so the simulator
 * says so whenever it accepts a serial whose spaces differ from the stamp (`sameSpacing`).
 */

export interface Answer {
  value: string;
  accept: string[];
}

/** Name-like text reduced to what identifies it: "Demo Arms Co." and "DEMO ARMS CO" are equal. */
export function normName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s.,;:'"´`’“”]+/g, '');
}

export function matchesAnswer(input: string, answer: Answer): boolean {
  const typed = normName(input);
  return typed !== '' && [answer.value, ...answer.accept].some((a) => normName(a) === typed);
}

/** A serial as the simulator matches it: upper case, no spaces; every other character kept. */
export function normSerial(text: string): string {
  return text.toUpperCase().replace(/\s+/g, '');
}

/** Whether a typed serial has the stamp's spaces (case aside): false when a gap was added or left out. */
export function sameSpacing(input: string, marked: string): boolean {
  const spaced = (t: string) => t.toUpperCase().trim().replace(/\s+/g, ' ');
  return spaced(input) === spaced(marked);
}

const LOOKALIKES: Record<string, string> = { O: '0', '0': 'O', I: '1', '1': 'I' };

/** What is wrong with a typed serial compared with the one stamped on the gun. */
export type SerialDiagnosis =
  | { kind: 'ok' }
  | { kind: 'empty' }
  | { kind: 'lookalike'; position: number; typed: string; marked: string }
  | { kind: 'prefix-missing' }
  | { kind: 'hyphen-missing' }
  | { kind: 'leading-zero' }
  | { kind: 'ffl-joined' }
  | { kind: 'mismatch' };

/**
 * What is left of a typed serial once the stamped one is taken out, when that rest is an
 * importer's "FFL" licence mark (abbreviated licence number: 3 + 5 digits), before or after it.
 */
const FFL_REST = /^-?(FFL)?-?\d{8}-?$/;

export function diagnoseSerial(input: string, marked: string): SerialDiagnosis {
  const typed = normSerial(input);
  const want = normSerial(marked);
  if (typed === '') return { kind: 'empty' };
  if (typed === want) return { kind: 'ok' };
  const at = typed.indexOf(want);
  if (at >= 0 && FFL_REST.test(typed.slice(0, at) + typed.slice(at + want.length))) return { kind: 'ffl-joined' };
  if (typed.length === want.length) {
    const diffs = [...typed].flatMap((c, i) => (c === want[i] ? [] : [i]));
    if (diffs.every((i) => LOOKALIKES[typed[i]!] === want[i])) {
      const i = diffs[0]!;
      return { kind: 'lookalike', position: i + 1, typed: typed[i]!, marked: want[i]! };
    }
  }
  const prefixed = /^(\d+)-(.+)$/.exec(want);
  if (prefixed && typed === prefixed[2]) return { kind: 'prefix-missing' };
  if (want.includes('-') && typed === want.replaceAll('-', '')) return { kind: 'hyphen-missing' };
  if (typed === want.replace(/(^|\D)0+(?=\d)/g, '$1')) return { kind: 'leading-zero' };
  return { kind: 'mismatch' };
}

/**
 * The characters of a serial a reader can confuse (O or I among digits). A careful system warns
 * about them; it cannot know which one is stamped.
 */
export function hasLookalike(serial: string): boolean {
  const s = normSerial(serial);
  return /\d[OI]|[OI]\d/.test(s);
}

/** U.S. spellings of the country, in both languages: a gun marked with one of them needs no importer. */
const US_NAMES = [
  'USA',
  'U.S.A.',
  'US',
  'U.S.',
  'United States',
  'United States of America',
  'Estados Unidos',
  'Estados Unidos de América',
  'EE. UU.',
  'EEUU',
  'EUA',
  'E.U.A.',
].map(normName);

export function isUnitedStates(country: string): boolean {
  return US_NAMES.includes(normName(country));
}
