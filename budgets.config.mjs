// Size budgets for the built site, in bytes after gzip. `scripts/check-dist.mjs` measures every
// page in dist/ after the build and fails `npm test` when one is over. The figures come from
// ../shared/design.md; the reference points (Starlight, Preact) are there too.
export const budgets = {
  // JS a page loads at start (its module scripts and their static imports; Pagefind, which
  // loads only when the reader searches, is measured separately below).
  js: {
    // Lesson, module, glossary, about… pages: theme toggle, search dialog, term tooltips.
    // Starlight ships 27 KB for its whole site; a plain reading page needs far less.
    default: 10_000,
    // Pages with an island (quiz, simulator, progress, trainer): Preact is about 7 KB of this.
    island: 35_000,
  },
  // All CSS a page loads (linked and inline). Starlight: 16.75 KB.
  css: 15_000,
  // HTML of one lesson page. Starlight: about 7 KB a page; ours carries the course outline.
  lessonHtml: 20_000,
  // Bytes fetched to show a first search result (Pagefind JS + WASM + index chunks), measured by
  // the browser test tests/e2e/search.spec.ts.
  firstSearchResult: 120_000,
};

/** Page types that may load an island's JS. Matched against the path under dist/. */
export const islandPages = [/\/quiz\/index\.html$/, /\/assessment\//, /\/practice\//, /\/progress\//, /\/trainer\//, /\/assignment\//, /\/certificate\//];
