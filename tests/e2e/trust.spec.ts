// What makes the app safe to use anywhere: the Content-Security-Policy holds on every screen
// with no violation; nothing is requested from another origin; the view's state stays after "#"
// (an older "?" link still opens); after one visit the app works with the network gone (reload,
// the 3D view, every panel) and Chromium finds it installable; opened from disk it shows the
// app or a message, never a blank page; playing to the end stops exactly at the end, and Play
// starts again from week 0; a close-up time that does not fit is moved, and the page says so.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openPage, PHONE, stateParams, test } from './support/harness.ts';
import { DULOXETINE, courseSlider, doseRadio, openPanel } from './support/explorer.ts';

const PANELS = ['Node', 'Networks', 'Effects', 'Evidence', 'About'] as const;
const SW_TIMEOUT_MS = 60_000;

/** Records every CSP violation from before the page's first script. */
async function watchPolicy(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as { __cspViolations?: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (globalThis as { __cspViolations?: string[] }).__cspViolations ?? []);

async function visitEveryPanel(page: Page) {
  for (const name of PANELS) {
    await page.getByRole('tab', { name }).click();
    await expect(openPanel(page).getByRole('heading').first()).toBeVisible();
  }
}

test('the policy is in the page and nothing on any screen breaks it or leaves the origin', async ({
  open,
}) => {
  test.setTimeout(180_000);
  const { page, context } = await open('about:blank');
  await watchPolicy(context);
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['http://localhost:4173', 'null'].includes(url.origin) &&
      url.protocol !== 'data:' &&
      url.protocol !== 'blob:'
    )
      elsewhere.push(request.url());
  });
  await page.goto('/#dul=60&ami=25');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("require-trusted-types-for 'script'");

  await visitEveryPanel(page);
  await expect(openPanel(page).locator('[data-privacy]')).toContainText(
    'Nothing leaves your device',
  );
  for (const view of ['Synapse close-up', '3D brain', 'Whole pathway']) {
    await page.getByRole('radio', { name: view }).check();
    if (view === '3D brain')
      await expect(page.locator('canvas')).toBeVisible({ timeout: SW_TIMEOUT_MS });
  }
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.locator('dialog[data-share] svg.qr')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('[data-compare-open]').click();
  await expect(page.locator('[data-compare]').first()).toBeVisible();
  await page.goto('/#dul=60&handout=1');
  await expect(page.locator('[data-handout]')).toBeVisible();
  await page.goto('/#dul=60&present=1');
  await expect(page.locator('[data-present]')).toBeVisible();
  await page.goto('/#dul=60&embed=1');
  await expect(page.locator('[data-node="pag"]')).toBeVisible();

  expect(await violations(page)).toEqual([]);
  expect(elsewhere).toEqual([]);
});

test('the state is after "#", and an older "?" link opens and is rewritten', async ({ open }) => {
  const { page } = await open('/?dul=60&c=fibromyalgia');
  await expect(doseRadio(page, DULOXETINE, 60)).toBeChecked();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  expect(stateParams(page.url()).get('dul')).toBe('60');
  expect(stateParams(page.url()).get('c')).toBe('fibromyalgia');
  await doseRadio(page, DULOXETINE, 30).check();
  await expect.poll(() => stateParams(page.url()).get('dul')).toBe('30');
  expect(new URL(page.url()).search).toBe('');
  // The skip link jumps to the picture and the state stays in the bar.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => stateParams(page.url()).get('dul')).toBe('30');
});

test('after one visit the app works offline: reload, the 3D view and every panel', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { page, context, errors } = await openPage(browser, '/#dul=60', {
    serviceWorkers: 'allow',
  });
  // The service worker saves the whole app, then takes charge of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', done),
      );
  });
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Every test context is a private window, which Chromium never installs from; nothing else.
  const blocking = installabilityErrors.filter((error) => error.errorId !== 'in-incognito');
  expect(blocking).toEqual([]);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'PainBrake', display: 'standalone', start_url: './' });
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );

  await context.setOffline(true);
  await page.reload();
  await expect(doseRadio(page, DULOXETINE, 60)).toBeChecked();
  await visitEveryPanel(page);
  await page.getByRole('radio', { name: '3D brain' }).check();
  await expect(page.locator('canvas')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => globalThis.__painbrake3d?.stats().meshesLoaded), {
      timeout: SW_TIMEOUT_MS,
    })
    .toBe(true);
  await expect(page.locator('[data-load-problem]')).toHaveCount(0);
  // Another language's words were saved too.
  await page.goto('/#lang=es&dul=60');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('tab', { name: 'Redes' })).toBeVisible();
  await context.setOffline(false);
  expect(errors).toEqual([]);
  await context.close();
});

test('opened from disk the build shows the app or says how to open it, never a blank page', async ({
  browser,
}) => {
  const file = pathToFileURL(resolve('dist/index.html')).href;
  const { page, context } = await openPage(browser, `${file}#dul=60`);
  const app = page.locator('[data-node="pag"]');
  const message = page.locator('#no-app');
  await expect(app.or(message)).toBeVisible({ timeout: 15_000 });
  if (await message.isVisible()) {
    await expect(message).toContainText('must be opened from a web address');
    await expect(message.locator('p[lang="es"]')).toContainText('dirección web');
  }
  await context.close();
});

test('playing to the end stops at week 12 exactly, and Play starts again from week 0', async ({
  open,
}) => {
  test.setTimeout(60_000);
  const { page } = await open('/#t=1990&spd=7');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(courseSlider(page)).toHaveValue('2016', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(courseSlider(page)).toHaveAttribute('aria-valuetext', 'Week 12, day 1, 00:00');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number(await courseSlider(page).inputValue()), { timeout: 10_000 })
    .toBeGreaterThan(0);
  expect(Number(await courseSlider(page).inputValue())).toBeLessThan(1000);
  await page.getByRole('button', { name: 'Pause' }).click();
});

test('a close-up time that does not fit is moved on a phone: one time everywhere, and a notice', async ({
  open,
}) => {
  const { page } = await open('/#t=0&cut=2000&cua=1&dul=60', { viewport: PHONE });
  const notice = page.getByRole('status').filter({ hasText: 'did not fit' });
  await expect(notice).toContainText('cut=2000');
  await expect(notice).toContainText('moved to week 0, day 1, 00:00');
  await expect(courseSlider(page)).toHaveAttribute('aria-valuetext', 'Week 0, day 1, 00:00');
  await expect.poll(() => stateParams(page.url()).get('cut')).toBe('0');
  // The pathway's words say the same time as the clock.
  await expect(page.locator('.caption').first()).toContainText('Week 0, day 1');
});
