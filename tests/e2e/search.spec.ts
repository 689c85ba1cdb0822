import { gzipSync } from 'node:zlib';
import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import { searchBudget } from '../../budgets.config.mjs';

/**
 * Records what Pagefind fetches on a page, in gzip bytes as a host would serve them (the preview
 * server does not compress; Pagefind's index files are gzipped already and barely shrink).
 * Pagefind fetches the fragments of several results at once; a first result needs the core, the
 * index chunks the query's words fall in, and one fragment.
 */
function recordSearchBytes(page: Page) {
  const fetched: Promise<{ chunk: boolean; bytes: number }>[] = [];
  let fragments = 0;
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    if (path.includes('/fragment/') && fragments++ > 0) return;
    fetched.push(r.body().then((b) => ({ chunk: path.startsWith('/pagefind/index/'), bytes: gzipSync(b).length })));
  });
  return async () => {
    const all = await Promise.all(fetched);
    return { bytes: all.reduce((n, f) => n + f.bytes, 0), chunks: all.filter((f) => f.chunk).length };
  };
}

test('Spanish search without accents finds the Spanish serial-number lesson first', async ({ page }) => {
  const measured = recordSearchBytes(page);
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
  const { bytes, chunks } = await measured();
  console.info(`es "numero de serie": ${bytes} bytes (gzip), ${chunks} index chunk(s)`);
  // "de" is dropped before searching (src/lib/search.ts), so the query's two words need at most two
  // index chunks; each further chunk may add searchChunk (budgets.config.mjs).
  expect(chunks).toBeGreaterThanOrEqual(1);
  expect(chunks).toBeLessThanOrEqual(2);
  expect(bytes).toBeLessThanOrEqual(searchBudget(chunks));
});

for (const { lang, query, words } of [
  { lang: 'en', query: 'importer', words: 1 },
  { lang: 'en', query: 'serial number', words: 2 },
  { lang: 'es', query: 'importador', words: 1 },
] as const) {
  test(`a first result for "${query}" (${lang}) stays within the search budget`, async ({ page }) => {
    const measured = recordSearchBytes(page);
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('main .hits li').first()).toBeVisible();
    const { bytes, chunks } = await measured();
    console.info(`${lang} "${query}": ${bytes} bytes (gzip), ${chunks} index chunk(s)`);
    // At most one chunk per word; each further chunk may add searchChunk (budgets.config.mjs).
    expect(chunks).toBeGreaterThanOrEqual(1);
    expect(chunks).toBeLessThanOrEqual(words);
    expect(bytes).toBeLessThanOrEqual(searchBudget(chunks));
  });
}

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
