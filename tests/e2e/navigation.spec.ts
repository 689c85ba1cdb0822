import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from './support/fixtures';

test('landing → Spanish → lesson → language switch keeps the lesson', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: /capacitación en rastreo/ })).toBeVisible();
  await page.getByRole('link', { name: 'Empezar en español' }).click();
  await expect(page).toHaveURL(/\/es\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await page.getByRole('link', { name: 'Fundamentos del rastreo' }).click();
  await expect(page).toHaveURL(/\/es\/modules\/fundamentals\/$/);
  await page.locator('.lesson-list a').first().click();
  await expect(page).toHaveURL(/\/es\/modules\/fundamentals\/what-a-trace-is\/$/);
  const spanishTitle = await page.locator('h1').textContent();

  await page.getByRole('link', { name: /Read in English/ }).click();
  await expect(page).toHaveURL(/\/en\/modules\/fundamentals\/what-a-trace-is\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).not.toHaveText(spanishTitle!);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
    'href',
    /\/en\/modules\/fundamentals\/what-a-trace-is\/$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
    'href',
    /\/es\/modules\/fundamentals\/what-a-trace-is\/$/,
  );
});

test('the landing offers the language chosen last time, without redirecting', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Empezar en español' }).click();
  await expect(page).toHaveURL(/\/es\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  const first = page.locator('[data-lang-card]').first();
  await expect(first).toHaveAttribute('data-lang-card', 'es');
  await expect(first.getByText('Usted eligió este idioma la última vez.')).toBeVisible();
});

test('the landing works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Start in English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await context.close();
});

test('prev and next cross module boundaries in order', async ({ page }) => {
  await page.goto('/en/modules/fundamentals/');
  const lessons = await page.locator('.lesson-list a').count();
  await page.locator('.lesson-list a').last().click();
  const next = page.locator('a[rel="next"]');
  await expect(next).toHaveAttribute('href', /\/en\/modules\/identification\/[^/]+\/$/);
  await next.click();
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('Identifying the firearm');
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/en\/modules\/fundamentals\/[^/]+\/$/);
  await expect(page.locator('.meta')).toContainText(`Lesson ${lessons} of ${lessons}`);
});

const moduleIds = readdirSync(join(import.meta.dirname, '../../content/modules')).map((f) => f.replace(/\.yaml$/, ''));
for (const lang of ['en', 'es']) {
  for (const mod of moduleIds) {
    test(`the ${mod} module page lists its lessons in course order (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/modules/${mod}/`);
      const listed = await page
        .locator('.lesson-list a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(listed.length).toBeGreaterThanOrEqual(3);
      // Walking "next" from the first lesson visits the same lessons in the same order.
      const walked: string[] = [];
      await page.goto(listed[0]!);
      for (;;) {
        walked.push(new URL(page.url()).pathname);
        const next = page.locator('a[rel="next"]');
        const target = (await next.count()) ? await next.getAttribute('href') : null;
        if (!target || !listed.includes(target)) break;
        await page.goto(target);
      }
      expect(walked).toEqual(listed);
    });
  }
}

test('the identification module page links to its practice scenarios in both languages', async ({ page }) => {
  const root = join(import.meta.dirname, '../..');
  // The module's scenarios, read from the case files, in practice-list order.
  const dir = join(root, 'content/scenarios');
  const ids = readdirSync(dir)
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      ...(parse(readFileSync(join(dir, file), 'utf8')) as { module: string; order: number }),
    }))
    .filter((s) => s.module === 'identification')
    .sort((a, b) => a.order - b.order)
    .map((s) => s.id);
  expect(ids.length).toBeGreaterThanOrEqual(3);
  for (const lang of ['es', 'en'] as const) {
    const ui = JSON.parse(readFileSync(join(root, `src/i18n/${lang}.json`), 'utf8')) as Record<string, string>;
    await page.goto(`/${lang}/modules/identification/`);
    const practice = page.getByRole('region', { name: ui['module.practice'], exact: true });
    const links = practice.getByRole('link');
    // Listed in practice-list order, each in the page's language.
    expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toEqual(
      ids.map((id) => `/${lang}/practice/${id}/`),
    );
    for (const [i, id] of ids.entries()) {
      const scenario = parse(readFileSync(join(root, `content/scenarios/${id}.yaml`), 'utf8')) as {
        title: Record<string, string>;
      };
      await expect(links.nth(i)).toHaveText(scenario.title[lang]!);
    }
  }
  // A module with no scenario (fundamentals today) shows no practice heading at all.
  const practised = new Set(
    readdirSync(join(root, 'content/scenarios'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => (parse(readFileSync(join(root, 'content/scenarios', f), 'utf8')) as { module: string }).module),
  );
  for (const mod of moduleIds.filter((m) => !practised.has(m))) {
    await page.goto(`/en/modules/${mod}/`);
    await expect(page.locator('#module-practice')).toHaveCount(0);
  }
});

test('the course home lists seven modules in both languages', async ({ page }) => {
  for (const lang of ['en', 'es']) {
    await page.goto(`/${lang}/`);
    await expect(page.locator('[data-module] h3 a')).toHaveCount(7);
  }
});

test.describe('missing pages', () => {
  test.use({ expectedErrors: [/status of 404/] });
  test('the 404 page answers in both languages', async ({ page }) => {
    const response = await page.goto('/es/no-existe/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Ir al inicio del curso' }).click();
    await expect(page).toHaveURL(/\/es\/$/);
  });
});

test('the sitemap lists both languages with alternates', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const child = index.match(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/)![1];
  const xml = await (await request.get(`/${child}`)).text();
  expect(xml).toContain('/es/modules/fundamentals/what-a-trace-is/');
  expect(xml).toContain('/en/modules/fundamentals/what-a-trace-is/');
  expect(xml).toMatch(/hreflang="es"/);
});

test('keyboard only: skip link, header, search dialog and lesson', async ({ page }) => {
  await page.goto('/es/modules/fundamentals/what-a-trace-is/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Saltar al contenido principal' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // From the top, Tab visits the header in order: brand, search, theme, language, then the menu.
  await page.reload();
  const order: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    order.push((await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim())) ?? '');
  }
  expect(order.join('|')).toMatch(
    /^Saltar al contenido principal\|Traza\|.*Buscar.*\|Modo oscuro\|EN Read in English\|Curso$/,
  );

  // "/" opens the search dialog with focus in the field; Escape closes it.
  await page.locator('main').focus();
  await page.keyboard.press('/');
  const field = page.getByRole('dialog').getByRole('searchbox');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');

  // A glossary term shows its definition on keyboard focus.
  const term = page.locator('.term a').first();
  await term.focus();
  await expect(page.locator('.term .tip').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.term .tip').first()).toBeHidden();

  // The pager is reachable and follows the link with Enter.
  await page.locator('a[rel="next"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/es\/modules\/fundamentals\/(?!what-a-trace-is)[^/]+\/$/);
});

test('the theme toggle switches to dark, is remembered and does not flash', async ({ page }) => {
  await page.goto('/en/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/en/glossary/', { waitUntil: 'commit' });
  // The inline head script sets the theme before first paint.
  await page.waitForSelector('html[data-theme="dark"]');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 22, 27)');
});
