// The explorer in Firefox ESR (headless): it loads and draws the pathway's nodes without a console
// error, an uncaught error or a Content-Security-Policy violation; a Spanish link sets the page's
// language; the build opened straight from disk (file://, as from a USB stick) shows the app or a
// message saying how to open it, never a blank page; and the CSP recorder does see a violation
// when one happens. Then the main journeys, as tests/e2e/explorer.spec.ts walks them in Chromium:
// duloxetine 60 mg changes the pathway; the keyboard alone picks the dose and moves the course
// clock; every panel opens with its content; a reload restores the view from the address. Every
// test ends with no console error, uncaught error or CSP violation. One browser serves them all.
//
// The address is checked only through page.url() and patterns for its keys (/dul=60/), never
// through the query string itself: the view state may live in the query or after "#".
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import {
  appUrl,
  cspViolations,
  expectClean,
  firefoxPerTest,
  shotPath,
  type OpenedPage,
} from './support/firefox.ts';
import {
  COURSE_SLIDER,
  OPEN_PANEL,
  SIMULATING,
  attributeOf,
  doseRadio,
  isChecked,
  isVisible,
  panelTab,
  stageNode,
  tabUntilFocused,
  textOf,
  waitForAnyVisible,
  waitForAttribute,
  waitForText,
} from './support/explorer.ts';

/** The nodes of the descending brake, from the midbrain to the spinal cord. */
const PATHWAY_NODES = ['pag', 'rvm-on', 'rvm-off', 'dh-projection'] as const;
/** How long a person would wait before calling a page blank. */
const SETTLE_MS = 3_000;
/** Week 0, nothing selected: the journeys move the clock and select a node themselves. */
const FRESH_START = '/?t=0&node=none';
const DH = 'dh-projection';

const PANELS = [
  { id: 'inspector', tab: 'Node', heading: 'Spinal pain relay' },
  { id: 'networks', tab: 'Networks', heading: 'Brain networks' },
  { id: 'effects', tab: 'Effects', heading: 'Effects and side effects' },
  { id: 'evidence', tab: 'Evidence', heading: 'Evidence' },
  { id: 'about', tab: 'About', heading: 'About this simulation' },
] as const;

/** Opens `path` in a fresh context, closed after the test. */
const { open } = firefoxPerTest();

/** Opens the explorer at `path` and waits for the stage to draw. */
async function openExplorer(path: string): Promise<OpenedPage> {
  const result = await open(path);
  await result.page.waitForSelector(stageNode(DH), { visible: true, timeout: 20_000 });
  return result;
}

describe('Firefox: the explorer loads', () => {
  it('draws the pathway (PAG, RVM, dorsal horn) in the stage cleanly', async () => {
    const explorer = await open('/');
    const { page } = explorer;
    await page.waitForSelector('h1', { visible: true });
    for (const id of PATHWAY_NODES) {
      // Each node is an element of the stage's SVG, with a box on screen and a spoken name.
      const selector = `svg ${stageNode(id)}`;
      await page.waitForSelector(selector, { visible: true, timeout: 20_000 });
      const box = await page.$eval(selector, (node) => {
        const rect = node.getBoundingClientRect();
        return { width: rect.width, height: rect.height };
      });
      expect(box.width, id).toBeGreaterThan(0);
      expect(box.height, id).toBeGreaterThan(0);
      const label = await page.$eval(selector, (node) => node.getAttribute('aria-label') ?? '');
      expect(label, id).toMatch(/untreated/);
    }
    expect(await page.$$eval('svg [data-node]', (nodes) => nodes.length)).toBeGreaterThanOrEqual(
      20,
    );
    await page.screenshot({ path: shotPath('explorer'), fullPage: true });
    await expectClean(explorer);
  });

  it('sets <html lang> to es for a Spanish link', async () => {
    const spanish = await open('/?lang=es');
    const { page } = spanish;
    await page.waitForFunction(() => document.documentElement.lang === 'es', { timeout: 15_000 });
    await page.waitForSelector(stageNode('pag'), { visible: true });
    expect(await isVisible(page, 'h1')).toBe(true);
    // The words follow the language: the explorer's tagline is no longer the English one.
    const tagline = await page.$eval('.tagline', (p) => (p as HTMLElement).innerText);
    expect(tagline).not.toMatch(/pain brake/i);
    await expectClean(spanish);
  });

  it('from disk (file://): shows the app or a message on how to open it, never a blank page', async () => {
    const address = pathToFileURL(join(inject('distDir'), 'index.html')).href;
    const fromDisk = await open(address);
    const { page } = fromDisk;
    // Either the stage draws, or the message shows (a page may keep it hidden for a few seconds
    // while the app starts).
    await waitForAnyVisible(page, [stageNode('pag'), '#no-app'], 20_000);
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));

    await page.screenshot({ path: shotPath('from-disk') });
    const bodyText = await page.evaluate(() => document.body.innerText.trim());
    expect(bodyText.length, 'the visible text of the page').toBeGreaterThan(0);
    const showsApp = await isVisible(page, stageNode('pag'));
    const showsMessage = await isVisible(page, '#no-app');
    expect(
      showsApp || showsMessage,
      `the stage (${showsApp}) or the #no-app message (${showsMessage}) is visible`,
    ).toBe(true);
    // When the browser refuses to run the app from file:// it may say so in the console, and the
    // message is the page's answer; when the app runs, it runs cleanly.
    await expectClean(fromDisk, { consoleErrors: showsApp });
  });

  it('records a CSP violation when a page breaks its policy (so the checks above can fail)', async () => {
    const html =
      `<meta http-equiv="Content-Security-Policy" content="img-src 'none'">` +
      `<img src="${appUrl('/nothing.png')}" alt=""><p>policed</p>`;
    const policed = await open(`data:text/html,${encodeURIComponent(html)}`);
    await expect
      .poll(() => cspViolations(policed.page))
      .toEqual([expect.stringMatching(/^img-src blocked .*nothing\.png/)]);
  });
});

describe('Firefox: explorer journeys', () => {
  it('switching on duloxetine 60 mg changes the narration and the dorsal horn', async () => {
    const explorer = await openExplorer('/');
    const { page } = explorer;
    await waitForText(page, SIMULATING, /^Simulating: no treatment\.$/);
    const untreated = await attributeOf(page, stageNode(DH), 'aria-label');
    expect(untreated).toMatch(/the same as untreated$/);

    await page.click(doseRadio('dul', 60));
    expect(await isChecked(page, doseRadio('dul', 60))).toBe(true);
    await waitForText(page, SIMULATING, /^Simulating: duloxetine 60 mg each morning\.$/);
    // At week 6 (the default time) the brake is stronger: less leaves the spinal cord.
    await waitForAttribute(page, stageNode(DH), 'aria-label', /\d+% below untreated$/);
    await expect.poll(() => page.url()).toMatch(/dul=60/);
    await expectClean(explorer);
  });

  it('keyboard only: Tab to the dose, arrows to 60 mg, Page Up and Shift+L on the course clock', async () => {
    const explorer = await openExplorer(FRESH_START);
    const { page } = explorer;

    // The duloxetine doses are a radio group: Tab lands on the chosen chip ("Off").
    await tabUntilFocused(page, 'input[name="dul-dose"]');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('0');
    await page.keyboard.press('ArrowRight'); // 30 mg
    await page.keyboard.press('ArrowRight'); // 60 mg
    expect(await isChecked(page, doseRadio('dul', 60))).toBe(true);
    await waitForText(page, SIMULATING, /duloxetine 60 mg/);

    // On to the course clock's scrubber: Page Up moves a week, Shift+L (the shortcut) one more.
    await tabUntilFocused(page, COURSE_SLIDER);
    expect(await attributeOf(page, COURSE_SLIDER, 'aria-valuetext')).toBe('Week 0, day 1, 00:00');
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
    await waitForAttribute(page, COURSE_SLIDER, 'aria-valuetext', /^Week 5, day 1, 00:00$/);
    await expect.poll(() => page.url()).toMatch(/[?#&]t=840(&|$)/);
    await page.keyboard.down('Shift');
    await page.keyboard.press('L');
    await page.keyboard.up('Shift');
    await waitForAttribute(page, COURSE_SLIDER, 'aria-valuetext', /^Week 6, day 1, 00:00$/);
    expect(await page.$eval(COURSE_SLIDER, (input) => (input as HTMLInputElement).value)).toBe(
      String(6 * 168),
    );
    // The dorsal horn follows the clock: at week 6 on 60 mg it is below untreated.
    await waitForAttribute(page, stageNode(DH), 'aria-label', /below untreated$/);
    // Week 6 is the clock's default, which the address leaves out.
    await expect.poll(() => page.url()).not.toMatch(/[?#&]t=/);
    expect(page.url()).toMatch(/dul=60/);
    await expectClean(explorer);
  });

  it('every panel (Node, Networks, Effects, Evidence, About) opens with its content', async () => {
    const explorer = await openExplorer('/?dul=60&acu=ea-2-100hz');
    const { page } = explorer;
    for (const panel of PANELS) {
      await page.click(panelTab(panel.id));
      await waitForAttribute(page, panelTab(panel.id), 'aria-selected', /^true$/);
      expect(await textOf(page, panelTab(panel.id))).toBe(panel.tab);
      // The panel's content is loaded on first opening: wait for its heading.
      await waitForText(page, `${OPEN_PANEL} h2`, new RegExp(`^${panel.heading}$`));
      expect(await attributeOf(page, OPEN_PANEL, 'id')).toBe(`panel-${panel.id}`);
      const text = await textOf(page, OPEN_PANEL);
      expect(text.length, `the ${panel.tab} panel's text`).toBeGreaterThan(200);
      if (panel.id !== 'inspector')
        await expect.poll(() => page.url()).toMatch(`panel=${panel.id}`);
    }
    await expectClean(explorer);
  });

  it('a reload restores the treatment, the clock, the node and the panel from the address', async () => {
    const explorer = await openExplorer(FRESH_START);
    const { page } = explorer;
    await page.click(doseRadio('dul', 60));
    await page.click(stageNode('pag'));
    await waitForAttribute(page, stageNode('pag'), 'aria-pressed', /^true$/);
    await page.click(panelTab('effects'));
    await waitForText(page, `${OPEN_PANEL} h2`, /^Effects and side effects$/);
    await page.focus(COURSE_SLIDER);
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
    await waitForAttribute(page, COURSE_SLIDER, 'aria-valuetext', /^Week 3, day 1, 00:00$/);
    const pagBefore = await attributeOf(page, stageNode('pag'), 'aria-label');

    // The address catches up with the view (it is written a little after each change).
    for (const key of [/dul=60/, /node=pag/, /panel=effects/, /[?#&]t=504(&|$)/])
      await expect.poll(() => page.url(), { timeout: 5_000 }).toMatch(key);
    const address = page.url();
    await expectClean(explorer); // the CSP record starts again with the reloaded document

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(stageNode(DH), { visible: true, timeout: 20_000 });
    await waitForAttribute(page, COURSE_SLIDER, 'aria-valuetext', /^Week 3, day 1, 00:00$/);
    expect(await isChecked(page, doseRadio('dul', 60))).toBe(true);
    await waitForText(page, SIMULATING, /^Simulating: duloxetine 60 mg each morning\.$/);
    expect(await attributeOf(page, stageNode('pag'), 'aria-pressed')).toBe('true');
    expect(await attributeOf(page, stageNode(DH), 'aria-pressed')).toBe('false');
    expect(await attributeOf(page, panelTab('effects'), 'aria-selected')).toBe('true');
    await waitForText(page, `${OPEN_PANEL} h2`, /^Effects and side effects$/);
    expect(await attributeOf(page, stageNode('pag'), 'aria-label')).toBe(pagBefore);
    // Nothing was ignored, and the restored view is written back unchanged.
    expect(await page.$$eval('.notices .notice', (notices) => notices.length)).toBe(0);
    expect(page.url()).toBe(address);
    await expectClean(explorer);
  });
});
