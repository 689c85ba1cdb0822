/**
 * Helpers for the search UI over Pagefind's JS API. Pure (no DOM), so the rules are tested in
 * Vitest; src/scripts/search-ui.ts renders what they return.
 */

/** The part of a Pagefind result the UI uses. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface SearchHit {
  title: string;
  url: string;
  /** Excerpt as text runs; `mark` runs are the matched words. Never HTML. */
  excerpt: ExcerptRun[];
  module?: string;
  kind?: string;
}

export interface ExcerptRun {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind excerpts are HTML with `<mark>` around matches. The UI renders them as text nodes, so
 * nothing in an indexed page can ever become markup: other tags are dropped, entities decoded.
 */
export function parseExcerpt(html: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) runs.push({ text, mark });
    }
  }
  return runs;
}

/**
 * A result as the UI shows it. A page whose best match is under one of its headings links to
 * that heading (a glossary entry, a lesson section) rather than to the top of the page.
 */
export function toHit(data: PagefindData): SearchHit {
  const sub = data.sub_results?.find((s) => s.url !== data.url && /<mark>/i.test(s.excerpt));
  const pageTitle = data.meta.title ?? data.url;
  return {
    title: sub && data.filters?.kind?.[0] === 'glossary' ? sub.title : pageTitle,
    url: sub?.url ?? data.url,
    excerpt: parseExcerpt(sub?.excerpt ?? data.excerpt),
    module: data.filters?.module?.[0],
    kind: data.filters?.kind?.[0],
  };
}

/** Filters for Pagefind from the search page's selects; empty choices mean "any". */
export function buildFilters(choices: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).filter((e): e is [string, string] => Boolean(e[1])));
}

// The shortcut lives in its own module so the header script can use it without loading the rest.
export { isSearchShortcut, type KeyLike } from './search-shortcut';

const STOP_WORDS: Record<'en' | 'es', ReadonlySet<string>> = {
  en: new Set(
    'a an and are as at be by for from how in is it of on or the to what when where which who with'.split(' '),
  ),
  es: new Set('a al con de del el en es la las lo los o para por que se su sus un una unas unos y'.split(' ')),
};

/**
 * The words sent to Pagefind. Very common words ("de", "the") appear on every page, so their index
 * chunk is large and says nothing about relevance: dropping them means a phone downloads one
 * chunk instead of two. A query made only of common words is kept as typed.
 */
export function searchTerms(query: string, lang: 'en' | 'es'): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS[lang].has(w.toLocaleLowerCase(lang)));
  return (kept.length ? kept : words).join(' ');
}
