// Every screen in Firefox ESR (headless), as tests/e2e/trust.spec.ts and the axe checks walk them
// in Chromium: the synapse close-up, the share dialog, compare, the handout, presentation and the
// embed keep to the Content-Security-Policy with no console error; and axe (axe-core, the same
// rules as the Chromium suite) finds nothing on the first screen, in each panel, in the synapse
// close-up and in the share dialog. (The 3D view, which needs WebGL, is tests/firefox/brain3d.)
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { expectClean, firefoxPerTest, type OpenedPage } from './support/firefox.ts';
import { panelTab, stageNode, waitForAttribute, waitForText } from './support/explorer.ts';

/** The rules the Chromium suite runs (tests/e2e/support/harness.ts, AXE_TAGS). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const PANELS = [
  { id: 'inspector', heading: 'Spinal pain relay' },
  { id: 'networks', heading: 'Brain networks' },
  { id: 'effects', heading: 'Effects and side effects' },
  { id: 'evidence', heading: 'Evidence' },
  { id: 'about', heading: 'About this simulation' },
] as const;
const VIEW_SWITCH = (view: string) => `label:has(> input[name="view"][value="${view}"])`;

declare global {
  var axe:
    | {
        run(
          context: Document,
          options: { runOnly: { type: 'tag'; values: string[] } },
        ): Promise<{
          violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
        }>;
      }
    | undefined;
}

const firefox = firefoxPerTest();

/** Opens the explorer at `path` in a fresh context (closed after the test) once it is drawn. */
async function open(path: string): Promise<OpenedPage> {
  const result = await firefox.open(path);
  await result.page.waitForSelector(stageNode('dh-projection'), { visible: true, timeout: 20_000 });
  return result;
}

/** axe's violations on the page as it is now, one line each ('' when there are none). */
async function axeReport(page: Page): Promise<string> {
  // Evaluated by the driver, not loaded by the page: the page's policy allows no outside script.
  if (!(await page.evaluate(() => globalThis.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      globalThis
        .axe!.run(document, { runOnly: { type: 'tag', values: tags } })
        .then((result) =>
          result.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          ),
        ),
    AXE_TAGS,
  );
  return violations.join('\n');
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const report = await axeReport(page);
  expect(report, `axe in Firefox, ${where}:\n${report}`).toBe('');
}

describe('Firefox: every screen', () => {
  it('the synapse, share, compare, handout, presentation and embed keep to the policy', async () => {
    const explorer = await open('/#dul=60&ami=25');
    const { page } = explorer;
    await page.click(VIEW_SWITCH('synapse'));
    await page.waitForSelector('[data-testid="synapse-caption"]', { visible: true });
    await page.click('[data-share-open]');
    await page.waitForSelector('dialog[data-share] svg.qr', { visible: true });
    await page.keyboard.press('Escape');
    await page.click('[data-compare-open]');
    await page.waitForSelector('[data-compare]', { visible: true, timeout: 20_000 });
    await expectClean(explorer);
    for (const [state, selector] of [
      ['handout=1', '[data-handout]'],
      ['present=1', '[data-present]'],
      ['embed=1', '[data-node="pag"]'],
    ] as const) {
      // Each as a link opens it: a document of its own.
      const screen = await firefox.open(`/#dul=60&${state}`);
      await screen.page.waitForSelector(selector, { visible: true, timeout: 20_000 });
      await expectClean(screen);
    }
  });

  it('axe finds nothing on the first screen, in each panel, the synapse and the share dialog', async () => {
    const explorer = await open('/#dul=60&acu=ea-2-100hz');
    const { page } = explorer;
    await expectNoAxeViolations(page, 'the first screen');
    for (const panel of PANELS) {
      await page.click(panelTab(panel.id));
      await waitForAttribute(page, panelTab(panel.id), 'aria-selected', /^true$/);
      // The panel's own heading: its content (loaded on first opening) is on screen.
      await waitForText(page, `#panel-${panel.id} h2`, new RegExp(`^${panel.heading}$`));
      await expectNoAxeViolations(page, `the ${panel.id} panel`);
    }
    await page.click(VIEW_SWITCH('synapse'));
    await page.waitForSelector('[data-testid="synapse-caption"]', { visible: true });
    await expectNoAxeViolations(page, 'the synapse close-up');
    await page.click('[data-share-open]');
    await page.waitForSelector('dialog[data-share] svg.qr', { visible: true });
    await expectNoAxeViolations(page, 'the share dialog');
    await expectClean(explorer);
    // And axe does report what is there to find: a field with no name.
    await page.keyboard.press('Escape');
    await page.evaluate(() =>
      document.querySelector('main')!.append(document.createElement('input')),
    );
    expect(await axeReport(page)).toMatch(/^label: /m);
  });
});
