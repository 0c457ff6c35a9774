// The explorer end to end, in Chromium, as a person uses it: pick duloxetine 60 mg, play the
// course to week 6, select the dorsal horn and read its change (by mouse, then by keyboard alone);
// share the URL and get the same view back; a malformed link's notice; reduced motion; a phone;
// axe on every panel, the synapse, the shortcuts help, a notice, a phone and a projector. Every page is checked for
// console errors (see support/harness.ts). Screenshots of the main states go to
// artifacts/screenshots/ for review.
import {
  DESKTOP,
  PHONE,
  PROJECTOR,
  expect,
  expectNoAxeViolations,
  shotPath,
  test,
  type OpenExplorer,
  stateParams,
} from './support/harness.ts';
import {
  ACUPUNCTURE,
  AMITRIPTYLINE,
  CONDITION,
  DULOXETINE,
  changeFromFigure,
  changeFromWords,
  choiceGroup,
  courseSlider,
  courseTime,
  courseWeek,
  doseRadio,
  focusIndicator,
  openPanel,
  parseCourseTime,
  pressUntilFocused,
  readInspector,
  stageCaption,
  stageChange,
  stageNode,
  scrollThroughPage,
} from './support/explorer.ts';
import type { Page } from '@playwright/test';

// The tests are independent: let the workers share them.
test.describe.configure({ mode: 'parallel' });

/** Week 0, nothing selected: the tests then move the clock and select the node themselves. */
const FRESH_START = '/?t=0&node=none';
const DH = 'dh-projection';
const HOURS_PER_WEEK = 168;

/**
 * Checks that the inspector shows the dorsal horn projection neuron's change, at the clock's
 * time, as the same negative percentage the stage gives that node. Returns the percentage.
 */
async function expectDorsalHornReading(page: Page): Promise<number> {
  const reading = await readInspector(page);
  // Patients (the default audience) read the region named by what it does.
  expect(reading.heading).toBe('Spinal pain relay');
  const time = await courseTime(page);
  expect(reading.sentence).toMatch(
    /^Spinal pain relay activity: \d+% below untreated \(Week \d+, .+\)\.$/,
  );
  expect(reading.sentence).toContain(`(${time}).`);
  const fromSentence = changeFromWords(reading.sentence);
  expect(fromSentence).toBeLessThan(0);
  // The big figure says the same with a true minus sign ("−42%").
  expect(reading.figure).toMatch(/^\u2212\d+%$/);
  expect(changeFromFigure(reading.figure)).toBe(fromSentence);
  // ...and so does the stage: the node's accessible name, and its visible value label in a
  // patient's words by the change's size (under 10%, under 35%, more).
  expect(await stageChange(page, DH)).toBe(fromSentence);
  const size = -fromSentence < 10 ? 'a little less' : -fromSentence < 35 ? 'less' : 'much less';
  await expect(stageNode(page, DH).locator('text.value')).toHaveText(`${size} active`);
  return fromSentence;
}

test('mouse: duloxetine 60 mg, play to week 6, select the dorsal horn, read the inspector', async ({
  open,
}) => {
  const { page } = await open(FRESH_START);
  const dh = stageNode(page, DH);
  await expect(dh).toHaveAttribute('aria-label', /the same as untreated$/);
  await expect(page.getByRole('tabpanel', { name: 'Node' })).toContainText('Pick a part');

  await doseRadio(page, DULOXETINE, 60).click();
  await expect(doseRadio(page, DULOXETINE, 60)).toBeChecked();
  await expect(page.getByText('Simulating: duloxetine 60 mg each morning.')).toBeVisible();
  expect(parseCourseTime(await courseTime(page))).toEqual({ week: 0, day: 1, clock: '00:00' });

  // Play at the fastest speed until the clock reads week 6, then pause.
  await page.getByLabel('Speed').selectOption({ label: '1 week/s' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => courseWeek(page), { intervals: [50], timeout: 30_000 }).toBe(6);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const week = await courseWeek(page);
  expect(week).toBeGreaterThanOrEqual(6);
  expect(week).toBeLessThan(12);
  const stoppedAt = await courseSlider(page).inputValue();

  // The node by its accessible name, as a screen-reader user would find it.
  await page
    .getByRole('button', { name: /^Spinal pain relay, Dorsal horn projection neuron/ })
    .click();
  await expect(dh).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('tab', { name: 'Node' })).toHaveAttribute('aria-selected', 'true');
  await expectDorsalHornReading(page);
  // Paused means paused: the clock is still where it stopped.
  await expect(courseSlider(page)).toHaveValue(stoppedAt);
});

test('keyboard only: the same run with Tab, arrows, Page Up, the L shortcut and Enter', async ({
  open,
}) => {
  const { page } = await open(FRESH_START);
  const focusShown: string[] = [];

  // The duloxetine doses are a radio group: Tab lands on the chosen chip ("Off").
  await pressUntilFocused(page, 'Tab', 'input[name="dul-dose"]');
  await expect(doseRadio(page, DULOXETINE, 0)).toBeFocused();
  focusShown.push(await focusIndicator(page));
  await page.keyboard.press('ArrowRight'); // 30 mg
  await page.keyboard.press('ArrowRight'); // 60 mg
  await expect(doseRadio(page, DULOXETINE, 60)).toBeChecked();
  await expect(doseRadio(page, DULOXETINE, 60)).toBeFocused();

  // On to the course clock's scrubber: Page Up moves a week, Shift+L (the shortcut) one more.
  await pressUntilFocused(page, 'Tab', 'input[type="range"][aria-label="Time in the course"]');
  focusShown.push(await focusIndicator(page));
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
  await expect(courseSlider(page)).toHaveAttribute('aria-valuetext', 'Week 5, day 1, 00:00');
  await page.keyboard.press('Shift+L');
  await expect(courseSlider(page)).toHaveAttribute('aria-valuetext', 'Week 6, day 1, 00:00');
  await expect(courseSlider(page)).toHaveValue(String(6 * HOURS_PER_WEEK));

  // Back to the dorsal horn projection neuron on the stage (it comes before the clock).
  await pressUntilFocused(page, 'Shift+Tab', `[data-node="${DH}"]`);
  focusShown.push(await focusIndicator(page));
  await page.keyboard.press('Enter');
  await expect(stageNode(page, DH)).toHaveAttribute('aria-pressed', 'true');

  // Tab on to the panel and read it: the reading is the stage's, at week 6.
  await pressUntilFocused(page, 'Tab', '[role="tabpanel"]');
  focusShown.push(await focusIndicator(page));
  await expect(openPanel(page)).toBeFocused();
  const change = await expectDorsalHornReading(page);
  expect((await readInspector(page)).sentence).toContain('(Week 6, day 1, 00:00)');
  expect(change).toBeLessThan(0);

  // Every step showed where the focus was.
  expect(focusShown).toHaveLength(4);
  for (const shown of focusShown) expect(shown).not.toBe('none');
});

test('share URL: a reloaded link restores treatments, time, node, panel and audience', async ({
  open,
}) => {
  const { page } = await open('/');
  await choiceGroup(page, CONDITION).getByRole('radio', { name: 'Fibromyalgia' }).click();
  await doseRadio(page, AMITRIPTYLINE, 25).click();
  await choiceGroup(page, ACUPUNCTURE)
    .getByRole('radio', { name: 'Electroacupuncture 2/100 Hz' })
    .click();
  // Scrub the course clock with the mouse to about a quarter of the way.
  const slider = courseSlider(page);
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.27, box.y + box.height / 2);
  expect(await courseWeek(page)).toBeLessThan(6);
  await stageNode(page, 'pag').click();
  await page.getByRole('tab', { name: 'Effects' }).click();
  await expect(page.getByRole('heading', { name: 'Effects and side effects' })).toBeVisible();
  await page.getByRole('combobox', { name: /^For/ }).selectOption('clinician');
  await expect(page.getByText('Any combination can be simulated;')).toBeVisible();

  const time = await courseTime(page);
  const hours = await slider.inputValue();
  await expect
    .poll(() => Object.fromEntries(stateParams(page.url())))
    .toMatchObject({
      c: 'fibromyalgia',
      acu: 'ea-2-100hz',
      ami: '25',
      t: hours,
      node: 'pag',
      panel: 'effects',
      aud: 'clinician',
    });

  // The same link in a new browser context: nothing carried over but the URL.
  const shared = await open(page.url());
  const again = shared.page;
  await expect(
    choiceGroup(again, CONDITION).getByRole('radio', { name: 'Fibromyalgia' }),
  ).toBeChecked();
  await expect(
    choiceGroup(again, ACUPUNCTURE).getByRole('radio', { name: 'Electroacupuncture 2/100 Hz' }),
  ).toBeChecked();
  await expect(doseRadio(again, AMITRIPTYLINE, 25)).toBeChecked();
  await expect(doseRadio(again, DULOXETINE, 0)).toBeChecked();
  await expect(again.getByRole('tab', { name: 'Effects' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(again.getByRole('heading', { name: 'Effects and side effects' })).toBeVisible();
  await expect(stageNode(again, 'pag')).toHaveAttribute('aria-pressed', 'true');
  await expect(stageNode(again, DH)).toHaveAttribute('aria-pressed', 'false');
  await expect(courseSlider(again)).toHaveAttribute('aria-valuetext', time);
  await expect(courseSlider(again)).toHaveValue(hours);
  await expect(again.getByRole('combobox', { name: /^For/ })).toHaveValue('clinician');
  await expect(again.getByText('Any combination can be simulated;')).toBeVisible();
  await expect(again.getByRole('status')).toHaveCount(0);
  // The restored state is written back unchanged.
  expect(again.url()).toBe(page.url());
  // And the stage agrees with the first page about PAG at that time.
  expect(await stageChange(again, 'pag')).toBe(await stageChange(page, 'pag'));
});

test('malformed URL: a dismissible notice names what was ignored; defaults are used', async ({
  open,
}) => {
  const { page } = await open('/?dul=75&c=migraine&t=-5&zzz=1');
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toBeVisible();
  for (const ignored of ['dul=75', 'c=migraine', 't=-5', 'zzz=1'])
    await expect(notice).toContainText(ignored);
  await expect(notice).toContainText('not one of 0, 30, 60, 120');
  await expect(notice).toContainText('not a setting this page knows');

  // Defaults: duloxetine off, chronic low back pain, week 6.
  await expect(doseRadio(page, DULOXETINE, 0)).toBeChecked();
  await expect(
    choiceGroup(page, CONDITION).getByRole('radio', { name: 'Chronic low back pain' }),
  ).toBeChecked();
  await expect(courseSlider(page)).toHaveAttribute('aria-valuetext', 'Week 6, day 1, 00:00');
  await expect(page.getByText('Simulating: no treatment.')).toBeVisible();
  // The address bar no longer carries what was ignored, and the state is after "#".
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await expectNoAxeViolations(page, 'a URL notice showing');

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByText('could not be used')).toHaveCount(0);
});

/** The transform of every particle and static marker on the stage, in document order. */
const motionSnapshot = (page: Page) =>
  page
    .getByRole('group', { name: /^The pain pathway/ })
    .evaluate((svg) =>
      Array.from(
        svg.querySelectorAll('.particle, .flux-marker'),
        (el: Element) => el.getAttribute('transform') ?? '',
      ),
    );

test('reduced motion: static flux markers, nothing moves, the information stays', async ({
  open,
}) => {
  // First, with motion, playing: the snapshot does see particles move (so the check below can fail).
  const moving = (await open('/?dul=60')).page;
  await moving.getByRole('button', { name: 'Play' }).click();
  await expect(moving.locator('.particle').first()).toBeAttached();
  const before = await motionSnapshot(moving);
  await expect.poll(() => motionSnapshot(moving)).not.toEqual(before);

  const { page } = await open('/?dul=60', { reducedMotion: 'reduce' });
  await expect(stageNode(page, DH)).toBeVisible();
  // Playing moves the clock, not the particles.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.locator('.particle')).toHaveCount(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  const markers = page.locator('.flux-marker');
  expect(await markers.count()).toBeGreaterThan(10);
  for (const kind of ['ascending', 'serotonin', 'noradrenaline'])
    expect(await page.locator(`.flux-marker[data-kind="${kind}"]`).count()).toBeGreaterThan(0);

  const first = await motionSnapshot(page);
  await page.waitForTimeout(500); // a span of time in which nothing may move
  expect(await motionSnapshot(page)).toEqual(first);

  // The information is all still there: every node's name and change, the caption, the key (a
  // patient sees seven names on the drawing; every node is named to a screen reader).
  const nodes = page.locator('[data-node]');
  const count = await nodes.count();
  expect(count).toBeGreaterThanOrEqual(20);
  for (let i = 0; i < count; i++) {
    const node = nodes.nth(i);
    const label = (await node.getAttribute('aria-label')) ?? '';
    expect(label.split(':')[0]!.trim().length).toBeGreaterThan(0);
    // changeFromWords throws unless the name says how the node differs from untreated.
    expect(Number.isInteger(changeFromWords(label))).toBe(true);
  }
  await expect(page.locator('[data-node] text.name')).toHaveCount(7);
  expect(await stageChange(page, DH)).toBeLessThan(0);
  await expect(await stageCaption(page)).toContainText('noradrenaline');
  await expect(page.getByText('Nothing moves while the clock is paused')).toBeVisible();

  // The static markers still carry the signal: switching duloxetine off changes their count.
  const noradrenaline = page.locator('.flux-marker[data-kind="noradrenaline"]');
  const withDrug = await noradrenaline.count();
  await doseRadio(page, DULOXETINE, 0).click();
  await expect.poll(() => noradrenaline.count()).not.toBe(withDrug);
  await expect(page.locator('.particle')).toHaveCount(0);
});

test('paused means still; the Motion switch stops the flow while playing and goes into the link', async ({
  open,
}) => {
  const { page } = await open('/?dul=60');
  const stage = page.getByRole('group', { name: /^The pain pathway/ });
  await expect(stageNode(page, DH)).toBeVisible();
  await expect(page.locator('.flux-marker').first()).toBeAttached();
  const first = await stage.screenshot();
  await page.waitForTimeout(1000);
  expect((await stage.screenshot()).equals(first), 'the stage a second later').toBe(true);
  await expect(page.locator('.particle')).toHaveCount(0);

  // Motion off, playing: the clock moves, no particle does.
  const motion = page.getByRole('switch', { name: 'Motion' });
  await expect(motion).toBeChecked();
  await motion.uncheck();
  await expect.poll(() => stateParams(page.url()).get('motion')).toBe('off');
  const before = await courseSlider(page).inputValue();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => courseSlider(page).inputValue()).not.toBe(before);
  await expect(page.locator('.particle')).toHaveCount(0);

  // Motion on again: particles flow while the clock plays, and stop with it.
  await motion.check();
  await expect(page.locator('.particle').first()).toBeAttached();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('.particle')).toHaveCount(0);
});

test('phone (360 x 740): no sideways scroll, the controls work, the stage responds', async ({
  open,
}) => {
  const { page } = await open('/', { viewport: PHONE, hasTouch: true, isMobile: true });
  // No keyboard to list on a touch-only phone.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeHidden();
  const overflow = () =>
    page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
  await expect(stageNode(page, DH)).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(1);

  const caption = await stageCaption(page);
  const untreated = (await caption.textContent()) ?? '';
  // The controls follow the pathway on a phone: the person scrolls down to them.
  await page.mouse.wheel(0, 900);
  const dose = doseRadio(page, DULOXETINE, 60);
  await dose.scrollIntoViewIfNeeded();
  await dose.tap();
  await expect(dose).toBeChecked();
  await expect(caption).not.toHaveText(untreated);
  await expect(caption).toContainText('The pain signal leaving the spinal cord is');
  expect(await stageChange(page, DH)).toBeLessThan(0);

  // A node is tappable too, and the inspector answers.
  await stageNode(page, 'pag').tap();
  await expect(page.getByRole('tabpanel', { name: 'Node' })).toContainText('Periaqueductal gray');
  expect(await overflow()).toBeLessThanOrEqual(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shotPath('explorer-phone'), fullPage: true });
});

test('phone: the controls, lanes and panels are built when needed (scrolled near, or at the first key)', async ({
  open,
}) => {
  const lanesHeading = (page: Page) =>
    page.getByRole('heading', { name: 'Over the 12 weeks', exact: true });
  const doseChoices = (page: Page) => choiceGroup(page, DULOXETINE);
  const scrolled = (await open('/', { viewport: PHONE, isMobile: true })).page;
  await expect(stageNode(scrolled, DH)).toBeVisible();
  await expect(doseChoices(scrolled)).toHaveCount(0);
  await expect(lanesHeading(scrolled)).toHaveCount(0);
  await expect(scrolled.getByRole('tablist')).toHaveCount(0);
  await scrollThroughPage(scrolled);
  await expect(doseChoices(scrolled)).toHaveCount(1);
  await expect(openPanel(scrolled)).toContainText('Dorsal horn projection neuron');

  // A keyboard or screen-reader user's first key builds everything, so Tab never skips a part.
  const keyed = (await open('/', { viewport: PHONE, isMobile: true })).page;
  await expect(stageNode(keyed, DH)).toBeVisible();
  await keyed.keyboard.press('Tab');
  await expect(doseChoices(keyed)).toHaveCount(1);
  await expect(lanesHeading(keyed)).toHaveCount(1);
  await expect(keyed.getByRole('tablist')).toBeAttached();
});

const PANELS = [
  { tab: 'Node', heading: 'Spinal pain relay', shot: 'panel-node' },
  { tab: 'Networks', heading: 'Brain networks', shot: 'panel-networks' },
  { tab: 'Effects', heading: 'Effects and side effects', shot: 'panel-effects' },
  { tab: 'Evidence', heading: 'Evidence', shot: 'panel-evidence' },
  { tab: 'About', heading: 'About this simulation', shot: 'panel-about' },
] as const;

/** The explorer at 1280 px with duloxetine and electroacupuncture on (every panel has content). */
async function openTreatedDesktop(open: OpenExplorer): Promise<Page> {
  const { page } = await open('/?dul=60&acu=ea-2-100hz', { viewport: DESKTOP });
  await expect(stageNode(page, DH)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#panel-inspector .records').first()).toBeVisible();
  return page;
}

test('axe at 1280 px: every panel (Node, Networks, Effects, Evidence, About)', async ({ open }) => {
  test.setTimeout(90_000);
  const page = await openTreatedDesktop(open);
  await page.screenshot({ path: shotPath('explorer-desktop'), fullPage: true });

  for (const panel of PANELS) {
    await page.getByRole('tab', { name: panel.tab }).click();
    const shown = openPanel(page);
    await expect(shown.getByRole('heading', { level: 2, name: panel.heading })).toBeVisible();
    await expectNoAxeViolations(page, `the ${panel.tab} panel open`);
    await shown.screenshot({ path: shotPath(panel.shot) });
  }
});

test('axe at 1280 px: the synapse close-up and the shortcuts help', async ({ open }) => {
  test.setTimeout(90_000);
  const page = await openTreatedDesktop(open);
  await page.getByRole('radio', { name: 'Synapse close-up' }).check();
  const synapse = page.getByRole('img', { name: /^One synapse in the dorsal horn/ });
  await expect(synapse).toBeVisible();
  await expect(page.getByTestId('synapse-caption')).toContainText(/duloxetine/i);
  await expectNoAxeViolations(page, 'the synapse close-up');
  // The drawing with its caption and key (the clocks and lanes below are in the other shots).
  await synapse.locator('xpath=..').screenshot({ path: shotPath('synapse') });

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expectNoAxeViolations(page, 'the keyboard shortcuts open');
  await page.screenshot({ path: shotPath('shortcuts-help') });
  // The single-key shortcuts can be turned off there (WCAG 2.1.4): then K does nothing.
  const shortcutsOn = help.getByRole('switch', { name: 'Single-key shortcuts on' });
  await expect(shortcutsOn).toBeChecked();
  await shortcutsOn.uncheck();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
  const time = await courseTime(page);
  await page.keyboard.press('k');
  await page.keyboard.press('l');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await courseTime(page)).toBe(time);
});

test('axe at 360 px: the main screen and a notice', async ({ open }) => {
  const { page } = await open('/?dul=60&zzz=1', { viewport: PHONE, isMobile: true });
  await expect(stageNode(page, DH)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toBeVisible();
  await scrollThroughPage(page);
  await expect(page.locator('#panel-inspector .records').first()).toBeAttached();
  // The diagram's links as text, opened.
  await page.getByText('All the links, as text').click();
  await expect(page.locator('details.links li').first()).toContainText('untreated');
  await expectNoAxeViolations(page, 'the main screen, the links as text and a notice at 360 px');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shotPath('smoke-phone'), fullPage: true });
});

test('projector (1920 x 1080): duloxetine and electroacupuncture at week 6', async ({ open }) => {
  const { page } = await open('/?dul=60&acu=ea-2-100hz', { viewport: PROJECTOR });
  await expect(courseSlider(page)).toHaveAttribute('aria-valuetext', 'Week 6, day 1, 00:00');
  await expect(page.locator('#panel-inspector .records').first()).toBeVisible();
  await expect(stageNode(page, DH)).toBeInViewport();
  await page.screenshot({ path: shotPath('explorer-projector') });
  await scrollThroughPage(page);
  await expectNoAxeViolations(page, 'the explorer at 1920 px');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shotPath('smoke-projector'), fullPage: true });
});
