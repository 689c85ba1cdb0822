// Size budgets for the built site, in bytes after gzip (what a host serving gzip sends).
// `scripts/check-dist.mjs` measures every page in dist/ after the build and fails `npm test` when
// one is over; `npm run bench` reports the same figures at 100–2,000 lessons and against Starlight.
// The figures come from ../shared/design.md. The yardstick is the learner we design for: a cheap
// Android phone on a congested 3G link, about 400 kbit/s, so every 10 KB costs about 0.2 s of
// download before anything else (latency, parsing) is counted.
export const budgets = {
  // JS a page loads at start (its module scripts and their static imports, inline scripts and the
  // island components on the page; Pagefind, which loads only when the reader searches, is
  // measured separately below). JS also costs CPU: a slow phone parses and runs it on one core.
  js: {
    // Lesson, module, glossary, about… pages: theme toggle, search dialog, term tooltips.
    // Starlight ships 27 KB for its whole site; a plain reading page needs far less.
    default: 10_000,
    // Pages with an island (quiz, simulator, progress, trainer): Preact is about 7 KB of this.
    island: 35_000,
  },
  // All CSS a page loads, as fetched: each linked stylesheet gzipped on its own, plus its inline
  // <style>. CSS blocks the first paint. Starlight: 16.75 KB.
  css: 15_000,
  html: {
    // One lesson page. Starlight: about 7 KB a page; ours also carries the course outline (the
    // sidebar), which grows with every lesson added: this budget is what stops that growth.
    lesson: 20_000,
    // Any other page (glossary, module overview, quiz, trainer…). A page heavier than this should
    // be split or paginated rather than sent whole to a phone.
    default: 30_000,
  },
  // Images and fonts a page requests up front (not loading="lazy"): favicon, <img>, preloads and
  // url() in its CSS. The site uses system fonts and inline SVG figures, so this stays small; a
  // web font or a photo should be a deliberate decision that raises this figure.
  media: 20_000,
  // Bytes fetched to show a first search result (Pagefind JS + WASM + index chunks + one result),
  // measured by the browser test tests/e2e/search.spec.ts and by `npm run bench`
  // (scripts/transfer-report.mjs), for a query whose words all fall in one index chunk.
  // Pagefind's core (JS 13 KB, WASM 60 KB) is fixed; it splits each language's index
  // alphabetically into chunks of about 30 KB and fetches each chunk a query's words fall in, so a
  // query needing two chunks cannot fit 120 KB whatever the site does (English "serial number":
  // 131 KB). Such a query may add `searchChunk` per further chunk, and no more.
  firstSearchResult: 120_000,
  searchChunk: 35_000,
};

/** The budget for a first search result that needed `chunks` index chunks. */
export function searchBudget(chunks) {
  return budgets.firstSearchResult + Math.max(0, chunks - 1) * budgets.searchChunk;
}

/**
 * Every kind of page the site has, matched against its path under dist/ (`/en/glossary/index.html`).
 * The first match wins. `island: true` gives the page the island JS budget; `html` names its HTML
 * budget (default: `budgets.html.default`). A page that matches nothing is still measured against
 * the default budgets and listed as "other"; add it here when it is a new kind of page.
 */
export const pageTypes = [
  { type: 'landing', match: /^\/index\.html$/ },
  { type: '404', match: /^\/404\.html$/ },
  { type: 'offline', match: /^\/offline\// },
  { type: 'home', match: /^\/(en|es)\/index\.html$/ },
  { type: 'quiz', match: /^\/(en|es)\/modules\/[^/]+\/quiz\/index\.html$/, island: true },
  { type: 'lesson', match: /^\/(en|es)\/modules\/[^/]+\/[^/]+\/index\.html$/, html: 'lesson' },
  { type: 'module', match: /^\/(en|es)\/modules\/[^/]+\/index\.html$/ },
  { type: 'assessment', match: /^\/(en|es)\/assessment\//, island: true },
  { type: 'practice', match: /^\/(en|es)\/practice\/index\.html$/, island: true },
  { type: 'scenario', match: /^\/(en|es)\/practice\/[^/]+\//, island: true },
  { type: 'progress', match: /^\/(en|es)\/progress\//, island: true },
  { type: 'roster', match: /^\/(en|es)\/trainer\/roster\//, island: true },
  { type: 'trainer', match: /^\/(en|es)\/trainer\//, island: true },
  { type: 'assignment', match: /^\/(en|es)\/assignment\//, island: true },
  { type: 'certificate', match: /^\/(en|es)\/certificate\//, island: true },
  { type: 'glossary', match: /^\/(en|es)\/glossary\// },
  { type: 'search', match: /^\/(en|es)\/search\// },
  { type: 'about', match: /^\/(en|es)\/about\// },
  { type: 'sources', match: /^\/(en|es)\/sources\// },
  { type: 'reference-card', match: /^\/(en|es)\/reference-card\// },
];

/** Page types that may load an island's JS (kept for code that imported the earlier list). */
export const islandPages = pageTypes.filter((p) => p.island).map((p) => p.match);
