import { test, expect, axeViolations } from './support/fixtures';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

for (const lang of ['en', 'es'] as const) {
  test(`the quick-reference card prints on one page, A4 and Letter (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/reference-card/`);
    await expect(page.locator('table tbody tr')).not.toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site-header')).toBeHidden();
    await expect(page.locator('[data-print]')).toBeHidden();
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pdfPages(pdf), `${format} pages`).toBe(1);
    }
  });
}

test('glossary terms to be confirmed carry their note in both languages', async ({ page }) => {
  await page.goto('/es/glossary/');
  const entry = page.locator('.entry', { has: page.locator('h3#receiver') });
  await expect(entry).toContainText('cajón de mecanismos');
  await expect(entry).toContainText('pendiente de confirmar');
  await page.goto('/en/glossary/');
  await expect(page.locator('.entry', { has: page.locator('h3#receiver') })).toContainText('to be confirmed');
  // Both terms shown for every entry.
  const entries = await page.locator('.entry').count();
  expect(entries).toBeGreaterThanOrEqual(60);
  await expect(page.locator('.entry .other span[lang="es"]')).toHaveCount(entries);
});

test('a glossary term in a lesson shows its definition and the other-language term', async ({ page }) => {
  await page.goto('/en/modules/identification/serial-numbers/');
  const term = page.locator('.term').first();
  await term.hover();
  const tip = term.locator('[role="tooltip"]');
  await expect(tip).toBeVisible();
  await expect(tip.locator('[lang="es"]')).not.toBeEmpty();
});

test('a figure draws its labels in the page language with a title for screen readers', async ({ page }) => {
  await page.goto('/es/modules/fundamentals/distribution-chain/');
  const svg = page.locator('figure.diagram svg').first();
  await expect(svg).toHaveAttribute('role', 'img');
  const title = await svg.locator('title').textContent();
  expect(title).toMatch(/[áéíóúñ]|cadena|distribuci/i);
  await page.goto('/en/modules/fundamentals/distribution-chain/');
  expect(await page.locator('figure.diagram svg title').first().textContent()).not.toBe(title);
});
