import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/support/browser';

const port = Number(process.env.PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // The quiz tests run axe on every question type; on a 2-core CI machine that takes time.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    // The service worker is tested on its own (offline.spec.ts allows it); elsewhere it would only
    // add a background install racing each test's navigations.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      // The sandbox needs a non-root user; background networking would try hosts this machine
      // cannot reach (and that the tests must not depend on).
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The tests run against the built site (npm test builds first); `astro preview` serves dist/.
  webServer: {
    command: `npx astro preview --port ${port} --host 127.0.0.1`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
