import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, axeViolations } from './support/fixtures';

type Lang = 'en' | 'es';
const root = join(import.meta.dirname, '../..');
const ui = Object.fromEntries(
  (['en', 'es'] as const).map((l) => [l, JSON.parse(readFileSync(join(root, `src/i18n/${l}.json`), 'utf8'))]),
) as Record<Lang, Record<string, string>>;
const es = ui.es;

test('lessons read show on the sidebar, the module page and the home page, which continues where the learner left off', async ({
  page,
}) => {
  await page.goto('/es/modules/fundamentals/');
  const lessons = await page
    .locator('.lesson-list a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  await page.goto(lessons[0]!);
  const key = lessons[0]!.replace('/es/modules/', '').replace(/\/$/, '');
  // The visit is recorded and the sidebar says so in words a screen reader hears.
  await expect(page.locator(`.sidebar a[data-lesson="${key}"]`)).toContainText(es['status.lessonRead']);
  await expect(page.locator(`.sidebar [data-module="fundamentals"] summary`)).toContainText(es['status.inProgress']);

  await page.goto('/es/');
  const go = page.locator('a[data-continue]');
  await expect(go).toHaveText(es['home.continue']);
  await expect(go).toHaveAttribute('href', lessons[1]!);
  await expect(page.locator('[data-module="fundamentals"]')).toContainText(es['status.inProgress']);
  await expect(page.locator('[data-module="identification"]')).toContainText(es['status.notStarted']);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/es/modules/fundamentals/');
  await expect(page.locator(`.lesson-list [data-lesson="${key}"] a`)).toContainText(es['status.lessonRead']);
  await expect(page.locator(`.lesson-list [data-lesson]:not([data-lesson="${key}"]) .lesson-read`)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('a change in another tab shows at once', async ({ page, context }) => {
  await page.goto('/es/progress/');
  const row = page.locator('tr[data-item="fundamentals"]');
  await expect(row).toContainText(es['status.notStarted']);
  const other = await context.newPage();
  await other.goto('/es/modules/fundamentals/what-a-trace-is/');
  await expect(row).toContainText(es['status.inProgress']);
  await expect(row).toContainText(/1 de \d/);
  await other.close();
});

test('unreadable saved progress is kept aside, the learner is told, and can download it', async ({ page }) => {
  await page.goto('/es/');
  await page.evaluate(() => localStorage.setItem('traza-progress', '{"version":2,"lessons":'));
  await page.reload();
  const notice = page.locator('[data-progress-notice]');
  await expect(notice).toContainText(es['notice.recovered']);
  await expect(notice).toHaveAttribute('role', 'status');
  const stored = await page.evaluate(() => ({
    progress: localStorage.getItem('traza-progress'),
    backups: Object.keys(localStorage)
      .filter((k) => k.startsWith('traza-progress-backup-'))
      .map((k) => localStorage.getItem(k)),
  }));
  expect(stored.backups).toEqual(['{"version":2,"lessons":']);
  expect(stored.progress === null || JSON.parse(stored.progress).version === 2).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  await notice.getByRole('link', { name: es['notice.link'] }).click();
  await expect(page).toHaveURL(/\/es\/progress\/$/);
  const kept = page.getByRole('region', { name: es['data.backups'] });
  await expect(kept).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    kept.getByRole('button', { name: es['data.backupDownload'] }).click(),
  ]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe('{"version":2,"lessons":');

  // Dismissed, it stays away for the session; focus goes back to the page.
  await page.evaluate(() => localStorage.setItem('traza-progress', 'not json'));
  await page.goto('/es/');
  await expect(notice).toContainText(es['notice.recovered']);
  await notice.getByRole('button', { name: es['notice.dismiss'] }).click();
  await expect(notice).toBeEmpty();
  await expect(page.locator('main')).toBeFocused();
});

test('storage that throws keeps the site usable and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  await page.goto('/es/modules/fundamentals/what-a-trace-is/');
  const notice = page.locator('[data-progress-notice]');
  await expect(notice).toContainText(es['notice.memory']);
  // The lesson still works: the visit is kept in memory for this page, and the theme toggle answers.
  await expect(page.locator('.sidebar a[data-lesson="fundamentals/what-a-trace-is"]')).toContainText(
    es['status.lessonRead'],
  );
  await page.getByRole('button', { name: es['theme.toggle'] }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
  await notice.getByRole('button', { name: es['notice.dismiss'] }).click();
  await expect(notice).toBeEmpty();

  await page.goto('/es/progress/');
  await expect(notice).toContainText(es['notice.memory']);
  await page.getByLabel(es['learner.name']).fill('Ana');
  await page.getByRole('button', { name: es['learner.save'] }).click();
  await expect(page.getByText(es['learner.saved'])).toBeVisible();
});

test('export, import with a preview of what changes, and reset with confirmation', async ({ page }) => {
  await page.goto('/es/modules/fundamentals/what-a-trace-is/');
  await page.goto('/es/modules/fundamentals/distribution-chain/');
  await page.goto('/es/progress/');
  await page.getByLabel(es['learner.name']).fill('Ana López');
  await page.getByRole('button', { name: es['learner.save'] }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: es['data.export'] }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported).toMatchObject({ version: 2, learner: { name: 'Ana López' } });
  expect(Object.keys(exported.lessons)).toHaveLength(2);

  // Reset asks first; cancelling changes nothing.
  await page.getByRole('button', { name: es['data.reset'] }).click();
  const confirm = page.getByRole('group', { name: es['data.reset'] });
  await expect(confirm).toBeFocused();
  await confirm.getByRole('button', { name: es['common.cancel'] }).click();
  await expect(page.getByRole('button', { name: es['data.reset'] })).toBeFocused();
  await page.getByRole('button', { name: es['data.reset'] }).click();
  await page.getByRole('button', { name: es['data.resetYes'] }).click();
  await expect(page.getByText(es['data.resetDone'])).toBeVisible();
  await expect(page.getByLabel(es['learner.name'])).toHaveValue('');

  // A file that is not progress changes nothing.
  await page
    .getByLabel(es['data.import'])
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"version":2,"lessons":[]}') });
  await expect(page.getByRole('alert')).toHaveText(es['data.importBad']);

  // The real file: a preview with counts before and after, then the import.
  await page.getByLabel(es['data.import']).setInputFiles((await download.path())!);
  const preview = page.getByRole('group', { name: es['data.previewTitle'] });
  await expect(preview).toBeFocused();
  await expect(preview.getByRole('row', { name: es['data.lessons'] })).toHaveText(`${es['data.lessons']}02`);
  await preview.getByRole('radio', { name: es['data.modeReplace'] }).check();
  expect(await axeViolations(page)).toEqual([]);
  await preview.getByRole('button', { name: es['data.confirmImport'] }).click();
  await expect(page.getByText(es['data.imported'])).toBeVisible();
  await expect(page.getByLabel(es['learner.name'])).toHaveValue('Ana López');
  await expect(page.locator('tr[data-item="fundamentals"]')).toContainText(/2 de \d/);
});

test('a course certificate prints on one A4 and one Letter page', async ({ page }) => {
  await page.goto('/es/progress/');
  await page.getByLabel(es['learner.name']).fill('Ana López');
  await page.getByRole('button', { name: es['learner.save'] }).click();
  await page.goto('/es/certificate/');
  await page.getByRole('button', { name: es['certificate.make'] }).click();
  const certificate = page.locator('[data-certificate]');
  await expect(certificate.getByRole('heading', { name: es['certificate.headingProgress'] })).toBeVisible();
  await expect(certificate).toContainText('Ana López');
  await expect(certificate).toContainText(es['certificate.disclaimer']);
  expect(page.url()).toMatch(/#TRZ1\./);
  expect(await axeViolations(page)).toEqual([]);
  // The language switch keeps the receipt: the same certificate in English.
  await page.getByRole('link', { name: /Read in English/ }).click();
  await expect(page.locator('[data-certificate]')).toContainText(ui.en['certificate.headingProgress']);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
  }
});

const newPages = ['progress', 'trainer', 'trainer/roster', 'assignment', 'certificate'];

/** Each island page is ready when its island has replaced "Loading…" (the builder: when its controls are enabled). */
async function islandReady(page: import('@playwright/test').Page, lang: Lang, path: string) {
  if (path === 'trainer') await expect(page.getByRole('button', { name: ui[lang]['trainer.create'] })).toBeEnabled();
  else await expect(page.locator('main astro-island')).not.toContainText(ui[lang]['common.loading']);
}

for (const lang of ['en', 'es'] as const) {
  for (const path of newPages) {
    test(`axe finds nothing on /${lang}/${path}/, light and dark, and it fits 360 px`, async ({ page }) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${lang}/${path}/`);
        await islandReady(page, lang, path);
        expect(await axeViolations(page), scheme).toEqual([]);
      }
      await page.setViewportSize({ width: 360, height: 740 });
      await page.reload();
      await islandReady(page, lang, path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
}

test('the header links to My progress and the footer to the trainers’ pages', async ({ page }) => {
  await page.goto('/es/glossary/');
  await page.getByRole('navigation', { name: es['nav.main'] }).getByRole('link', { name: es['nav.progress'] }).click();
  await expect(page).toHaveURL(/\/es\/progress\/$/);
  await expect(
    page.getByRole('navigation', { name: es['nav.main'] }).getByRole('link', { name: es['nav.progress'] }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByRole('contentinfo').getByRole('link', { name: es['footer.trainer'] }).click();
  await expect(page).toHaveURL(/\/es\/trainer\/$/);
  await expect(page.getByRole('heading', { level: 1, name: es['trainer.title'] })).toBeVisible();
});
