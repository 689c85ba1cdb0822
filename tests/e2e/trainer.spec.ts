import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from '@playwright/test';
import { decodeAssignment } from '../../src/lib/assignment';
import { encodeReceipt, type Receipt } from '../../src/lib/receipt';
import { test, expect, axeViolations } from './support/fixtures';

// The trainer's workflow across two browsers that share nothing but what people would send each
// other: the trainer's link, and the learner's receipt code.

type Lang = 'en' | 'es';
type Text = Record<Lang, string>;
interface Question {
  type: 'single' | 'multiple' | 'truefalse' | 'ordering' | 'matching' | 'text';
  prompt: Text;
  options?: { text: Text; correct?: boolean }[];
  answer?: boolean;
  items?: { text: Text }[];
  pairs?: { left: Text; right: Text }[];
  accept?: string[];
}

const root = join(import.meta.dirname, '../..');
const ui = Object.fromEntries(
  (['en', 'es'] as const).map((l) => [l, JSON.parse(readFileSync(join(root, `src/i18n/${l}.json`), 'utf8'))]),
) as Record<Lang, Record<string, string>>;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
const moduleTitle = (id: string, lang: Lang): string =>
  parse(readFileSync(join(root, `content/modules/${id}.yaml`), 'utf8')).title[lang];
const quiz: Question[] = parse(readFileSync(join(root, 'content/quizzes/fundamentals.yaml'), 'utf8')).questions;

const HOSTILE = '<img src=x onerror=alert(1)>';

/** A page in its own browser context, failing the test on a console error, a page error or any dialog. */
async function openPage(browser: Browser, problems: string[]): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}

/** Passes the fundamentals quiz through its real UI, answering from the content like a learner who read the lessons. */
async function passFundamentalsQuiz(page: Page, lang: Lang) {
  const s = ui[lang];
  await page.goto(`/${lang}/modules/fundamentals/quiz/`);
  await page.getByRole('button', { name: s['quiz.start'] }).click();
  const position = page.getByRole('heading', {
    level: 2,
    name: new RegExp(fill(s['quiz.progress'], { n: '\\d+', total: '\\d+' })),
  });
  for (;;) {
    await expect(position).toBeFocused();
    const [n, total] = (await position.textContent())!.match(/\d+/g)!.map(Number) as [number, number];
    const fieldset = page.locator('main fieldset').first();
    const prompt = (await fieldset.locator('legend').textContent())!.trim();
    const shown = (await fieldset.textContent()) ?? '';
    const words = (q: Question) => [
      ...(q.options ?? []).map((o) => o.text[lang]),
      ...(q.items ?? []).map((i) => i.text[lang]),
      ...(q.pairs ?? []).map((p) => p.left[lang]),
    ];
    const q = quiz.find((x) => x.prompt[lang].trim() === prompt && words(x).every((w) => shown.includes(w)))!;
    if (q.type === 'single')
      await page.getByRole('radio', { name: q.options!.find((o) => o.correct)!.text[lang], exact: true }).check();
    if (q.type === 'multiple')
      for (const o of q.options!)
        await page.getByRole('checkbox', { name: o.text[lang], exact: true }).setChecked(!!o.correct);
    if (q.type === 'truefalse')
      await page.getByRole('radio', { name: q.answer ? s['check.true'] : s['check.false'], exact: true }).check();
    if (q.type === 'text') await page.getByLabel(s['quiz.yourAnswer'], { exact: true }).fill(q.accept![0]!);
    if (q.type === 'matching')
      for (const p of q.pairs!)
        await page.getByLabel(p.left[lang], { exact: true }).selectOption({ label: p.right[lang] });
    if (q.type === 'ordering') {
      const items = q.items!.map((i) => i.text[lang]);
      for (let target = 0; target < items.length; target++) {
        const order = await page.locator('main [data-item] [data-item-text]').allTextContents();
        for (let at = order.indexOf(items[target]!); at > target; at--) {
          await page
            .getByRole('button', { name: fill(s['quiz.moveUp'], { item: items[target]! }), exact: true })
            .click();
        }
      }
    }
    if (n === total) break;
    await page.getByRole('button', { name: s['quiz.next'] }).click();
  }
  await page.getByRole('button', { name: s['quiz.submit'] }).click();
  await expect(page.getByRole('heading', { level: 2, name: s['quiz.resultPassed'] })).toBeFocused();
}

test('assignment → Spanish learner accepts and passes → receipt → roster → CSV, with a hostile cohort name', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  const en = ui.en;
  const es = ui.es;

  // The trainer builds the assignment in English, for learners in Spanish.
  const trainer = await openPage(browser, problems);
  await trainer.goto('/en/trainer/');
  await trainer.getByLabel(en['trainer.cohort']).fill(HOSTILE);
  await trainer.getByLabel(en['trainer.trainer']).fill('Marta "La Jefa" Ruiz');
  await trainer.getByLabel(en['trainer.contact']).fill('marta@example.org');
  await trainer.getByRole('checkbox', { name: moduleTitle('fundamentals', 'en') }).check();
  await trainer.getByRole('radio', { name: 'Español' }).check();
  await trainer.getByLabel(en['trainer.passMark']).fill('75');
  await trainer.getByRole('button', { name: en['trainer.create'] }).click();
  await expect(trainer.getByRole('heading', { name: en['trainer.resultTitle'] })).toBeFocused();
  const link = await trainer.getByLabel(en['trainer.link']).inputValue();
  expect(link).toMatch(/\/es\/assignment\/#TRA1\.[0-9A-Z]+$/);
  // The handout carries both languages and shows the cohort name as text.
  const handout = trainer.locator('[data-handout]');
  await expect(handout.locator('section[lang="en"] h3')).toHaveText(`${en['handout.title']}: ${HOSTILE}`);
  await expect(handout.locator('section[lang="es"] h3')).toHaveText(`${es['handout.title']}: ${HOSTILE}`);
  await expect(handout.getByRole('img', { name: en['trainer.qr'] })).toBeVisible();
  expect(await axeViolations(trainer)).toEqual([]);

  // The learner opens the link (a fresh browser: nothing shared but the link) and accepts.
  const learner = await openPage(browser, problems);
  await learner.goto(link);
  await expect(learner.locator('html')).toHaveAttribute('lang', 'es');
  await expect(learner.getByRole('heading', { level: 2, name: HOSTILE })).toBeVisible();
  expect(await axeViolations(learner)).toEqual([]);
  await learner.getByRole('button', { name: es['assignment.accept'] }).click();
  await expect(learner.getByText(es['assignment.accepted'])).toBeFocused();

  await passFundamentalsQuiz(learner, 'es');

  // The dashboard tracks the assignment; the learner makes a receipt.
  await learner.goto('/es/progress/');
  await learner.getByLabel(es['learner.name']).fill('José Ángel Núñez');
  await learner.getByLabel(es['learner.agency']).fill('Fiscalía, Sonora');
  await learner.getByRole('button', { name: es['learner.save'] }).click();
  await expect(learner.getByText(es['learner.saved'])).toBeVisible();
  const card = learner.locator('[data-assignment]');
  await expect(card.getByRole('heading', { name: HOSTILE })).toBeVisible();
  await expect(card.getByText(`${moduleTitle('fundamentals', 'es')}:`)).toContainText(es['status.passed']);
  await expect(card.getByText(es['assignments.complete'], { exact: true })).toBeVisible();
  await card.getByRole('button', { name: es['receipt.forAssignment'] }).click();
  const codeField = card.getByLabel(es['receipt.code']);
  await expect(codeField).toBeFocused();
  const receipt = await codeField.inputValue();
  expect(receipt).toMatch(/^TRZ1\.[0-9A-Z]+$/);
  await expect(card.getByText(es['receipt.honest'])).toBeVisible();
  await expect(card.getByRole('img', { name: es['receipt.qr'] })).toBeVisible();

  // The trainer pastes it with a mistyped copy and a repeat: each line gets its own verdict.
  await trainer.goto('/en/trainer/roster/');
  await expect(trainer.getByLabel(en['roster.choose'])).toContainText(HOSTILE);
  const typo = receipt.slice(0, 20) + (receipt[20] === 'A' ? 'B' : 'A') + receipt.slice(21);
  await trainer.getByLabel(en['roster.paste']).fill([receipt, typo, receipt].join('\n'));
  await trainer.getByRole('button', { name: en['roster.addButton'] }).click();
  const outcomes = trainer.locator('[data-outcomes] li');
  await expect(outcomes).toHaveText([
    `${fill(en['roster.line'], { line: 1 })} — ${fill(en['roster.addedMsg'], { name: 'José Ángel Núñez' })}`,
    `${fill(en['roster.line'], { line: 2 })} — ${en['receipt.error.checksum']}`,
    `${fill(en['roster.line'], { line: 3 })} — ${en['roster.err.duplicate']}`,
  ]);
  const row = trainer.locator('[data-roster] tbody tr', { hasText: 'José Ángel Núñez' });
  await expect(row.locator('[data-item="fundamentals"]')).toContainText(en['status.passed']);
  await expect(row.locator('[data-item="fundamentals"]')).toContainText('100%');
  expect(await axeViolations(trainer)).toEqual([]);

  // The CSV: UTF-8 with a BOM, the agency's comma quoted, the pass and the date in the row.
  const [download] = await Promise.all([
    trainer.waitForEvent('download'),
    trainer.getByRole('button', { name: en['roster.csv'] }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^traza-roster-img-src-x-onerror-alert-1-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  const title = moduleTitle('fundamentals', 'en');
  expect(lines[0]).toBe(`Name,Agency,Badge,${title}: status,${title}: score (%),${title}: date,Complete,Receipt date`);
  expect(lines[1]).toMatch(/^José Ángel Núñez,"Fiscalía, Sonora",,Passed,100,\d{4}-\d{2}-\d{2},yes,\d{4}-\d{2}-\d{2}$/);
  expect(lines).toHaveLength(3);

  // The certificate from the roster row carries the learner, the assignment and the receipt code.
  await row.getByRole('link', { name: fill(en['roster.certificateFor'], { name: 'José Ángel Núñez' }) }).click();
  const certificate = trainer.locator('[data-certificate="complete"]');
  await expect(certificate.getByRole('heading', { name: en['certificate.heading'] })).toBeVisible();
  await expect(certificate).toContainText('José Ángel Núñez');
  await expect(certificate).toContainText(fill(en['certificate.completedAssignment'], { cohort: HOSTILE }));
  await expect(certificate).toContainText(receipt);

  // Nothing the trainer typed ran or became an element, anywhere.
  for (const page of [trainer, learner]) await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(problems).toEqual([]);
  await trainer.context().close();
  await learner.context().close();
});

test('a mangled assignment link gets a plain message, in both languages', async ({ page }) => {
  for (const lang of ['es', 'en'] as const) {
    await page.goto(`/${lang}/assignment/#TRA1.7Q2M9XAK0000`);
    await expect(page.getByText(ui[lang]['assignment.broken'])).toBeVisible();
    await expect(page.getByText(ui[lang]['assignment.brokenHelp'])).toBeVisible();
    await page.goto(`/${lang}/assignment/`);
    await expect(page.getByText(ui[lang]['assignment.none'])).toBeVisible();
  }
});

test('the builder lists what is missing and moves focus to the list', async ({ page }) => {
  const s = ui.es;
  await page.goto('/es/trainer/');
  await page.getByRole('button', { name: s['trainer.create'] }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveText([
    s['trainer.error.cohortRequired'],
    s['trainer.error.trainerRequired'],
    s['trainer.error.modulesRequired'],
  ]);
  await summary.getByRole('link', { name: s['trainer.error.cohortRequired'] }).click();
  await expect(page.getByLabel(s['trainer.cohort'])).toBeFocused();
  await expect(page.getByLabel(s['trainer.cohort'])).toHaveAttribute('aria-invalid', 'true');
  expect(await axeViolations(page)).toEqual([]);
});

test('the roster highlights overdue work, sorts, filters, deletes and backs itself up', async ({ page, browser }) => {
  const s = ui.en;
  await page.goto('/en/trainer/');
  await page.getByLabel(s['trainer.cohort']).fill('Norte');
  await page.getByLabel(s['trainer.trainer']).fill('Marta');
  await page.getByRole('checkbox', { name: moduleTitle('fundamentals', 'en') }).check();
  await page.getByRole('checkbox', { name: moduleTitle('identification', 'en') }).check();
  await page.getByLabel(s['trainer.due']).fill('2020-01-15');
  await page.getByRole('button', { name: s['trainer.create'] }).click();
  const decoded = await decodeAssignment(await page.getByLabel(s['trainer.link']).inputValue());
  if (!decoded.ok) throw new Error(decoded.error);
  const assignment = decoded.value;

  // Three learners' receipts, made with the real codec as their browsers would.
  const passed = (id: string, at: string) => ({
    id,
    status: 'passed' as const,
    best: 90,
    bestAt: at,
    passedAt: at,
    attempts: 1,
  });
  const make = (name: string, agency: string, items: Receipt['items']) =>
    encodeReceipt({
      assignment,
      learner: { name, agency, badge: '' },
      createdAt: '2020-01-20T10:00Z',
      items,
      scenarios: [],
    });
  const codes = [
    await make('Beto Soto', 'Policía Estatal', [
      passed('fundamentals', '2020-01-10T10:00Z'),
      passed('identification', '2020-01-12T10:00Z'),
    ]),
    await make('Ana Ruiz', 'Fiscalía', [
      passed('fundamentals', '2020-01-10T10:00Z'),
      { id: 'identification', status: 'in-progress', attempts: 1, best: 40, bestAt: '2020-01-11T10:00Z' },
    ]),
    await make('Élmer Paz', 'Guardia', [
      passed('fundamentals', '2020-01-10T10:00Z'),
      passed('identification', '2020-01-18T10:00Z'),
    ]),
  ];
  await page.goto('/en/trainer/roster/');
  await page.getByLabel(s['roster.paste']).fill(codes.join('\n'));
  await page.getByRole('button', { name: s['roster.addButton'] }).click();
  await expect(page.locator('#roster-report-summary')).toHaveText(
    fill(s['roster.importSummary'], { added: 3, updated: 0, failed: 0 }),
  );
  await expect(page.locator('#roster-report-summary').locator('..')).toBeFocused();

  const names = page.locator('[data-roster] tbody th[scope="row"] > span:first-child');
  await expect(names).toHaveText(['Ana Ruiz', 'Beto Soto', 'Élmer Paz']);
  // Overdue work is said in words, not only in colour; a pass after the due date is "late".
  await expect(page.locator('[data-learner="Ana Ruiz"] [data-item="identification"]')).toContainText(
    s['roster.stateOverdue'],
  );
  await expect(page.locator('[data-learner="Élmer Paz"] [data-item="identification"]')).toContainText(
    s['roster.stateLate'],
  );
  expect(await axeViolations(page)).toEqual([]);

  const learnerHeader = page.getByRole('columnheader', { name: s['roster.colLearner'] });
  await learnerHeader.getByRole('button').click();
  await expect(learnerHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(names).toHaveText(['Élmer Paz', 'Beto Soto', 'Ana Ruiz']);
  await page.getByLabel(s['roster.show'], { exact: true }).selectOption({ label: s['roster.showOverdue'] });
  await expect(names).toHaveText(['Ana Ruiz']);
  await page.getByLabel(s['roster.show'], { exact: true }).selectOption({ label: s['roster.showAll'] });
  await page.getByLabel(s['roster.filter']).fill('elmer');
  await expect(names).toHaveText(['Élmer Paz']);
  await page.getByLabel(s['roster.filter']).fill('');

  // Deleting asks first, and says what it did.
  await page.getByRole('button', { name: fill(s['roster.deleteFor'], { name: 'Beto Soto' }) }).click();
  await expect(page.getByText(fill(s['roster.deleteConfirm'], { name: 'Beto Soto' }))).toBeVisible();
  await page.getByRole('button', { name: s['roster.deleteYes'] }).click();
  await expect(page.getByText(fill(s['roster.deleted'], { name: 'Beto Soto' }))).toBeVisible();
  await expect(names).toHaveCount(2);

  // The backup restores the roster in another browser, after a preview of what it adds.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: s['roster.backupExport'] }).click(),
  ]);
  const other = await (await browser.newContext()).newPage();
  await other.goto('/en/trainer/roster/');
  await expect(other.getByText(s['roster.noAssignment'])).toBeVisible();
  await other.getByLabel(s['roster.backupImport']).setInputFiles((await download.path())!);
  const preview = other.getByRole('group', { name: s['roster.backupImport'] });
  await expect(preview.getByRole('row', { name: s['roster.backupLearners'] })).toHaveText(
    `${s['roster.backupLearners']}02`,
  );
  await preview.getByRole('button', { name: s['data.confirmImport'] }).click();
  await expect(other.getByText(s['roster.backupDone'])).toBeVisible();
  await expect(other.locator('[data-roster] tbody tr')).toHaveCount(2);
  await other.context().close();
});
