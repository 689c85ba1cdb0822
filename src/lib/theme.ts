export type Theme = 'light' | 'dark';

/** The theme the toggle switches to: it always flips what the reader currently sees. */
export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
