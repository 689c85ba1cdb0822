import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, then Debian's package, then a browser
 * installed by `npx playwright install chromium`. Returns undefined for Playwright's own browser.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const system = candidates.find((p): p is string => !!p && existsSync(p));
  if (system) return system;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright throws when its browser is not installed: handled below.
  }
  throw new Error(
    'No Chromium for the browser tests. On Debian/Ubuntu: `apt-get install chromium`. ' +
      'Elsewhere: `npx playwright install chromium`. Or set CHROMIUM_PATH to a Chromium binary.',
  );
}
