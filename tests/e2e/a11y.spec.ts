import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, axeViolations } from './support/fixtures';

const pages = [
  '/',
  '/en/',
  '/es/',
  '/en/modules/fundamentals/',
  '/es/modules/identification/',
  '/en/modules/fundamentals/what-a-trace-is/',
  '/es/modules/fundamentals/what-a-trace-is/',
  '/en/glossary/',
  '/es/glossary/',
  '/en/search/?q=trace',
  '/es/search/?q=rastreo',
  '/en/about/',
  '/es/about/',
  '/en/sources/',
  '/es/sources/',
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`axe finds nothing on ${path}`, async ({ page }) => {
        await page.goto(path);
        if (path.includes('?q=')) await expect(page.locator('main .hits li').first()).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe('the 404 page', () => {
  test.use({ expectedErrors: [/status of 404/] });
  for (const scheme of ['light', 'dark'] as const) {
    test(`passes axe in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/es/does-not-exist/');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

const modules = readdirSync(join(import.meta.dirname, '../../content/modules')).map((f) => f.replace(/\.yaml$/, ''));
for (const lang of ['en', 'es']) {
  for (const mod of modules) {
    test(`the last lesson of ${mod} passes axe in ${lang}`, async ({ page }) => {
      await page.goto(`/${lang}/modules/${mod}/`);
      await page.locator('.lesson-list a').last().click();
      await expect(page.locator('article.lesson')).toBeVisible();
      expect(await axeViolations(page), page.url()).toEqual([]);
    });
  }
}

test('the search dialog passes axe while open', async ({ page }) => {
  await page.goto('/es/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('eTrace');
  await expect(page.getByRole('dialog').locator('.hits li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('pages do not scroll sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    '/',
    '/es/',
    '/es/modules/identification/firearm-types/',
    '/es/glossary/',
    '/es/modules/fundamentals/tracing-and-mexico/',
    '/es/search/',
  ]) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
  }
});
