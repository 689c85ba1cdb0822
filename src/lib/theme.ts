import { THEME_KEY } from './storage-names';

type Theme = 'light' | 'dark';

/** The theme the toggle switches to: it always flips what the reader currently sees. */
export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}

/**
 * The inline script in every page's head: it applies the theme the reader chose before the first
 * paint, so a chosen theme never flashes the other one. The CSP allows it by its hash, computed
 * from this same text (astro.config.mjs). With storage blocked the page keeps the system theme.
 */
export const THEME_INIT_SCRIPT = `try {
  var t = localStorage.getItem(${JSON.stringify(THEME_KEY)});
  if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t;
} catch (e) {}
`;
