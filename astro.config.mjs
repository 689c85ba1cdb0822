// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { THEME_INIT_SCRIPT } from './src/lib/theme.ts';

// The public address the site is served from. It only feeds absolute URLs (hreflang alternates,
// the sitemap, canonical links); set SITE_URL when deploying somewhere else.
const site = process.env.SITE_URL ?? 'https://traza.example.org';

// The one inline script (the theme, before first paint) is allowed by its hash.
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;

/**
 * One stylesheet per page, not two. With `cssCodeSplit: false` every Vite build writes one
 * style.css and Astro links each one from every page: the server build's (all styles, islands'
 * CSS modules included, since islands render on the server first) and the client build's (the
 * islands' CSS modules again). The client build therefore splits its CSS per chunk; Astro drops
 * each chunk whose CSS the server build already has, and would link any other to the pages that
 * need it (a `client:only` island's, which never renders on the server).
 * @returns {import('vite').Plugin}
 */
const islandCssOnce = () => ({
  name: 'traza:island-css-once',
  configEnvironment: (name) => (name === 'client' ? { build: { cssCodeSplit: true } } : undefined),
});

/**
 * JSX without Babel. @astrojs/preact always hands @preact/preset-vite a `babel` option, which makes
 * it run Babel over every .ts and .tsx file in every Vite environment: about 3 s of a build's
 * fixed cost, for output identical to what Vite's own Oxc transform writes (configured below).
 * Production mode only, which covers the build and the content sync Astro runs before it (a Vite
 * server); in `astro dev` Babel also names hooks for Preact's devtools. If a new version renames
 * the plugin, this only warns: the build stays correct, just slower.
 * @returns {import('vite').Plugin}
 */
const jsxWithoutBabel = () => ({
  name: 'traza:jsx-without-babel',
  apply: (_config, { mode }) => mode === 'production',
  configResolved(config) {
    const babelJsx = config.plugins.find((p) => p.name === 'vite:preact-jsx');
    if (babelJsx) delete babelJsx.transform;
    else config.logger.warn('traza:jsx-without-babel: no vite:preact-jsx plugin found; Babel may still run.');
  },
});

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // HTML-aware compression keeps the spaces between inline elements in prose (Astro 7's 'jsx'
  // default drops them: "el <Term>número</Term> de" would render as "elnúmerode").
  compressHTML: true,
  // No code blocks need colour, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    preact(),
    sitemap({
      // Both languages, each page linked to its twin; the bilingual landing and the 404 stay out.
      i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } },
      filter: (page) => /\/(en|es)\//.test(new URL(page).pathname),
    }),
  ],
  devToolbar: { enabled: false },
  security: {
    // A meta-tag CSP with hashes for every script and style Astro emits. Hosts should also send
    // it as a header with frame-ancestors (see README, "Deploying").
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind runs its WebAssembly on the page (no worker): that needs 'wasm-unsafe-eval',
        // which allows compiling WebAssembly only, not JavaScript eval.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [themeInitHash],
      },
    },
  },
  vite: {
    plugins: [islandCssOnce(), jsxWithoutBabel()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      // One stylesheet for the whole site: fetched once, cached for every later page and offline,
      // and no per-page inline <style> that the CSP would have to hash.
      cssCodeSplit: false,
      rolldownOptions: {
        // Rolldown warns once per MDX file about Astro's own "use astro:head-inject" directive
        // (withastro/astro#18087). It is harmless and buries real warnings, so that check is off.
        checks: { moduleLevelDirective: false },
        // Names shared by several page scripts (src/lib/storage-names.ts) are copied into each
        // script instead of becoming a chunk of their own: one request less on every page.
        optimization: { inlineConst: { mode: 'all' } },
      },
    },
  },
});
