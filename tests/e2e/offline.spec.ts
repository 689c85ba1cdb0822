import { test, expect } from './support/fixtures';

test.describe('offline', () => {
  // Offline navigation to a page that is not saved makes Chromium log a failed load; that is the point.
  test.use({ expectedErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/], serviceWorkers: 'allow' });

  test('after one visit and the download, the Spanish course works with the network off', async ({ page, context }) => {
    await page.goto('/es/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The page that registered the worker is controlled after a reload.
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    const control = page.locator('[data-offline]');
    const button = control.getByRole('button', { name: /Descargar el curso/ });
    await expect(button).toBeVisible();
    await button.click();
    await expect(control.getByRole('status')).toHaveText(/Disponible sin conexión/, { timeout: 60_000 });
    await expect(button).toBeHidden();

    await context.setOffline(true);
    // A lesson never opened before.
    await page.goto('/es/modules/results/time-to-crime/');
    await expect(page.locator('h1')).toContainText(/tiempo/i);
    // Glossary and search (Pagefind's index and WebAssembly come from the cache).
    await page.goto('/es/glossary/');
    await expect(page.locator('.entry').first()).toBeVisible();
    await page.goto('/es/search/?q=numero%20de%20serie');
    await expect(page.locator('main .hits li').first().locator('a')).toHaveAttribute('href', /^\/es\//);
    // A knowledge check in that lesson scores in place (its scoring code loads on first use).
    await page.goto('/es/modules/fundamentals/what-a-trace-is/');
    const check = page.locator('traza-check').first();
    await check.locator('input').first().check();
    await check.getByRole('button', { name: 'Comprobar respuesta' }).click();
    await expect(check.locator('[data-check-status]')).toHaveText(/Correcto|Parcialmente|No exactamente/);
    // A quiz and a practice scenario never opened: their code came with the download.
    await page.goto('/es/modules/leads/quiz/');
    await page.getByRole('button', { name: 'Comenzar el cuestionario' }).click();
    await expect(page.getByRole('heading', { name: 'Pregunta 1 de 8' })).toBeFocused();
    await page.goto('/es/practice/old-shotgun/');
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
    // The status still says the course is available offline.
    await expect(page.locator('[data-offline]').getByRole('status')).toHaveText(/Disponible sin conexión/);
    // A page that is not saved (English was not downloaded) shows the offline page.
    await page.goto('/en/modules/leads/patterns/');
    await expect(page.getByRole('heading', { name: 'Está sin conexión' })).toBeVisible();
    await context.setOffline(false);
  });

  test('the shell is precached on the first visit; a new version waits, "Use it now" switches to it and progress stays', async ({
    page,
    context,
  }) => {
    // The installed version is the built worker one byte different; the deployment below is the
    // built worker itself. (The browser's update check bypasses routing, so it must be this way.)
    await context.route('**/sw.js', async (route) => {
      const built = await route.fetch();
      await route.fulfill({ response: built, body: `${await built.text()}\n// previous version\n` });
    });
    await page.goto('/en/modules/fundamentals/what-a-trace-is/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    const precached = await page.evaluate(async () =>
      (await (await caches.open('traza-precache')).keys()).map((r) => new URL(r.url).pathname),
    );
    expect(precached).toEqual(expect.arrayContaining([stylesheet, '/offline/', '/pagefind/pagefind.js']));

    // Progress as a learner makes it (opening a lesson records it), then a page that records nothing.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('traza-progress') ?? ''))
      .toContain('fundamentals/what-a-trace-is');
    await page.goto('/en/glossary/');
    const storage = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const before = await storage();

    await context.unroute('**/sw.js');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.locator('[data-sw-update]');
    await expect(notice).toBeVisible({ timeout: 30_000 });
    // Until the reader chooses, the old version keeps control.
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Use it now' }).click()]);
    await expect
      .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting))
      .toBe(false);
    await expect(page.locator('[data-sw-update]')).toBeHidden();
    expect(await storage()).toBe(before);
  });
});
