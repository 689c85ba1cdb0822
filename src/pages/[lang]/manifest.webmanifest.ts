import type { APIRoute } from 'astro';
import { t, type Lang } from '../../i18n';
import { langPaths } from '../../i18n/paths';

export const getStaticPaths = langPaths;

/** One web app manifest per language, so the installed app opens in the reader's language. */
export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const manifest = {
    name: t(lang, 'app.name'),
    short_name: t(lang, 'app.shortName'),
    description: t(lang, 'site.description'),
    lang,
    start_url: `/${lang}/`,
    scope: '/',
    id: `/${lang}/`,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any maskable' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
