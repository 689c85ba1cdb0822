// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// The public address the site is served from. It only feeds absolute URLs (hreflang alternates,
// the sitemap, canonical links); set SITE_URL when deploying somewhere else.
const site = process.env.SITE_URL ?? 'https://traza.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // HTML-aware compression keeps the spaces between inline elements in prose (Astro 7's 'jsx'
  // default drops them: "el <Term>número</Term> de" would render as "elnúmerode").
  compressHTML: true,
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
  vite: {
    build: {
      rolldownOptions: {
        // Rolldown warns once per MDX file about Astro's own "use astro:head-inject" directive
        // (withastro/astro#18087). It is harmless and buries real warnings, so that check is off.
        checks: { moduleLevelDirective: false },
      },
    },
  },
});
