// The 3D brain end to end, in Chromium's software WebGL (SwiftShader): it loads only when opened,
// draws nothing while nothing moves, exports PNGs at 1x and 2x, lets regions be chosen by
// keyboard, its markers follow a treatment change, it passes axe (laptop and phone), survives a
// lost WebGL context, the preset views and the camera keys move the camera (into the URL), and
// it frees every GPU resource when closed. Loading the meshes in software WebGL takes seconds,
// so the checks run in turn on one page that opens the view once (and again only where a check
// is about reopening); the phone size and a browser without WebGL get pages of their own.
// Screenshots go to artifacts/screenshots/ for review.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { stateParams } from './support/harness.ts';

const screenshotDir = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Software WebGL is slow: the meshes and first frames can take several seconds.
const LOAD_TIMEOUT_MS = 60_000;

type Stats = {
  renders: number;
  geometries: number;
  textures: number;
  meshesLoaded: boolean;
  contextLost: boolean;
  firstBrainFrameMs: number;
};
type Camera = {
  position: [number, number, number];
  target: [number, number, number];
  cut: boolean;
};

const stats = (page: Page) =>
  page.evaluate(() => globalThis.__painbrake3d!.stats()) as Promise<Stats>;
const camera = (page: Page) =>
  page.evaluate(() => globalThis.__painbrake3d!.camera()) as Promise<Camera>;
const marker = (page: Page, key: string) =>
  page.evaluate(
    (k) => ({
      scale: globalThis.__painbrake3d!.markerScale(k),
      colour: globalThis.__painbrake3d!.markerColor(k),
    }),
    key,
  );

/** Waits until the open view is on screen and has drawn a frame with the meshes. */
async function whenDrawn(page: Page): Promise<void> {
  // The view draws only while it is on screen (on a phone it sits below the course clock).
  await page.getByRole('application', { name: /3D brain view/ }).scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => {
      const s = globalThis.__painbrake3d?.stats();
      return (
        s !== undefined &&
        !globalThis.__painbrake3d!.disposed &&
        s.meshesLoaded &&
        s.firstBrainFrameMs >= 0
      );
    },
    null,
    { timeout: LOAD_TIMEOUT_MS },
  );
}

async function openBrain(page: Page, state = ''): Promise<void> {
  await page.goto(`/#view=brain3d${state}`);
  await whenDrawn(page);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Console errors and uncaught errors of a page, as they come. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  return errors;
}

test.describe.configure({ timeout: 120_000 });

test.describe('the 3D view, opened once', () => {
  // In turn, on one page: each check leaves the view open (the last closes and reopens it), and
  // the treatment is untreated until the marker check sets it, which later checks rely on.
  test.describe.configure({ mode: 'serial' });

  let page: Page;
  const requests: string[] = [];
  let errors: string[] = [];

  test.beforeAll(async ({ browser }, testInfo) => {
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      viewport: { width: 1280, height: 720 },
    });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    errors = collectErrors(page);
    // Keeps the page's resolution queries where a test can reach them (see the pixel-ratio test).
    await page.addInitScript(() => {
      const queries: MediaQueryList[] = [];
      const match = window.matchMedia.bind(window);
      Object.assign(window, { __resolutionQueries: queries });
      window.matchMedia = (media: string) => {
        const query = match(media);
        if (media.includes('resolution')) queries.push(query);
        return query;
      };
    });
    await page.goto('/');
    await expect(page.locator('h1').first()).toBeVisible();
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('loads three.js and the meshes only when the 3D view opens', async () => {
    expect(requests.filter((u) => u.includes('/meshes/'))).toEqual([]);
    const before = requests.length;
    await page.getByRole('radio', { name: /3D/ }).check();
    await page.waitForFunction(() => globalThis.__painbrake3d?.stats().meshesLoaded, null, {
      timeout: LOAD_TIMEOUT_MS,
    });
    const opened = requests.slice(before);
    expect(opened.some((u) => u.endsWith('.js'))).toBe(true);
    expect(opened.filter((u) => u.includes('.meshopt.glb'))).toHaveLength(2);
    await whenDrawn(page);
  });

  test('draws nothing while the clock is paused (nothing moves)', async () => {
    await whenDrawn(page);
    await page.waitForTimeout(1500);
    const settled = (await stats(page)).renders;
    await page.waitForTimeout(1500);
    expect((await stats(page)).renders).toBe(settled);
    // A change draws again, once.
    const labels = page.getByRole('button', { name: 'Labels', exact: true });
    await labels.click();
    await expect.poll(async () => (await stats(page)).renders).toBeGreaterThan(settled);
    await labels.click();
    await expect(labels).toHaveAttribute('aria-pressed', 'true');
  });

  test('draws the labels into the picture, each on its box', async () => {
    await whenDrawn(page);
    const all = await page.evaluate(() => globalThis.__painbrake3d!.labels());
    // Labels switched off leave the selected region's: look at the others.
    const shown = all.filter((label) => !label.emphasised);
    expect(shown.length).toBeGreaterThan(5);
    const canvas = (await page.locator('.viewport canvas').boundingBox())!;
    // The pixels of a few label boxes, with the labels on and then off: the label is there.
    const boxes = shown.slice(0, 4).map((label) => ({
      x: canvas.x + Math.round(label.left),
      y: canvas.y + Math.round(label.top),
      width: Math.round(label.width),
      height: Math.round(label.height),
    }));
    const grab = () =>
      Promise.all(boxes.map(async (clip) => PNG.sync.read(await page.screenshot({ clip }))));
    const withLabels = await grab();
    const button = page.getByRole('button', { name: 'Labels', exact: true });
    const before = (await stats(page)).renders;
    await button.click();
    await expect.poll(async () => (await stats(page)).renders).toBeGreaterThan(before);
    const left = await page.evaluate(() => globalThis.__painbrake3d!.labels());
    expect(left.filter((label) => !label.emphasised)).toEqual([]);
    const without = await grab();
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    withLabels.forEach((on, k) => {
      const off = without[k]!;
      let changed = 0;
      for (let i = 0; i < on.data.length; i += 4)
        if (
          Math.abs(on.data[i]! - off.data[i]!) + Math.abs(on.data[i + 1]! - off.data[i + 1]!) >
          24
        )
          changed++;
      // The text is light on a dark box: a good share of the box's pixels change.
      expect(changed / (on.width * on.height), `pixels of "${shown[k]!.text}"`).toBeGreaterThan(
        0.12,
      );
    });
  });

  test('draws again at a new pixel ratio with no resize (another screen, or zoom)', async () => {
    await whenDrawn(page);
    const canvas = page.locator('.viewport canvas');
    const cssWidth = Math.round((await canvas.boundingBox())!.width);
    expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBe(cssWidth);
    const labelsAt1 = await page.evaluate(() => globalThis.__painbrake3d!.labels().length);
    // The same window size in CSS pixels, at twice the density: no element changes size.
    const cdp = await page.context().newCDPSession(page);
    // Headless Chromium takes the new ratio but tells no resolution query that it changed, as a
    // browser does when its window moves to another screen: the test tells them.
    const tellQueries = () =>
      page.evaluate(() => {
        const queries = (window as unknown as { __resolutionQueries: MediaQueryList[] })
          .__resolutionQueries;
        for (const query of queries.splice(0)) query.dispatchEvent(new Event('change'));
      });
    try {
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: 1280,
        height: 720,
        deviceScaleFactor: 2,
        mobile: false,
      });
      await tellQueries();
      await expect
        .poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width))
        .toBe(2 * cssWidth);
      await expect
        .poll(() => page.evaluate(() => globalThis.__painbrake3d!.labels().length))
        .toBe(labelsAt1);
    } finally {
      // Back to the page's own emulation: Playwright sends it again on a change of size.
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await cdp.detach();
      await page.setViewportSize({ width: 1281, height: 720 });
      await page.setViewportSize({ width: 1280, height: 720 });
      await tellQueries();
    }
    await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBe(cssWidth);
  });

  test('exports the view as a PNG at screen size and at 2x', async () => {
    await whenDrawn(page);
    const box = (await page.locator('.viewport canvas').boundingBox())!;
    for (const [name, scale] of [
      ['PNG', 1],
      ['PNG 2\u00d7', 2],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      const path = `${screenshotDir}brain3d-export-${scale}x.png`;
      await download.saveAs(path);
      const size = pngSize(path);
      expect(size.width).toBe(Math.round(box.width * scale));
      expect(size.height).toBe(Math.round(box.height * scale));
      if (scale !== 1) continue;
      // At 1x the image is the picture on screen, labels included: compare their boxes.
      const exported = PNG.sync.read(readFileSync(path));
      const onScreen = PNG.sync.read(await page.locator('.viewport canvas').screenshot());
      const labels = await page.evaluate(() => globalThis.__painbrake3d!.labels());
      expect(labels.length).toBeGreaterThan(5);
      let differ = 0;
      let total = 0;
      for (const label of labels)
        for (let y = Math.round(label.top); y < label.top + label.height; y++)
          for (let x = Math.round(label.left); x < label.left + label.width; x++) {
            const i = (y * exported.width + x) * 4;
            const j = (y * onScreen.width + x) * 4;
            total++;
            if (Math.abs(exported.data[i]! - onScreen.data[j]!) > 40) differ++;
          }
      expect(
        differ / total,
        'label pixels that differ between the image and the screen',
      ).toBeLessThan(0.05);
    }
  });

  test('selects a region by keyboard and shows it in the inspector', async () => {
    await whenDrawn(page);
    const list = page.getByRole('listbox', { name: 'Regions in the 3D view' });
    await list.focus();
    await page.keyboard.press('Home');
    await expect(list).toHaveAttribute('aria-activedescendant', 'b3d-region-nociceptor');
    // Move to the PAG with the arrow keys, then select it.
    for (let i = 0; i < 30; i++) {
      if ((await list.getAttribute('aria-activedescendant')) === 'b3d-region-pag') break;
      await page.keyboard.press('ArrowDown');
    }
    await expect(list).toHaveAttribute('aria-activedescendant', 'b3d-region-pag');
    await expect(page.locator('#b3d-region-pag')).toContainText(/untreated/);
    await page.keyboard.press('Enter');
    await expect(page.locator('#b3d-region-pag')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => stateParams(page.url()).get('node')).toBe('pag');
    await page.screenshot({ path: `${screenshotDir}brain3d-keyboard.png` });
  });

  test('markers follow a treatment change', async () => {
    await whenDrawn(page);
    const errorsBefore = errors.length;
    const before = await marker(page, 'dh-projection');
    const pagBefore = await marker(page, 'pag');
    await page.locator('input[name="dul-dose"][value="60"]').check();
    await page.locator('input[name="acu-mode"][value="ea-2-100hz"]').check();
    await expect
      .poll(async () => (await marker(page, 'dh-projection')).scale)
      .toBeLessThan(before.scale!);
    expect((await marker(page, 'dh-projection')).colour).not.toBe(before.colour);
    await expect
      .poll(async () => (await marker(page, 'pag')).scale)
      .toBeGreaterThan(pagBefore.scale!);
    // fMRI mode colours by BOLD: the dorsal horn's fall shows as a blue marker.
    await page.getByRole('radio', { name: 'Simulated fMRI' }).check();
    await expect(page.getByText(/simulation of what a (brain )?scanner/i)).toBeVisible();
    const fmri = await marker(page, 'dh-projection');
    const blue = Number.parseInt(fmri.colour!.slice(5, 7), 16);
    const red = Number.parseInt(fmri.colour!.slice(1, 3), 16);
    expect(blue).toBeGreaterThan(red);
    await page.screenshot({ path: `${screenshotDir}brain3d-fmri.png` });
    const newErrors = errors.slice(errorsBefore);
    expect(newErrors, newErrors.join('\n')).toEqual([]);
  });

  test('passes axe and looks right at laptop size', async () => {
    await whenDrawn(page);
    const errorsBefore = errors.length;
    // As a link with duloxetine 60 mg and electroacupuncture opens (the marker check set them),
    // coloured by activity.
    await page.locator('input[name="dul-dose"][value="60"]').check();
    await page.locator('input[name="acu-mode"][value="ea-2-100hz"]').check();
    await page.locator('input[name="b3d-mode"][value="activity"]').check();
    await expect(page.getByText(/simulation of what a (brain )?scanner/i)).toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    const report = results.violations.map((v) => `${v.id}: ${v.help}`).join('\n');
    expect(results.violations, report).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}brain3d-laptop.png`, fullPage: true });
    const newErrors = errors.slice(errorsBefore);
    expect(newErrors, newErrors.join('\n')).toEqual([]);
  });

  test('says so when the WebGL context is lost, and comes back when it is restored', async () => {
    await whenDrawn(page);
    await page.evaluate(() => globalThis.__painbrake3d!.loseContext());
    await expect(page.getByRole('alert')).toContainText(/lost its graphics context/);
    expect((await stats(page)).contextLost).toBe(true);
    // The rest of the app keeps working meanwhile.
    await page.locator('input[name="dul-dose"][value="30"]').check();
    // Drawing pauses while the canvas is scrolled out of view: bring it back before restoring.
    await page.getByRole('application', { name: /3D brain view/ }).scrollIntoViewIfNeeded();
    const rendersBefore = (await stats(page)).renders;
    await page.evaluate(() => globalThis.__painbrake3d!.restoreContext());
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect.poll(async () => (await stats(page)).renders).toBeGreaterThan(rendersBefore);
    expect((await stats(page)).contextLost).toBe(false);
    await page.screenshot({ path: `${screenshotDir}brain3d-restored.png` });
  });

  test('preset views, camera keys and the camera in the URL', async () => {
    await whenDrawn(page);
    await page.getByRole('button', { name: 'Top', exact: true }).click();
    await expect.poll(async () => (await camera(page)).position[1]).toBeGreaterThan(250);
    await page.getByRole('button', { name: 'Midline', exact: true }).click();
    await expect.poll(async () => (await camera(page)).cut).toBe(true);
    await expect.poll(async () => (await camera(page)).position[0]).toBeLessThan(-250);
    await expect.poll(() => stateParams(page.url()).get('cam')).toMatch(/,cut$/);
    await page.screenshot({ path: `${screenshotDir}brain3d-midline.png` });

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(async () => (await camera(page)).cut).toBe(false);
    const viewport = page.getByRole('application', { name: /3D brain view/ });
    await viewport.focus();
    const start = await camera(page);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await camera(page)).position).not.toEqual(start.position);
    const turned = await camera(page);
    const distance = (c: Camera) => Math.hypot(...c.position.map((v, i) => v - c.target[i]!));
    await page.keyboard.press('+');
    await expect.poll(async () => distance(await camera(page))).toBeLessThan(distance(turned));

    // The camera survives a reload through the URL (once the URL has caught up with it).
    const saved = await camera(page);
    const savedText = [...saved.position, ...saved.target].join(',');
    await expect
      .poll(() => stateParams(page.url()).get('cam'))
      .toBe(saved.cut ? `${savedText},cut` : savedText);
    await page.reload();
    await whenDrawn(page);
    expect(await camera(page)).toEqual(saved);
  });

  test('frees every GPU resource when the view closes', async () => {
    await whenDrawn(page);
    const open = await stats(page);
    // The atlas and the cord are drawn in a few batched meshes; with the markers, pathways and
    // links that is still several geometries, every one of which must go.
    expect(open.geometries).toBeGreaterThan(5);
    await page.getByRole('radio', { name: /whole pathway/i }).check();
    await expect.poll(() => page.evaluate(() => globalThis.__painbrake3d!.disposed)).toBe(true);
    const closed = await stats(page);
    expect(closed.geometries).toBe(0);
    expect(closed.textures).toBe(0);
    // And it opens again cleanly.
    await page.getByRole('radio', { name: /3D/ }).check();
    await whenDrawn(page);
  });
});

test('passes axe and looks right at phone size', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openBrain(page, '&dul=60&acu=ea-2-100hz');
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    const report = results.violations.map((v) => `${v.id}: ${v.help}`).join('\n');
    expect(results.violations, report).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}brain3d-phone.png`, fullPage: true });
    expect(errors, errors.join('\n')).toEqual([]);
  } finally {
    await context.close();
  }
});

test('explains that 3D needs WebGL when the browser has none, and the 2D views still work', async ({
  browser,
}) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // A browser without WebGL: every request for a WebGL context gets nothing.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        kind: string,
        ...rest: unknown[]
      ) {
        if (/webgl/i.test(kind)) return null;
        return (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    await page.goto('/#view=brain3d');
    await expect(page.getByText(/needs WebGL/i)).toBeVisible();
    expect(await page.evaluate(() => globalThis.__painbrake3d === undefined)).toBe(true);
    await page.getByRole('radio', { name: 'Whole pathway' }).check();
    await expect(page.locator('[data-node="dh-projection"]')).toBeVisible();
    await page.locator('input[name="dul-dose"][value="60"]').check();
    await expect(page.locator('[data-node="dh-projection"]')).toHaveAttribute(
      'aria-label',
      /below untreated/,
    );
    await page.screenshot({ path: `${screenshotDir}brain3d-no-webgl.png` });
    expect(errors, errors.join('\n')).toEqual([]);
  } finally {
    await context.close();
  }
});
