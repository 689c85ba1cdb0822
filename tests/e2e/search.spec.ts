import { gzipSync } from 'node:zlib';
import { test, expect } from './support/fixtures';
import { budgets } from '../../budgets.config.mjs';

test('Spanish search without accents finds the Spanish serial-number lesson first', async ({ page }) => {
  // The budget is in gzip bytes, as a host would serve them; the preview server does not
  // compress, so each Pagefind file is gzipped here (its index files are gzipped already).
  // Pagefind fetches the fragments of several results at once; a first result needs the core,
  // the index chunks it searched and one fragment.
  const fetched: Promise<number>[] = [];
  let fragments = 0;
  page.on('response', (r) => {
    if (!r.url().includes('/pagefind/')) return;
    if (r.url().includes('/fragment/') && fragments++ > 0) return;
    fetched.push(r.body().then((b) => gzipSync(b).length));
  });
  await page.goto('/es/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('numero de serie');
  const first = dialog.locator('.hits li').first();
  await expect(first).toBeVisible();
  await expect(first.locator('a')).toHaveAttribute('href', /^\/es\/modules\/identification\/serial-numbers\//);
  await expect(dialog.getByRole('status')).toHaveText(/\d+ resultados?/);
  // Only Spanish pages come back.
  const hrefs = await dialog.locator('.hits a.hit-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h!.startsWith('/es/'))).toBe(true);
  await expect(first.locator('mark').first()).toBeVisible();
  const bytes = (await Promise.all(fetched)).reduce((a, b) => a + b, 0);
  console.log(`bytes fetched for the first search result (gzip): ${bytes}`);
  expect(bytes).toBeLessThanOrEqual(budgets.firstSearchResult);
});

test('English search returns English pages only', async ({ page }) => {
  await page.goto('/en/search/?q=serial%20number');
  const hits = page.locator('traza-search .hits a.hit-title');
  await expect(hits.first()).toBeVisible();
  const hrefs = await hits.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h!.startsWith('/en/'))).toBe(true);
});

test('the search page filters by kind and module and keeps the query in the URL', async ({ page }) => {
  await page.goto('/es/search/');
  const main = page.locator('main');
  await main.getByRole('searchbox').fill('importador');
  await expect(main.locator('.hits li').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=importador/);
  await main.getByLabel('Tipo').selectOption('glossary');
  await expect(main.locator('.hits li').first().locator('a')).toHaveAttribute('href', /^\/es\/glossary\/#/);
  const kinds = await main.locator('.hit-meta').allTextContents();
  expect(kinds.every((k) => k.startsWith('Glosario'))).toBe(true);

  await main.getByLabel('Tipo').selectOption('lesson');
  await main.getByLabel('Módulo').selectOption({ label: 'Identificación del arma' });
  await expect
    .poll(async () => {
      const metas = await main.locator('.hit-meta').allTextContents();
      return metas.length > 0 && metas.every((m) => m === 'Lección · Identificación del arma');
    })
    .toBe(true);
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/en/search/?q=zzzqqqxx');
  await expect(page.locator('main').getByRole('status')).toHaveText('No results for “zzzqqqxx”.');
});
