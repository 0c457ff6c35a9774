// Sharing at the bedside, end to end: Copy link puts this view's link on the clipboard and says
// so; the data downloads are the command line's CSV and JSON for the same scenario, and the
// scenario file runs through `npm run simulate` to the very same CSV; the handout prints to one
// or two pages, names the treatments, and its QR code (decoded from a screenshot) reopens the
// view; a printed explorer page shows no control. Axe on the dialog and the handout.
import type { Download, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { execFileSync } from 'node:child_process';
import {
  expect,
  expectNoAxeViolations,
  PHONE,
  shotPath,
  stateParams,
  test,
} from './support/harness.ts';

const VIEW = '/?c=fibromyalgia&acu=ea-2-100hz&ami=25&dul=60&age=older&t=1344&aud=clinician';

async function openShare(page: Page) {
  await page.locator('[data-share-open]').click();
  const dialog = page.locator('dialog[data-share]');
  await expect(dialog).toBeVisible();
  return dialog;
}

const text = async (download: Download) => readFileSync((await download.path())!, 'utf8');

/** The link a QR code on screen holds, read from a screenshot of it. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test('Copy link puts the view on the clipboard and says so; the QR code holds the same link', async ({
  open,
}) => {
  const { page, context } = await open(VIEW);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dialog = await openShare(page);
  await dialog.locator('[data-copy-link]').click();
  await expect(dialog.getByRole('status')).toContainText('link is copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The view's state is after "#" (never sent to a server) and is the page's own.
  expect(new URL(copied).search).toBe('');
  expect(stateParams(copied).get('dul')).toBe('60');
  expect(new URL(copied).hash).toBe(new URL(page.url()).hash);
  expect(await decodeQr(page, 'dialog[data-share] svg.qr')).toBe(copied);
  await expectNoAxeViolations(page, 'the share dialog at 1280 px');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('[data-share-open]')).toBeFocused();
});

test('the data downloads are the command line’s files, and the scenario reproduces them', async ({
  open,
}) => {
  const { page } = await open(VIEW);
  const dialog = await openShare(page);
  const download = async (kind: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.locator(`[data-download="${kind}"]`).click(),
    ]);
    return file;
  };
  const csvFile = await download('csv');
  expect(csvFile.suggestedFilename()).toBe('painbrake-fibromyalgia.csv');
  const csv = await text(csvFile);
  const [header, ...rows] = csv.trimEnd().split('\n');
  const columns = header!.split(',');
  expect(columns[0]).toBe('timeHours');
  expect(columns).toContain('pain.nrs');
  expect(columns).toContain('plasma.duloxetine');
  // One row per output step: hourly over the 12-week course.
  expect(rows.length).toBe(12 * 7 * 24 + 1);
  expect(rows.every((row) => row.split(',').length === columns.length)).toBe(true);

  const json = JSON.parse(await text(await download('json'))) as {
    timeHours: number[];
    series: Record<string, number[]>;
  };
  expect(json.timeHours.length).toBe(rows.length);
  expect(Object.keys(json.series)).toEqual(columns.slice(1));

  const scenarioFile = await download('scenario');
  expect(scenarioFile.suggestedFilename()).toBe('painbrake-fibromyalgia-scenario.json');
  const path = join(mkdtempSync(join(tmpdir(), 'painbrake-')), 'scenario.json');
  writeFileSync(path, await text(scenarioFile));
  // The command line, as a person would run it.
  const output = execFileSync(
    'npm',
    ['run', '--silent', 'simulate', '--', path, '--format', 'csv'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  expect(output).toBe(csv);
});

test('the handout: one or two pages, the treatments named, its QR code reopens the view', async ({
  open,
}) => {
  const { page } = await open(VIEW);
  // The person's cautions are marked in the controls too.
  await expect(page.locator('[data-person-cautions]')).toContainText('Low sodium in the blood');
  const dialog = await openShare(page);
  await dialog.locator('[data-handout-open]').click();
  const handout = page.locator('[data-handout]');
  await expect(handout).toBeVisible();
  await expect(page.locator('[data-handout] h1')).toBeFocused();
  await expect(handout).toContainText('duloxetine 60 mg each morning');
  await expect(handout).toContainText('amitriptyline 25 mg at night');
  await expect(handout).toContainText('electroacupuncture 2/100 Hz');
  await expect(handout).toContainText('not a prediction');
  // The older adult's cautions come forward.
  await expect(handout.locator('[data-caution="amitriptyline-older-adults"]')).toBeVisible();
  await expect(handout.locator('tbody tr')).toHaveCount(5);
  expect(stateParams(page.url()).get('handout')).toBe('1');

  const link = (await handout.locator('[data-handout-link]').textContent())!.trim();
  expect(stateParams(link).get('handout')).toBeNull();
  expect(await decodeQr(page, '[data-handout] svg.qr')).toBe(link);
  await expectNoAxeViolations(page, 'the handout at 1280 px');

  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(shotPath('handout').replace(/\.png$/, '.pdf'), pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeLessThanOrEqual(2);
  const letter = await page.pdf({ format: 'Letter' });
  expect(
    (letter.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length,
  ).toBeLessThanOrEqual(2);

  // The code's link opens the same view in the explorer.
  await page.goto(link);
  await expect(page.locator('[data-node]').first()).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe(new URL(link).hash);
  await expect(page.locator('[data-handout]')).toHaveCount(0);

  // Back from the handout returns to the explorer.
  await page.goto(`${VIEW}&handout=1`);
  await page.locator('[data-handout-back]').click();
  await expect(page.locator('[data-share-open]')).toBeFocused();
});

test('the handout and the share dialog on a phone: axe, nothing sideways', async ({ open }) => {
  const { page } = await open(`${VIEW}&handout=1&lang=es`, { viewport: PHONE });
  await expect(page.locator('[data-handout] svg.qr')).toBeVisible();
  await page.screenshot({ path: shotPath('handout-phone'), fullPage: true });
  await expectNoAxeViolations(page, 'the handout at 360 px');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    PHONE.width,
  );
  await page.locator('[data-handout-back]').click();
  const dialog = await openShare(page);
  await expect(dialog.locator('svg.qr')).toBeVisible();
  await expectNoAxeViolations(page, 'the share dialog at 360 px');
});

test('a printed explorer page shows the picture and the link back, never a control, dark on white', async ({
  open,
}) => {
  const { page } = await open(`${VIEW}&theme=dark`);
  await expect(page.locator('[data-node]').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  // Paper is light whatever the screen's theme: the text prints dark.
  const ink = await page.evaluate(() => getComputedStyle(document.body).color);
  const [r, g, b] = ink.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!, ink).toBeLessThan(200);
  await expect(page.locator('[data-node]').first()).toBeVisible();
  const controls = page.locator(
    'button:visible, input:visible, select:visible, [role="radio"]:visible, [role="tab"]:visible',
  );
  await expect(controls).toHaveCount(0);
  await expect(page.locator('.print-only')).toBeVisible();
  await expect(page.locator('.print-only')).toContainText('dul=60');
});
