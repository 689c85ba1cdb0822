/**
 * Glossary grouping for the A–Z page. Spanish sorts with its own collation, so "ñ" follows "n"
 * and accents do not split a letter ("Órgano" sits under O).
 */
export interface GroupedTerm<T> {
  letter: string;
  /** ASCII-safe anchor for the letter ("n", "enye" for Ñ). */
  key: string;
  items: T[];
}

export function initialOf(term: string, lang: 'en' | 'es'): string {
  const first = term
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .charAt(0)
    .toLocaleUpperCase(lang);
  if (first === 'Ñ') return 'Ñ';
  const base = first.normalize('NFD').replace(/\p{M}/gu, '');
  return /[A-Z]/.test(base) ? base : '#';
}

export function groupByInitial<T extends { term: string }>(items: T[], lang: 'en' | 'es'): GroupedTerm<T>[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const sorted = [...items].sort((a, b) => collator.compare(a.term, b.term));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = initialOf(item.term, lang);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, list]) => ({
    letter,
    key: letter === 'Ñ' ? 'enye' : letter === '#' ? 'other' : letter.toLowerCase(),
    items: list,
  }));
}
