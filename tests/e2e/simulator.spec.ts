import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './support/fixtures';

/** The island's control for one request field (ids are `sim-<scenario>-<field>`). */
const field = (page: Page, scenario: string, name: string) => page.locator(`#sim-${scenario}-${name}`);
const heading = (page: Page, scenario: string) => page.locator(`#sim-${scenario}-h`);

/** Presses Tab until `target` has focus: proves it is reachable by keyboard, in page order. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/**
 * Types a date into a focused native date control from the keyboard. The segment order follows
 * the browser's own locale (month first in an English Chromium), so both orders are tried.
 */
async function typeDate(page: Page, control: Locator, iso: string) {
  const [y, m, d] = iso.split('-');
  for (const digits of [`${m}${d}${y}`, `${d}${m}${y}`]) {
    await page.keyboard.type(digits);
    if ((await control.inputValue()) === iso) return;
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
  }
}

/** Waits for hydration: the island's step heading is focusable once it runs. */
async function ready(page: Page, scenario: string) {
  await expect(page.locator(`astro-island:has(#sim-${scenario}-h)`)).not.toHaveAttribute('ssr', /.*/);
}

async function startIn(page: Page, scenario: string, mode: 'practice' | 'assessment') {
  await ready(page, scenario);
  await page.locator(`#sim-${scenario}-mode-${mode}`).check();
  await page.locator(`fieldset:has(#sim-${scenario}-mode-${mode}) button`).click();
  await expect(heading(page, scenario)).toBeFocused();
}

/** Fills fields by id; selects by value; radios and checkboxes by checking. */
async function fill(page: Page, scenario: string, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const control = field(page, scenario, name);
    const tag = await control.evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type}`);
    if (tag.startsWith('SELECT')) await control.selectOption(value);
    else if (tag.endsWith(':radio'))
      await page.locator(`input[name="sim-${scenario}-${name}"][value="${value}"]`).check();
    else if (tag.endsWith(':checkbox')) await control.setChecked(value === 'yes');
    else await control.fill(value);
  }
}

const pistolFirearm = {
  type: 'pistol',
  manufacturer: 'Demo Arms Co.',
  country: 'USA',
  model: 'DX9',
  caliber: '9mm',
  obliterated: 'no',
  serial: 'DX104829',
  serialLocation: 'frame',
};
const pistolRequest = {
  agency: 'MX08001TZ',
  officer: 'Laura Demo Ruiz',
  caseNumber: 'TRZ-0101/2026',
  priority: 'routine',
  crime: 'robbery',
  recoveryDate: '2026-03-14',
  recoveryState: 'chih',
  recoveryMunicipality: 'San Ejemplo',
  possessorName: 'Mario Ficticio López',
  possessorAlias: 'El Demo',
};

const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' });

test.describe('the trace-request simulator', () => {
  test.use({ locale: 'es-MX' });

  test('a learner finishes a scenario in Spanish with the keyboard only', async ({ page }) => {
    const id = 'pistol-short-ttc';
    await page.goto(`/es/practice/${id}/`);
    await ready(page, id);
    const key = page.keyboard;

    // The case: choose practice mode and start.
    await tabTo(page, page.locator(`#sim-${id}-mode-practice`));
    await key.press('Space');
    await tabTo(page, button(page, 'Comenzar'));
    await key.press('Enter');
    await expect(heading(page, id)).toBeFocused();
    await expect(heading(page, id)).toContainText('El indicio');

    // The evidence: enlarge a marking, then go on.
    await tabTo(page, page.getByRole('button', { name: /Ampliar: Armazón, lado derecho/ }));
    await key.press('Enter');
    await expect(page.getByRole('button', { name: /Reducir: Armazón, lado derecho/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await tabTo(page, button(page, 'Siguiente'));
    await key.press('Enter');
    await expect(heading(page, id)).toBeFocused();
    await expect(heading(page, id)).toContainText('Identificar el arma');

    // The firearm, typed and chosen from the keyboard.
    await tabTo(page, field(page, id, 'type'));
    await key.type('pis');
    await tabTo(page, field(page, id, 'manufacturer'));
    await key.type('Demo Arms Co.');
    await tabTo(page, field(page, id, 'country'));
    await key.type('EE. UU.');
    await tabTo(page, field(page, id, 'model'));
    await key.type('DX9');
    await tabTo(page, field(page, id, 'caliber'));
    await key.type('9MM LUGER');
    await tabTo(page, field(page, id, 'obliterated'));
    await key.press('Space');
    await tabTo(page, field(page, id, 'serial'));
    await key.type('DX104829');
    await tabTo(page, field(page, id, 'serialLocation'));
    await key.type('arm');
    await expect(field(page, id, 'serialLocation')).toHaveValue('frame');

    // A practice check: feedback under the fields, a summary in the live region.
    await tabTo(page, button(page, 'Revisar mis respuestas'));
    await key.press('Enter');
    await expect(page.locator('[aria-live="polite"]')).toContainText('Revisado: 9 de 9');
    await tabTo(page, button(page, 'Siguiente'));
    await key.press('Enter');
    await expect(heading(page, id)).toContainText('Llenar la solicitud');
    await expect(heading(page, id)).toBeFocused();

    // The request.
    await tabTo(page, field(page, id, 'agency'));
    await key.type('MX08001TZ');
    await tabTo(page, field(page, id, 'officer'));
    await key.type('Laura Demo Ruiz');
    await tabTo(page, field(page, id, 'caseNumber'));
    await key.type('TRZ-0101/2026');
    await tabTo(page, field(page, id, 'priority'));
    await key.press('Space');
    await tabTo(page, field(page, id, 'crime'));
    await key.type('rob');
    await tabTo(page, field(page, id, 'recoveryDate'));
    await typeDate(page, field(page, id, 'recoveryDate'), '2026-03-14');
    await expect(field(page, id, 'recoveryDate')).toHaveValue('2026-03-14');
    await tabTo(page, field(page, id, 'recoveryState'));
    await key.type('chih');
    await expect(field(page, id, 'recoveryState')).toHaveValue('chih');
    await tabTo(page, field(page, id, 'recoveryMunicipality'));
    await key.type('San Ejemplo');
    await tabTo(page, field(page, id, 'possessorName'));
    await key.type('Mario Ficticio López');
    await tabTo(page, field(page, id, 'possessorAlias'));
    await key.type('El Demo');
    await tabTo(page, button(page, 'Revisar la solicitud'));
    await key.press('Enter');

    // Review and submit.
    await expect(heading(page, id)).toContainText('Revisar y enviar');
    await expect(page.getByText('Sin errores ni advertencias.')).toBeVisible();
    await tabTo(page, button(page, 'Enviar la solicitud'));
    await key.press('Enter');
    await expect(heading(page, id)).toContainText('El resultado');
    await expect(page.getByText('Rastreo completado: se identificó al primer comprador minorista.')).toBeVisible();
    await expect(page.getByText('53 días', { exact: true })).toBeVisible();

    // Debrief: the first option is right in every question of this scenario.
    await tabTo(page, button(page, 'Continuar al análisis'));
    await key.press('Enter');
    for (const q of ['ttc-meaning', 'ttc-dates', 'purchaser-possessor']) {
      await tabTo(page, page.locator(`#sim-${id}-q-${q}`));
      await key.press('Space');
    }
    await tabTo(page, button(page, 'Terminar y ver mi puntuación'));
    await key.press('Enter');
    await expect(heading(page, id)).toContainText('Sus resultados');
    await expect(page.getByText(/Puntuación: 22 de 22 \(100%\)/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Imprimir la solicitud' })).toBeVisible();

    // Recorded: the practice list shows it as done.
    await page.goto('/es/practice/');
    await expect(page.locator(`[data-scenario="${id}"] [data-status-text]`)).toHaveText('Terminado, mejor: 22 de 22');
  });

  test('a wrong serial gets "record not found", and a corrected request keeps the case number', async ({ page }) => {
    const id = 'pistol-short-ttc';
    await page.goto(`/en/practice/${id}/`);
    await startIn(page, id, 'assessment');
    await button(page, 'Next').click();
    await fill(page, id, { ...pistolFirearm, serial: 'DX1O4829' });
    await button(page, 'Next').click();
    await fill(page, id, pistolRequest);
    await button(page, 'Review the request').click();

    // The look-alike warning must be confirmed before the request goes.
    await button(page, 'Submit the request').click();
    await expect(page.locator(`#sim-${id}-issues`)).toBeFocused();
    await expect(
      page.locator(`#sim-${id}-issues`).getByText('The request was not sent: confirm every warning first.'),
    ).toBeVisible();
    await page.getByRole('checkbox', { name: /letter O or I next to digits/ }).check();
    await button(page, 'Submit the request').click();

    await expect(heading(page, id)).toContainText('The result');
    await expect(page.getByText('Not completed: record not found')).toBeVisible();
    await expect(page.getByText(/No licensee has a record of a firearm with serial number DX1O4829/)).toBeVisible();

    await button(page, 'Correct and resubmit').click();
    await expect(heading(page, id)).toContainText('Identify the firearm');
    await fill(page, id, { serial: 'DX104829' });
    await button(page, 'Next').click();
    await expect(field(page, id, 'caseNumber')).toHaveAttribute('readonly', '');
    await button(page, 'Review the request').click();
    await expect(page.getByText('Corrected request: it keeps case number TRZ-0101/2026.')).toBeVisible();
    await button(page, 'Submit the corrected request').click();
    await expect(page.getByText('Trace completed: the first retail purchaser was identified.')).toBeVisible();
  });

  test('errors block the next step and move focus to their summary', async ({ page }) => {
    const id = 'urgent-kidnapping';
    await page.goto(`/en/practice/${id}/`);
    await startIn(page, id, 'practice');
    await button(page, 'Next').click();
    await fill(page, id, { ...pistolFirearm, country: 'Italy', serial: '57112345-KT0219' });
    await button(page, 'Next').click();
    await expect(page.locator(`#sim-${id}-errors`)).toBeFocused();
    await expect(page.locator(`#sim-${id}-errors`)).toContainText(
      'Importer: required when the country of manufacture is not the United States.',
    );
    await fill(page, id, { country: 'USA' });
    await button(page, 'Next').click();
    await fill(page, id, { priority: 'urgent', recoveryDate: '2099-01-01' });
    await button(page, 'Review the request').click();
    await expect(page.locator(`#sim-${id}-errors`)).toContainText('Justification: an urgent request needs one.');
    await expect(page.locator(`#sim-${id}-errors`)).toContainText('Date of recovery: the date is in the future.');
    await page
      .locator(`#sim-${id}-errors`)
      .getByRole('link', { name: /Justification/ })
      .click();
    await expect(field(page, id, 'justification')).toBeFocused();
  });

  test('a reload in the middle of a scenario resumes where the learner was', async ({ page }) => {
    const id = 'imported-rifle';
    await page.goto(`/es/practice/${id}/`);
    await startIn(page, id, 'practice');
    await button(page, 'Siguiente').click();
    await fill(page, id, { manufacturer: 'Armi Fittizie S.r.l.', importer: 'Demo Import Group' });
    await button(page, /Ver una pista para Importador/).click();
    await expect(page.locator(`#sim-${id}-importer-hint`)).toBeFocused();
    await page.reload();
    await ready(page, id);
    await expect(heading(page, id)).toContainText('Identificar el arma');
    await expect(page.getByText('Usted ya había avanzado en este caso')).toBeVisible();
    await expect(field(page, id, 'manufacturer')).toHaveValue('Armi Fittizie S.r.l.');
    await expect(field(page, id, 'importer')).toHaveValue('Demo Import Group');
    await expect(page.locator(`#sim-${id}-importer-hint`)).toContainText('IMPORTED BY');

    await button(page, 'Empezar de nuevo').click();
    await expect(heading(page, id)).toContainText('El caso');
    await page.reload();
    await ready(page, id);
    await expect(heading(page, id)).toContainText('El caso');
  });

  test('an imported AK-type rifle played to the end in English: FFL mark, forgiven space, case date, form labels', async ({
    page,
  }) => {
    const id = 'ak-adopted-serial';
    await page.goto(`/en/practice/${id}/`);
    await startIn(page, id, 'assessment');
    await button(page, 'Next').click();

    // Each field shows its place and English label on Form 3312.1.
    await expect(page.locator(`#sim-${id}-serial-form`)).toHaveText(
      'Form 3312.1, field 5a: “Serial Number (From Frame or Receiver)” * (required entry)',
    );
    await expect(page.locator(`#sim-${id}-noImporter-form`)).toHaveText('Not on Form 3312.1: a Traza practice aid.');
    await expect(field(page, id, 'serial')).toHaveAttribute('aria-describedby', new RegExp(`sim-${id}-serial-form`));

    await fill(page, id, {
      type: 'rifle',
      manufacturer: 'Uzina Exemplu S.A.',
      country: 'Romania',
      importer: 'Sample Trade Arms',
      model: 'UE-47',
      caliber: '7.62x39',
      obliterated: 'no',
      serial: 'UE104471 FFL 59812345',
      serialLocation: 'receiver',
    });
    await button(page, 'Next').click();
    await expect(page.locator(`#sim-${id}-crime-form`)).toContainText('field 2a: “NCIC Crime Code” **');
    await expect(page.locator(`#sim-${id}-projectCode option`)).toHaveText(['Choose…', 'No project code']);
    // The request is dated by the case, not by the machine running the test.
    await expect(field(page, id, 'requestDate')).toHaveValue('2026-07-24');
    await fill(page, id, {
      agency: 'MX14011AK',
      officer: 'Irene Prueba Solís',
      caseNumber: 'FED/JAL/0722/2026',
      priority: 'routine',
      crime: 'possession',
      recoveryDate: '2026-07-22',
      recoveryState: 'jal',
      recoveryMunicipality: 'Valle Ejemplo',
    });
    await button(page, 'Review the request').click();
    await expect(page.getByText(/The serial number contains “FFL”/)).toBeVisible();

    await button(page, 'Edit the firearm section').click();
    await fill(page, id, { serial: 'UE104471' });
    await button(page, 'Next').click();
    await button(page, 'Review the request').click();
    await expect(page.getByText(/The serial number contains “FFL”/)).toHaveCount(0);
    await page.getByRole('checkbox', { name: /No possessor entered/ }).check();
    await button(page, 'Submit the request').click();

    await expect(page.getByText('Trace completed: the first retail purchaser was identified.')).toBeVisible();
    await expect(
      page.getByText(/The serial you sent, UE104471, was matched to the one stamped, UE 104471/),
    ).toBeVisible();
    await button(page, 'Continue to the debrief').click();
    for (const q of ['ffl-mark', 'ak-receiver', 'importer-name']) await page.locator(`#sim-${id}-q-${q}`).check();
    await button(page, 'Finish and see my score').click();
    await expect(heading(page, id)).toContainText('Your results');
    await expect(page.getByText('Score: 20 of 20 (100%)')).toBeVisible();
    await expect(page.getByText(/Accepted, although your spaces differ from the stamp/)).toBeVisible();
  });

  test('a case with associates and addresses played to the end in Spanish', async ({ page }) => {
    const id = 'associates-addresses';
    await page.goto(`/es/practice/${id}/`);
    await ready(page, id);
    await expect(
      page.locator('dt', { hasText: 'Hoy en este caso (fecha de la solicitud)' }).locator('+ dd'),
    ).toHaveText('22 de junio de 2026');
    await startIn(page, id, 'practice');
    await button(page, 'Siguiente').click();
    await fill(page, id, {
      type: 'pistol',
      manufacturer: 'Demo Machine Arms',
      country: 'EE. UU.',
      model: 'DM-40',
      caliber: '.40 S&W',
      obliterated: 'no',
      serial: 'DMA611480',
      serialLocation: 'frame',
    });
    await expect(page.locator(`#sim-${id}-serial-form`)).toHaveText(
      'Formulario 3312.1, campo 5a: “Serial Number (From Frame or Receiver)” * (dato obligatorio)',
    );
    await button(page, 'Siguiente').click();

    // The case file holds the possessor's address and the two associates.
    await page.getByText('Ver la carpeta de investigación').click();
    await expect(page.getByText('Privada Demo 7, Col. Las Flores, San Demo, Zac.')).toBeVisible();
    await expect(page.locator(`#sim-${id}-possessorAddress-form`)).toHaveText(
      'Formulario 3312.1, campo 6i–6p: “Address” (numeración de la edición de 2018)',
    );
    await expect(page.locator(`#sim-${id}-associate1Name-form`)).toHaveText(
      'Formulario 3312.1: en una página posterior, que no está en las copias públicas.',
    );
    await expect(field(page, id, 'requestDate')).toHaveValue('2026-06-22');
    await fill(page, id, {
      agency: 'MX32015AS',
      officer: 'Héctor Demo Navarro',
      caseNumber: 'FED/ZAC/0620/2026',
      priority: 'routine',
      crime: 'possession',
      recoveryDate: '2026-06-20',
      recoveryState: 'zac',
      recoveryMunicipality: 'Río Muestra',
      possessorName: 'Efraín Ejemplo Robles',
      possessorAlias: 'El Güero',
      possessorAddress: 'Calle Ficticia 214, Col. Centro, Río Muestra, Zac.',
      // Entered in the other order from the file: still right.
      associate1Name: 'Lucía Muestra Ortega',
      associate1Address: 'Avenida Ejemplo 55, int. 3, Río Muestra, Zac.',
      associate2Name: 'Martín Prueba Villa',
      associate2Address: 'Privada Demo 7, Col. Las Flores, San Demo, Zac.',
    });
    await button(page, 'Revisar mis respuestas').click();
    await expect(page.locator('[aria-live="polite"]')).toContainText('Revisado: 15 de 15');
    await button(page, 'Revisar la solicitud').click();
    await expect(page.getByText('Sin errores ni advertencias.')).toBeVisible();
    await button(page, 'Enviar la solicitud').click();
    await expect(page.getByText('Rastreo completado: se identificó al primer comprador minorista.')).toBeVisible();
    await button(page, 'Continuar al análisis').click();
    for (const q of ['who-where', 'addresses', 'care']) await page.locator(`#sim-${id}-q-${q}`).check();
    await button(page, 'Terminar y ver mi puntuación').click();
    await expect(heading(page, id)).toContainText('Sus resultados');
    await expect(page.getByText('Puntuación: 27 de 27 (100%)')).toBeVisible();
  });

  test('a damaged draft is discarded, not resumed', async ({ page }) => {
    const id = 'old-shotgun';
    await page.goto(`/en/practice/${id}/`);
    await startIn(page, id, 'practice');
    await button(page, 'Next').click();
    const saved = () =>
      page.evaluate(
        (scenario) => JSON.parse(localStorage.getItem('traza-progress') ?? '{}').scenarioDrafts?.[scenario]?.step,
        id,
      );
    await expect.poll(saved).toBe('identify');
    // Leave first: the page saves its draft when it is hidden.
    await page.goto('/en/practice/');
    await page.evaluate((scenario) => {
      const p = JSON.parse(localStorage.getItem('traza-progress')!);
      p.scenarioDrafts[scenario].form.serial = 42;
      localStorage.setItem('traza-progress', JSON.stringify(p));
    }, id);
    await page.goto(`/en/practice/${id}/`);
    await ready(page, id);
    await expect(heading(page, id)).toContainText('The case');
    await expect(page.getByText('You were part way through')).toHaveCount(0);
    await expect.poll(saved).toBeUndefined();
  });
});

test.describe('accessibility of the simulator', () => {
  for (const lang of ['en', 'es'] as const) {
    test(`axe finds nothing on the practice list (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/practice/`);
      await expect(page.locator('[data-status-text]').first()).not.toBeEmpty();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('axe finds nothing in practice mode, with hints and feedback shown (es, dark)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const id = 'revolver-numbers';
    await page.goto(`/es/practice/${id}/`);
    await ready(page, id);
    expect(await axeViolations(page)).toEqual([]);
    await startIn(page, id, 'practice');
    expect(await axeViolations(page)).toEqual([]);
    await button(page, 'Siguiente').click();
    await fill(page, id, { type: 'revolver', serial: '4,567,890', caliber: '38-2' });
    await button(page, /Ver una pista para Número de serie/).click();
    await button(page, 'Revisar mis respuestas').click();
    await expect(page.getByText('Ese es un número de patente.', { exact: false })).toBeVisible();
    await button(page, 'Siguiente').click();
    await expect(page.locator(`#sim-${id}-errors`)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe finds nothing in assessment mode, through the result and the summary (en)', async ({ page }) => {
    const id = 'obliterated-serial';
    await page.goto(`/en/practice/${id}/`);
    await startIn(page, id, 'assessment');
    await button(page, 'Next').click();
    await fill(page, id, {
      type: 'pistol',
      manufacturer: 'Placeholder Pistol Works',
      country: 'USA',
      model: 'PPW-45',
      caliber: '.45 AUTO',
      obliterated: 'yes',
      oblitLocation: 'frame',
      labStatus: 'pending',
    });
    await button(page, 'Next').click();
    await fill(page, id, {
      agency: 'MX28004CD',
      officer: 'Carmen Ejemplo Vega',
      caseNumber: 'CD-LES-0912/2026',
      priority: 'routine',
      crime: 'assault',
      recoveryDate: '2026-09-09',
      recoveryState: 'tamps',
      recoveryMunicipality: 'Ciudad Demo',
      possessorName: 'Luis Prueba Soto',
    });
    await button(page, 'Review the request').click();
    expect(await axeViolations(page)).toEqual([]);
    await button(page, 'Submit the request').click();
    await expect(page.getByText('Not completed: no serial number to trace')).toBeVisible();
    await expect(page.getByText('Laboratory update')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await button(page, 'Send a corrected request').click();
    await fill(page, id, { serial: 'PW207416', labStatus: 'restored' });
    await button(page, 'Next').click();
    await button(page, 'Review the request').click();
    await button(page, 'Submit the corrected request').click();
    await expect(page.getByText('Trace completed: the first retail purchaser was identified.')).toBeVisible();
    await button(page, 'Continue to the debrief').click();
    await button(page, 'Finish and see my score').click();
    await expect(page.locator(`#sim-${id}-q-first-result`)).toBeFocused();
    for (const q of ['first-result', 'corrected', 'unreadable']) await page.locator(`#sim-${id}-q-${q}`).check();
    await button(page, 'Finish and see my score').click();
    await expect(heading(page, id)).toContainText('Your results');
    await expect(page.getByText(/Score: \d+(\.5)? of 22/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the simulator does not scroll sideways at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const id = 'multiple-sale';
    await page.goto(`/es/practice/${id}/`);
    await startIn(page, id, 'practice');
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: /Ampliar: Armazón/ }).click();
    expect(await width()).toBeLessThanOrEqual(360);
    await button(page, 'Siguiente').click();
    expect(await width()).toBeLessThanOrEqual(360);
  });
});
