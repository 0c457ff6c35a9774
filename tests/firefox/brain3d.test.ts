// The 3D brain in Firefox ESR's WebGL. Headless Firefox has no WebGL, so this file launches
// Firefox with a window (under xvfb-run). One page opens the view from the explorer's view switch
// and serves every read-only check: three.js and the meshes load only then, the scene draws
// (frames, meshes, a picture that is not blank), the region labels are placed and the region list
// is filled. A second page checks that the markers follow a treatment change. Every check ends
// with no console error, uncaught error or CSP violation.
import { PNG } from 'pngjs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeAll,
  cspViolations,
  expectClean,
  launchFirefox,
  openPage,
  shotPath,
  type OpenedPage,
} from './support/firefox.ts';
import { doseRadio, stageNode } from './support/explorer.ts';

// Software WebGL is slow: the meshes and the first frames can take several seconds.
const LOAD_TIMEOUT_MS = 60_000;
const VIEWPORT = '.viewport';
const CANVAS = '.viewport canvas';
const MESH = /\.meshopt\.glb$/;

/**
 * Waits until the 3D view has its meshes and has drawn a frame with them; if it never does,
 * fails with what the page said (its messages, errors and CSP violations) rather than a timeout.
 */
async function waitForBrain(opened: OpenedPage): Promise<void> {
  const { page } = opened;
  try {
    await page.waitForFunction(
      () => {
        const stats = globalThis.__painbrake3d?.stats();
        return stats !== undefined && stats.meshesLoaded && stats.firstBrainFrameMs >= 0;
      },
      { timeout: LOAD_TIMEOUT_MS },
    );
  } catch (error) {
    const shown = await page
      .$eval('.brain3d', (view) =>
        (view as HTMLElement).innerText.replace(/\s+/g, ' ').slice(0, 300),
      )
      .catch(() => '(no 3D view on the page)');
    const hook = await page.evaluate(() => JSON.stringify(globalThis.__painbrake3d?.stats()));
    throw new Error(
      `The 3D view did not draw its meshes within ${LOAD_TIMEOUT_MS / 1000} s.\n` +
        `Its scene: ${hook ?? 'not created'}\nIt shows: ${shown}\n` +
        `CSP violations: ${(await cspViolations(page)).join('; ') || 'none'}\n` +
        `Errors: ${opened.errors.join('; ') || 'none'}`,
      { cause: error },
    );
  }
}

const stats = (page: Page) => page.evaluate(() => globalThis.__painbrake3d!.stats());

describe('Firefox: the 3D brain (WebGL)', () => {
  let browser: Browser;
  const opened: OpenedPage[] = [];
  /** The one page for the read-only checks, with the 3D view opened from the explorer. */
  let brain: OpenedPage;
  /** How many requests the explorer made before the 3D view was chosen. */
  let requestsBeforeOpen: number;

  beforeAll(async () => {
    browser = await launchFirefox({ headless: false });
    brain = await openPage(browser, '/?dul=60&acu=ea-2-100hz');
    opened.push(brain);
    const { page } = brain;
    await page.waitForSelector(stageNode('pag'), { visible: true, timeout: 20_000 });
    requestsBeforeOpen = brain.requests.length;
    await page.click('input[type="radio"][name="view"][value="brain3d"]');
    await page.waitForSelector(VIEWPORT, { visible: true, timeout: LOAD_TIMEOUT_MS });
    await waitForBrain(brain);
  });

  afterAll(async () => {
    await closeAll(opened);
    await browser?.close();
  });

  it('loads three.js and the meshes only when the view is chosen', async () => {
    const before = brain.requests.slice(0, requestsBeforeOpen);
    const after = brain.requests.slice(requestsBeforeOpen);
    expect(before.filter((url) => url.includes('/meshes/'))).toEqual([]);
    expect(after.some((url) => url.endsWith('.js'))).toBe(true);
    expect(after.filter((url) => MESH.test(url))).toHaveLength(2);
    await expect.poll(() => brain.page.url()).toMatch(/view=brain3d/);
    await expectClean(brain);
  });

  it('draws the brain: a sized canvas, frames with the meshes, a live WebGL context', async () => {
    const { page } = brain;
    const canvas = await page.$eval(CANVAS, (element) => {
      const box = element.getBoundingClientRect();
      return { width: box.width, height: box.height };
    });
    expect(canvas.width).toBeGreaterThan(300);
    expect(canvas.height).toBeGreaterThan(200);
    const drawn = await stats(page);
    expect(drawn.renders).toBeGreaterThan(0);
    // The atlas and the cord are drawn in a few batched meshes (src/views/brain3d/sortedBatch.ts).
    expect(drawn.geometries).toBeGreaterThan(5);
    expect(drawn.triangles).toBeGreaterThan(1000);
    expect(drawn.contextLost).toBe(false);
    // No "needs WebGL", "lost its graphics context" or "could not load" message.
    expect(await page.$$eval(`${VIEWPORT} [role="alert"]`, (alerts) => alerts.length)).toBe(0);
    expect(await page.$$eval('.brain3d .message', (messages) => messages.length)).toBe(0);
    await expectClean(brain);
  });

  it('the picture is not blank: the brain covers part of the dark background', async () => {
    const { page } = brain;
    // The labels are drawn in the canvas too: switch them off for the shot (only the selected
    // region's stays), so the brain's pixels count, then on again (each switch draws a frame).
    const switchLabels = async () => {
      const before = (await stats(page)).renders;
      await page.$$eval('.brain3d button', (buttons) =>
        buttons.find((button) => button.textContent?.trim() === 'Labels')!.click(),
      );
      await page.waitForFunction(
        (renders) => globalThis.__painbrake3d!.stats().renders > renders,
        { timeout: LOAD_TIMEOUT_MS },
        before,
      );
    };
    await switchLabels();
    expect(await page.evaluate(() => globalThis.__painbrake3d!.labels().length)).toBeLessThan(2);
    const shot = await (await page.$(CANVAS))!.screenshot({ type: 'png' });
    await switchLabels();
    const png = PNG.sync.read(Buffer.from(shot));
    // The viewport's background is #0e141c; count the pixels clearly brighter than it.
    let lit = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! > 3 * 0x40) lit++;
    const share = lit / (png.width * png.height);
    expect(share, 'share of lit pixels in the 3D view').toBeGreaterThan(0.03);
    await expectClean(brain);
  });

  it('places the region labels inside the view', async () => {
    const { page } = brain;
    const labels = await page.evaluate(() => {
      const canvas = document.querySelector('[role="application"] canvas')!;
      const frame = { width: canvas.clientWidth, height: canvas.clientHeight };
      return globalThis.__painbrake3d!.labels().map((label) => ({
        text: label.text.trim(),
        inside:
          label.width > 0 &&
          label.left >= -1 &&
          label.left + label.width <= frame.width + 1 &&
          label.top >= -1 &&
          label.top + label.height <= frame.height + 1,
      }));
    });
    await page.screenshot({ path: shotPath('brain3d') });
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) {
      expect(label.text.length).toBeGreaterThan(0);
      expect(label.inside, `label "${label.text}" inside the view`).toBe(true);
    }
    await expectClean(brain);
  });

  it('lists the regions with their change for keyboard and screen-reader users', async () => {
    const { page } = brain;
    const options = await page.$$eval('[role="listbox"] [role="option"]', (items) =>
      items.map((item) => (item as HTMLElement).innerText.trim()),
    );
    expect(options.length).toBeGreaterThanOrEqual(20);
    const pag = await page.$eval('#b3d-region-pag', (item) => (item as HTMLElement).innerText);
    expect(pag).toMatch(/untreated/);
    await expectClean(brain);
  });

  it('moves the markers when a treatment is switched on', async () => {
    const treated = await openPage(browser, '/?view=brain3d');
    opened.push(treated);
    const { page } = treated;
    await waitForBrain(treated);
    const markerScale = (key: string) =>
      page.evaluate((k) => globalThis.__painbrake3d!.markerScale(k), key);
    const dorsalHorn = (await markerScale('dh-projection'))!;
    const pag = (await markerScale('pag'))!;
    expect(dorsalHorn).toBeGreaterThan(0);
    await page.click(doseRadio('dul', 60));
    await page.click('input[type="radio"][name="acu-mode"][value="ea-2-100hz"]');
    await expect.poll(() => markerScale('dh-projection')).toBeLessThan(dorsalHorn);
    await expect.poll(() => markerScale('pag')).toBeGreaterThan(pag);
    await expectClean(treated);
  });
});
