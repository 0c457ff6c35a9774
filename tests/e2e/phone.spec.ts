// The phone layout, where cause and effect have to meet on a small screen: Tab follows what is on
// the screen from top to bottom (inside the diagram it follows the pathway instead); tapping a node
// shows its name and explanation over the picture, with the node still in view; while the
// treatments are changed, the pathway's key readings stay at the top of the screen.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, shotPath, test } from './support/harness.ts';
import { DULOXETINE, doseRadio, stageNode } from './support/explorer.ts';

const PHONE_390 = { width: 390, height: 844 } as const;
const ON_A_PHONE = { viewport: PHONE_390, hasTouch: true, isMobile: true } as const;

interface Stop {
  what: string;
  x: number;
  y: number;
  node: string | null;
}

/** Where focus is: a short description and its place on the page (not the screen). */
const focused = (page: Page): Promise<Stop | null> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return null;
    const box = el.getBoundingClientRect();
    const what = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    return {
      what,
      x: Math.round(box.left + scrollX),
      y: Math.round(box.top + scrollY),
      node: el.getAttribute('data-node'),
    };
  });

test('Tab on a phone follows the screen from top to bottom', async ({ open }) => {
  test.setTimeout(120_000);
  const { page } = await open('/?dul=60', { viewport: PHONE_390 });
  await expect(stageNode(page, 'nacc')).toBeVisible();
  const stops: Stop[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (
      stop === null ||
      (stops.length > 0 && stop.y === stops[0]!.y && stop.what === stops[0]!.what)
    )
      break;
    stops.push(stop);
  }
  // Everything a person can reach, the panels at the end included.
  expect(stops.length).toBeGreaterThan(40);
  expect(stops.some((s) => s.what.startsWith('button "Node"'))).toBe(true);
  // The diagram's nodes are one stop on the page's way down (inside, Tab follows the pathway).
  const page_ = stops.filter((s, i) => s.node === null || stops[i - 1]?.node === null);
  const backwards: string[] = [];
  for (let i = 1; i < page_.length; i++) {
    const [before, after] = [page_[i - 1]!, page_[i]!];
    const sameRow = Math.abs(after.y - before.y) < 32 && after.x > before.x;
    if (after.y < before.y - 4 && !sameRow)
      backwards.push(`${before.what} (y ${before.y}) -> ${after.what} (y ${after.y})`);
  }
  expect(backwards).toEqual([]);
  // Inside the diagram: along the pathway, body to brain first.
  const nodes = stops.map((s) => s.node).filter((n) => n !== null);
  expect(nodes.slice(0, 3)).toEqual(['nociceptor', 'dh-projection', 'thalamus']);
});

test('tapping a node on a phone shows its name and explanation over the picture', async ({
  open,
}) => {
  const { page } = await open('/?dul=60', ON_A_PHONE);
  const pag = stageNode(page, 'pag');
  await pag.scrollIntoViewIfNeeded();
  await pag.tap();
  const sheet = page.locator('[data-node-sheet]');
  await expect(sheet).toBeInViewport({ ratio: 1 });
  // Named as on the patient's stage, by what it does, with its anatomical name under it.
  await expect(sheet.getByRole('heading', { name: 'Brake switch' })).toBeVisible();
  await expect(sheet).toContainText('Periaqueductal gray');
  await expect(sheet).toContainText('Simulated now:');
  await expect(sheet).toContainText(/untreated/);
  // The explanation is the region's own words, and the node stays in view above the sheet.
  expect((await sheet.locator('.role').innerText()).split(' ').length).toBeGreaterThan(8);
  await expect(pag).toBeInViewport();
  const [nodeBox, sheetBox] = [await pag.boundingBox(), await sheet.boundingBox()];
  expect(nodeBox!.y + nodeBox!.height).toBeLessThanOrEqual(sheetBox!.y);
  await expectNoAxeViolations(page, 'the node sheet on a phone');
  await page.screenshot({ path: shotPath('phone-node-sheet') });

  await sheet.getByRole('button', { name: 'Close' }).tap();
  await expect(sheet).toHaveCount(0);
  await stageNode(page, 'thalamus').tap();
  await expect(sheet.getByRole('heading', { name: 'Relay station' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  // "More about it" opens the Node panel on the same node.
  await stageNode(page, 'lc').tap();
  await sheet.getByRole('button', { name: 'More about it' }).tap();
  await expect(sheet).toHaveCount(0);
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { name: 'Noradrenaline cells' })).toBeVisible();
  await expect(panel).toContainText('Locus coeruleus');
  await expect(panel).toBeInViewport();
});

test("changing a treatment on a phone: the pathway's readings stay on screen", async ({ open }) => {
  const { page } = await open('/', ON_A_PHONE);
  const dose = doseRadio(page, DULOXETINE, 60);
  await page.locator('section.controls').scrollIntoViewIfNeeded();
  await dose.scrollIntoViewIfNeeded();
  const readout = page.locator('[data-pathway-readout]');
  const spinal = readout.locator('li').first();
  const before = await spinal.innerText();
  await dose.tap();
  await expect(readout).toBeInViewport({ ratio: 0.99 });
  await expect(spinal).not.toHaveText(before);
  await expect(spinal).toContainText('−');
  await expect(dose).toBeInViewport();
  await page.screenshot({ path: shotPath('phone-readout') });
  await expectNoAxeViolations(page, 'the readout over the controls');
});

test('a patient sees fewer regions named, by what they do; a student every short name', async ({
  open,
}) => {
  const { page } = await open('/?dul=60', ON_A_PHONE);
  const names = page.locator('[data-node] text.name');
  await expect(page.locator('[data-node]')).toHaveCount(23);
  // The pathway's main stations, named in words; the rest unnamed until tapped or focused.
  await expect(names).toHaveCount(7);
  // A name may take two lines (one tspan each).
  const nameOf = async (id: string) =>
    (await stageNode(page, id).locator('text.name tspan').allTextContents()).join(' ');
  expect(await nameOf('dh-projection')).toBe('Spinal pain relay');
  expect(await nameOf('pag')).toBe('Brake switch');
  // Every name lies inside the drawing, and no two overlap.
  const boxes = await names.evaluateAll((texts) =>
    texts.map((text) => {
      const box = text.getBoundingClientRect();
      return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    }),
  );
  const svg = (await page.locator('svg[data-layout]').boundingBox())!;
  for (const box of boxes) {
    expect(box.left).toBeGreaterThanOrEqual(svg.x);
    expect(box.right).toBeLessThanOrEqual(svg.x + svg.width);
  }
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(
        true,
      );
  await page.locator('svg[data-layout]').screenshot({ path: shotPath('phone-patient-stage') });
  await expect(stageNode(page, 'dacc').locator('text.name')).toHaveCount(0);
  await stageNode(page, 'dacc').focus();
  await expect(stageNode(page, 'dacc').locator('text.name')).toHaveCount(1);
  expect(await nameOf('dacc')).toBe('Unpleasantness');

  const student = (await open('/?dul=60&aud=student', ON_A_PHONE)).page;
  await expect(student.locator('[data-node] text.name')).toHaveCount(23);
  await expect(stageNode(student, 'pag').locator('text.name')).toHaveText('PAG');
});
