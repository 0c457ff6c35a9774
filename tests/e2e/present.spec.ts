// The lecture, end to end: presentation mode on a 720p and a 1080p projector (every node of the
// pathway on screen, the step's words at 24 px or more, clicker keys step and come back, B blacks
// out, Escape leaves), the speaker notes' window kept in step both ways (and after a reload), the
// embedded frame at 640x360, the dark theme's label contrast measured in pixels (axe cannot see
// inside SVG), and axe in each. Screenshots of presentation mode, light and dark, at both sizes go
// to artifacts/screenshots/.
import type { Page } from '@playwright/test';
import {
  PROJECTOR,
  collectErrors,
  expect,
  expectNoAxeViolations,
  shotPath,
  test,
  stateParams,
} from './support/harness.ts';

const HD_720 = { width: 1280, height: 720 } as const;
const STORY = '/?present=1&story=pain-brake&aud=student';

const step = (page: Page) => stateParams(page.url()).get('step');
const present = (page: Page) => page.locator('[data-present]');

/** Waits until the pathway's nodes are all drawn. */
async function pathwayDrawn(page: Page) {
  await expect(page.locator('[data-node]')).toHaveCount(23);
}

/** The WCAG contrast of the most contrasting pixel against the commonest in a PNG (in the page). */
function contrastIn(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
    }
    const luminance = (rgb: number) => {
      const [r, g, b] = [rgb >> 16, (rgb >> 8) & 255, rgb & 255].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const background = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const lb = luminance(background);
    let best = 1;
    for (const rgb of counts.keys()) {
      const l = luminance(rgb);
      best = Math.max(best, (Math.max(l, lb) + 0.05) / (Math.min(l, lb) + 0.05));
    }
    return best;
  }, png.toString('base64'));
}

for (const [name, viewport] of [
  ['720p', HD_720],
  ['1080p', PROJECTOR],
] as const) {
  test(`presentation at ${name}: the whole pathway on screen, large words, keys step and leave`, async ({
    open,
  }) => {
    const { page } = await open(STORY, { viewport });
    await expect(present(page)).toBeVisible();
    await pathwayDrawn(page);
    for (const node of await page.locator('[data-node]').all())
      await expect(node).toBeInViewport({ ratio: 1 });
    const size = await page
      .locator('[data-present-words] .text')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await page.mouse.move(10, 10);
    await page.screenshot({ path: shotPath(`present-${name}-light`) });

    await page.keyboard.press('PageDown');
    await expect.poll(() => step(page)).toBe('2');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => step(page)).toBe('3');
    await page.keyboard.press('PageUp');
    await expect.poll(() => step(page)).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => step(page)).toBe('1');
    await page.keyboard.press('3');
    await expect.poll(() => step(page)).toBe('3');

    await page.keyboard.press('b');
    await expect(page.locator('[data-blackout]')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'blacked out' })).toHaveCount(1);
    await page.keyboard.press('PageDown'); // waits behind the black
    await expect.poll(() => step(page)).toBe('3');
    await page.keyboard.press('b');
    await expect(page.locator('[data-blackout]')).toHaveCount(0);
    await page.keyboard.press('.');
    await expect(page.locator('[data-blackout]')).toBeVisible();
    await page.keyboard.press('Escape'); // ends the blackout first
    await expect(page.locator('[data-blackout]')).toHaveCount(0);
    await expect(present(page)).toBeVisible();

    // The strip stays while focused (a resting strip fades out, its colours in between).
    await page.locator('[data-present-next]').focus();
    await expectNoAxeViolations(page, `presentation at ${name}`);
    await page.keyboard.press('Escape');
    await expect(present(page)).toHaveCount(0);
    await expect(page.locator('header.top')).toBeVisible();
    await expect.poll(() => stateParams(page.url()).get('present')).toBeNull();
  });

  test(`presentation at ${name} in the dark theme: labels at 7:1 or more`, async ({ open }) => {
    const { page } = await open(`${STORY}&theme=dark&dul=60`, { viewport });
    await pathwayDrawn(page);
    await page.mouse.move(10, 10);
    await page.screenshot({ path: shotPath(`present-${name}-dark`) });
    const names = page.locator('[data-node] text.name');
    expect(await names.count()).toBeGreaterThan(10);
    for (const label of await names.all()) {
      const contrast = await contrastIn(page, await label.screenshot());
      expect(contrast, (await label.textContent()) ?? '').toBeGreaterThanOrEqual(7);
    }
    await page.locator('[data-present-next]').focus();
    await expectNoAxeViolations(page, `dark presentation at ${name}`);
  });
}

test('outside a story, the keys step the course clock a week at a time', async ({ open }) => {
  const { page } = await open('/?present=1&dul=60', { viewport: HD_720 });
  await pathwayDrawn(page);
  const hours = () => stateParams(page.url()).get('t');
  await page.keyboard.press('PageDown');
  await expect.poll(hours).toBe('1176'); // week 7
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect.poll(hours).toBe('840'); // week 5
  await expect(page.locator('[data-present-words]')).toContainText('Week 5');
});

test('the Present button starts presentation mode', async ({ open }) => {
  const { page } = await open('/', { viewport: HD_720 });
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(present(page)).toBeVisible();
  await expect.poll(() => stateParams(page.url()).get('present')).toBe('1');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(present(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

test('speaker notes follow the presentation both ways, through reloads', async ({ open }) => {
  test.setTimeout(90_000);
  const { page, context } = await open(`${STORY}&step=1`, { viewport: HD_720 });
  await pathwayDrawn(page);
  let notesErrors: string[] = [];
  context.on('page', (opened) => (notesErrors = collectErrors(opened)));
  const [notes] = await Promise.all([
    context.waitForEvent('page'),
    page.locator('[data-present-notes]').click(),
  ]);
  const notesStep = notes.locator('[data-notes-step]');
  await expect(notesStep).toHaveAttribute('data-notes-step', 'signal');
  await expect(notes.getByRole('heading', { name: 'What to say' })).toBeVisible();
  await expect(notes.locator('[data-timer]')).toHaveText(/^\d+:\d\d$/);

  await notes.locator('[data-notes-next]').click();
  await expect.poll(() => step(page)).toBe('2');
  await expect(notesStep).toHaveAttribute('data-notes-step', 'brake');

  await page.keyboard.press('PageDown');
  await expect(notesStep).toHaveAttribute('data-notes-step', 'on-off');
  // The address follows a moment later (its writes are throttled): reload once it has.
  await expect.poll(() => step(page)).toBe('3');

  await notes.reload();
  await expect(notes.locator('[data-notes-step]')).toHaveAttribute('data-notes-step', 'on-off');
  await page.reload();
  await pathwayDrawn(page);
  await notes.locator('[data-notes-previous]').click();
  await expect.poll(() => step(page)).toBe('2');
  await expect(notes.locator('[data-notes-step]')).toHaveAttribute('data-notes-step', 'brake');
  await expect(notes.getByText(/Source:/).first()).toBeVisible();
  await expectNoAxeViolations(notes, 'the speaker notes');
  expect(notesErrors, 'errors in the speaker notes').toEqual([]);
});

test('embed at 640x360: the picture and its caption, no banner, no sideways scroll', async ({
  open,
}) => {
  const { page } = await open('/?embed=1&dul=60', { viewport: { width: 640, height: 360 } });
  await pathwayDrawn(page);
  await expect(page.locator('header.top')).toHaveCount(0);
  await expect(page.locator('.disclaimer')).toHaveCount(0);
  const link = page.getByRole('link', { name: /Open in PainBrake/ });
  await expect(link).toHaveAttribute('target', '_blank');
  expect(
    stateParams(new URL((await link.getAttribute('href'))!, page.url()).href).get('embed'),
  ).toBeNull();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  await expectNoAxeViolations(page, 'the embedded frame');
});

test('the dark theme: chosen by switch and link, followed from the system', async ({ open }) => {
  const { page } = await open('/', { viewport: HD_720, colorScheme: 'dark' });
  const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect.poll(paper).toBe('rgb(16, 20, 24)');
  await expectNoAxeViolations(page, 'the explorer in the dark theme');
  await page.getByRole('switch', { name: 'Dark' }).uncheck();
  await expect.poll(paper).toBe('rgb(255, 255, 255)');
  await expect.poll(() => stateParams(page.url()).get('theme')).toBe('light');
});

test('forced colours: the drawing, the chosen options and the main action stay readable', async ({
  open,
}) => {
  // Axe over the whole explorer in forced colours is heavy on a busy two-core machine.
  test.setTimeout(90_000);
  const { page } = await open('/?dul=60&aud=student', { viewport: HD_720, forcedColors: 'active' });
  await pathwayDrawn(page);
  const text = await page.evaluate(() => getComputedStyle(document.body).color);
  // SVG fills are not forced by the browser: the drawing's words take the system's text colour.
  const label = page.locator('[data-node] text.name').first();
  await expect.poll(() => label.evaluate((el) => getComputedStyle(el).fill)).toBe(text);
  // A chosen option keeps its mark: the highlight pair, words and fill apart.
  const chosen = page.locator('label.chosen').first();
  const [colour, fill] = await chosen.evaluate((el) => {
    const style = getComputedStyle(el);
    return [style.color, style.backgroundColor];
  });
  expect(colour).not.toBe(fill);
  expect(fill).not.toBe('rgba(0, 0, 0, 0)');
  await expectNoAxeViolations(page, 'the explorer in forced colours');
});
