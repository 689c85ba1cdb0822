/**
 * A source's citation as a page in one language shows it. Citations in content/sources.yaml are
 * written in English ("ATF, Fact Sheet – National Tracing Center (May 2019)"). On a Spanish page
 * their dates are written the Spanish way, in the course's short form ("may 2019", "12 oct 2021",
 * docs/spanish-style.md), and a citation written wholly in English is marked as English so that a
 * screen reader reads it with an English voice, while its Spanish dates stay Spanish.
 */

export interface TitlePart {
  text: string;
  /** Set on a Spanish date inside an English citation. */
  lang?: 'es';
}

export interface LocalizedTitle {
  /** 'en' when the citation is English only; absent when it is in the page's language or mixed. */
  lang?: 'en';
  parts: TitlePart[];
}

const MONTHS: Record<string, string> = {
  jan: 'ene',
  feb: 'feb',
  mar: 'mar',
  apr: 'abr',
  may: 'may',
  jun: 'jun',
  jul: 'jul',
  aug: 'ago',
  sep: 'sep',
  oct: 'oct',
  nov: 'nov',
  dec: 'dic',
};

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// A month counts as a date only next to a day or a year: "May 2019", "12 Oct 2021", "1–2 Dec 2010".
const DATE = new RegExp(`\\b(?:(\\d{1,2}(?:–\\d{1,2})?) ${MONTH}(?: (\\d{4}))?|${MONTH} (\\d{4}))\\b`, 'g');

/** "12 Oct 2021" → "12 oct 2021"; "June 2016" → "jun 2016". */
export function spanishDate(day: string | undefined, month: string, year: string | undefined): string {
  const short = MONTHS[month.slice(0, 3).toLowerCase()] ?? month;
  return [day, short, year].filter(Boolean).join(' ');
}

/** Accented letters or common Spanish words: a citation that has them is not English only. */
export function hasSpanish(text: string): boolean {
  return /[áéíóúñü¿¡]/i.test(text) || /\b(?:de|del|la|las|los|el|y|en|para|por|con|que|sobre)\b/i.test(text);
}

export function localizeSourceTitle(title: string, lang: 'en' | 'es'): LocalizedTitle {
  if (lang === 'en') return { parts: [{ text: title }] };
  const english = !hasSpanish(title);
  const parts: TitlePart[] = [];
  let last = 0;
  for (const m of title.matchAll(DATE)) {
    const [, day, month1, year1, month2, year2] = m;
    if (m.index > last) parts.push({ text: title.slice(last, m.index) });
    const text = spanishDate(day, (month1 ?? month2)!, year1 ?? year2);
    parts.push(english ? { text, lang: 'es' } : { text });
    last = m.index + m[0].length;
  }
  if (last < title.length) parts.push({ text: title.slice(last) });
  return english ? { lang: 'en', parts } : { parts };
}
