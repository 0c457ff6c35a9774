// Tablets at the bedside: at 820x1180 (portrait) and 1024x768 (landscape) the treatments sit in a
// column beside the pathway, so the pathway's top and the treatment choices share the first
// screen, and the treatments' column scrolls on its own so the picture stays in view; a chosen
// node's explanation opens over the picture (the panels follow the lanes).
import { expect, expectNoAxeViolations, shotPath, test } from './support/harness.ts';
import { stageNode } from './support/explorer.ts';

const TABLETS = [
  { name: 'portrait', viewport: { width: 820, height: 1180 } },
  { name: 'landscape', viewport: { width: 1024, height: 768 } },
] as const;

for (const { name, viewport } of TABLETS)
  test(`a tablet, ${name} (${viewport.width}x${viewport.height}): pathway and treatments on the first screen`, async ({
    open,
  }) => {
    const { page } = await open('/?c=fibromyalgia&ami=25', {
      viewport,
      hasTouch: true,
      isMobile: false,
    });
    const stage = page.locator('.stage svg').first();
    await expect(stage).toBeVisible();
    await expect(stageNode(page, 'pag')).toBeVisible();
    const top = (await stage.boundingBox())!.y;
    expect(top, 'the pathway starts on the first screen').toBeLessThan(viewport.height - 120);
    // The treatment choices: the condition, and the first treatment's options, beside it.
    const condition = page.getByRole('radio', { name: 'Fibromyalgia' });
    await expect(condition).toBeInViewport();
    await expect(page.getByRole('heading', { name: 'Acupuncture' })).toBeInViewport();
    const [stageBox, conditionBox] = [await stage.boundingBox(), await condition.boundingBox()];
    expect(conditionBox!.x + conditionBox!.width).toBeLessThanOrEqual(stageBox!.x);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
    await page.screenshot({ path: shotPath(`tablet-${name}`) });
    await expectNoAxeViolations(page, `a ${name} tablet`);

    // The treatments' column scrolls on its own: down at duloxetine, the pathway stays in view.
    const duloxetine60 = page.getByRole('radio', { name: '60 mg' });
    await duloxetine60.scrollIntoViewIfNeeded();
    await duloxetine60.check();
    await expect(duloxetine60).toBeInViewport();
    await expect(stage).toBeInViewport();
    expect((await stage.boundingBox())!.y).toBe(top);
    await expect(page).toHaveURL(/dul=60/);

    // A node's explanation opens over the picture.
    await stageNode(page, 'pag').tap();
    const sheet = page.locator('[data-node-sheet]');
    await expect(sheet).toBeInViewport({ ratio: 1 });
    await expect(sheet.getByRole('heading', { name: 'Brake switch' })).toBeVisible();
    await expect(stageNode(page, 'pag')).toBeInViewport();
  });
