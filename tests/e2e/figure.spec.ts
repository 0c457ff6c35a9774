// Figures for slides, end to end: each view's "Save figure" gives an SVG that keeps its text as
// text (every region name on screen, the key, the title and the "simulated" line, fonts named)
// and PNGs at 1x, 2x and 4x the figure's size.
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/harness.ts';

/** Opens a view's figure menu and saves one kind; returns the download. */
async function save(page: Page, menu: string, kind: string): Promise<Download> {
  const details = page.locator(`[data-figure-menu="${menu}"]`);
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    details.locator(`[data-save="${kind}"]`).click(),
  ]);
  return download;
}

const text = async (download: Download) => readFileSync((await download.path())!, 'utf8');

/** A PNG's width and height, from its header. */
async function pngSize(download: Download): Promise<[number, number]> {
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the pathway as SVG and PNG: the names as text, the key, the state, simulated', async ({
  open,
}) => {
  const { page } = await open('/?aud=student&dul=60');
  await expect(page.locator('[data-node]')).toHaveCount(23);
  const download = await save(page, 'pathway', 'svg');
  expect(download.suggestedFilename()).toBe('painbrake-pathway.svg');
  const svg = await text(download);
  // It opens: a well-formed SVG document (parsed in a blank page: the app's own page allows no
  // parsing of markup by other code, under its Trusted Types policy).
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return doc.querySelector('parsererror') === null && doc.documentElement.nodeName === 'svg';
  }, svg);
  await blank.close();
  expect(parsed).toBe(true);
  const names = await page.locator('[data-node] text.name').allTextContents();
  expect(names.length).toBe(23);
  for (const name of names) expect(svg).toContain(`>${name.trim()}</tspan>`);
  expect(svg).toContain('<title>');
  expect(svg).toMatch(/font-family="[^"]*sans-serif/);
  expect(svg).toContain('Ascending nociceptive signal');
  expect(svg).toContain('duloxetine 60 mg each morning');
  expect(svg).toContain('Simulated by the PainBrake model');
  expect(svg).not.toContain('var(--');
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);

  for (const scale of [1, 2, 4]) {
    const png = await save(page, 'pathway', `png-${scale}`);
    expect(png.suggestedFilename()).toBe(`painbrake-pathway-${scale}x.png`);
    expect(await pngSize(png)).toEqual([width * scale, height * scale]);
  }
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved painbrake-pathway-4x.png' }),
  ).toHaveCount(1);
});

test('the synapse and the charts as SVG', async ({ open }) => {
  const { page } = await open('/?view=synapse&dul=60&ami=25&aud=student');
  await expect(page.locator('[data-figure-menu="synapse"]')).toBeVisible();
  const synapse = await text(await save(page, 'synapse', 'svg'));
  expect(synapse).toContain('One synapse in the dorsal horn');
  expect(synapse).toContain('SERT');
  const charts = await text(await save(page, 'charts', 'svg'));
  const drawn = page.locator('[data-lane]').filter({ has: page.locator('.chart > svg') });
  expect(await drawn.count()).toBeGreaterThan(3);
  for (const lane of await drawn.locator('.title').allTextContents())
    expect(charts).toContain(lane.trim());
  expect(charts).toContain('Simulated by the PainBrake model');
});
