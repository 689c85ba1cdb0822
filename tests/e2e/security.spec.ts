import { test, expect } from './support/fixtures';

/** One page of every type, in both languages: no CSP violation, no request to another origin. */
const paths = [
  '/',
  '/offline/',
  ...['en', 'es'].flatMap((l) => [
    `/${l}/`,
    `/${l}/modules/fundamentals/`,
    `/${l}/modules/identification/serial-numbers/`,
    `/${l}/glossary/`,
    `/${l}/search/?q=serie`,
    `/${l}/about/`,
    `/${l}/sources/`,
    `/${l}/reference-card/`,
  ]),
];

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
});

for (const path of paths) {
  test(`no CSP violation and no third-party request on ${path}`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(r.url());
    });
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    if (path.includes('?q=')) await expect(page.locator('main .hits li').first()).toBeVisible();
    // Exercise the header search (Pagefind's WebAssembly) and the theme toggle on every page.
    if (path !== '/' && path !== '/offline/') {
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog').getByRole('searchbox').fill('eTrace');
      await expect(page.getByRole('dialog').locator('.hits li').first()).toBeVisible();
      await page.keyboard.press('Escape');
    }
    await page.locator('[data-theme-toggle]').click();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test.describe('an injected script', () => {
  test.use({ expectedErrors: [/violates the following Content Security Policy/] });
  test('the CSP allows no inline script except by hash and no eval', async ({ page }) => {
    await page.goto('/es/');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const script = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("default-src 'self'");
    // An injected inline script is refused.
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });
});

test('a crafted search query is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(`/es/search/?q=${encodeURIComponent(evil)}`);
  await expect(page.locator('main').getByRole('searchbox')).toHaveValue(evil);
  await expect(page.locator('main').getByRole('status')).not.toHaveText(/Buscando|^$/);
  await expect(page.locator('img[src="x"], main script')).toHaveCount(0);
  // A very long query and broken percent-encoding are handled too.
  await page.goto(`/en/search/?q=${'a'.repeat(5000)}`);
  await expect(page.locator('main').getByRole('status')).toHaveText(/results?\b|No results/);
  await page.goto('/en/search/?q=%E0%A4%A');
  await expect(page.locator('main').getByRole('searchbox')).toBeVisible();
  expect(dialogs).toBe(0);
});
