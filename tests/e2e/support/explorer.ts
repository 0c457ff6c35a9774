// How the end-to-end tests find their way around the explorer, by role and accessible name as a
// screen-reader user would (plus the data attributes the stage exposes), and how they read the
// numbers it shows: the course clock's time and a node's change versus untreated.
import { expect, type Locator, type Page } from '@playwright/test';

/** A fieldset of radio chips by its legend, e.g. 'Duloxetine dose each morning (mg)'. */
export const choiceGroup = (page: Page, legend: string | RegExp): Locator =>
  page.getByRole('group', { name: legend });

/** A dose chip: its accessible name is the number and the unit ("60 mg"); "Off" for none. */
export const doseRadio = (page: Page, legend: string, mg: number): Locator =>
  choiceGroup(page, legend).getByRole('radio', {
    name: mg === 0 ? 'Off' : new RegExp(`^${mg}\\s*mg$`),
  });

export const DULOXETINE = 'Duloxetine dose each morning (mg)';
export const AMITRIPTYLINE = 'Amitriptyline dose at night (mg)';
export const SERTRALINE = 'Sertraline dose each morning (mg)';
export const ACUPUNCTURE = 'Kind of acupuncture';
export const CONDITION = 'Which kind of long-term pain';

/** The course clock's scrubber (a native range input). */
export const courseSlider = (page: Page): Locator =>
  page.getByRole('slider', { name: 'Time in the course' });

/** The course time as the scrubber tells screen readers, e.g. "Week 6, day 3, 05:00". */
export async function courseTime(page: Page): Promise<string> {
  return (await courseSlider(page).getAttribute('aria-valuetext')) ?? '';
}

export interface CourseTime {
  week: number;
  day: number;
  clock: string;
}

/** Parses "Week 6, day 3, 05:00" (throws on anything else, so a changed format shows up). */
export function parseCourseTime(text: string): CourseTime {
  const match = /^Week (\d+), day (\d), (\d\d:\d\d)$/.exec(text);
  if (match === null) throw new Error(`not a course time: "${text}"`);
  return { week: Number(match[1]), day: Number(match[2]), clock: match[3]! };
}

export const courseWeek = async (page: Page): Promise<number> =>
  parseCourseTime(await courseTime(page)).week;

/** A region on the pathway stage, by its id (the stage's data-node attribute). */
export const stageNode = (page: Page, id: string): Locator => page.locator(`[data-node="${id}"]`);

/** The panels' tab panel that is showing. */
export const openPanel = (page: Page): Locator => page.getByRole('tabpanel');

/**
 * A change versus untreated as a signed whole percentage, read from the words the app uses:
 * "42% below untreated" -> -42, "18% above untreated" -> 18, "the same as untreated" -> 0.
 */
export function changeFromWords(text: string): number {
  const match = /(\d+)% (above|below) untreated/.exec(text);
  if (match !== null) return Number(match[1]) * (match[2] === 'below' ? -1 : 1);
  if (/same as untreated/.test(text)) return 0;
  throw new Error(`no change versus untreated in "${text}"`);
}

/** "−42%" (true minus), "+18%" or "0%" -> -42, 18, 0. */
export function changeFromFigure(text: string): number {
  const match = /^([+\u2212-]?)(\d+)%$/.exec(text.trim());
  if (match === null) throw new Error(`not a signed percentage: "${text}"`);
  return Number(match[2]) * (match[1] === '+' || match[1] === '' ? 1 : -1);
}

/** What the stage says about a node: its accessible name and the change in it. */
export async function stageChange(page: Page, id: string): Promise<number> {
  const name = (await stageNode(page, id).getAttribute('aria-label')) ?? '';
  return changeFromWords(name);
}

export interface InspectorReading {
  heading: string;
  /** The large figure, e.g. "−42%". */
  figure: string;
  /** The sentence, e.g. "DH proj. activity: 42% below untreated (Week 6, day 3, 05:00)." */
  sentence: string;
}

/** Reads the node inspector's change box (waits for it to be shown). */
export async function readInspector(page: Page): Promise<InspectorReading> {
  const panel = page.getByRole('tabpanel', { name: 'Node' });
  const change = panel.getByTestId('inspector-change');
  await expect(change).toBeVisible();
  return {
    heading: (await panel.getByRole('heading', { level: 2 }).textContent())?.trim() ?? '',
    figure: (await change.locator('.number').textContent()) ?? '',
    sentence: (await change.locator('.sentence').textContent())?.trim() ?? '',
  };
}

/** The stage's caption: the sentence(s) that describe the diagram (its aria-describedby). */
export async function stageCaption(page: Page): Promise<Locator> {
  const svg = page.getByRole('group', { name: /^The pain pathway/ });
  const id = await svg.getAttribute('aria-describedby');
  if (id === null) throw new Error('the stage has no aria-describedby caption');
  return page.locator(`[id="${id}"]`);
}

/** Presses `key` until the focused element matches `selector` (at most `limit` presses). */
export async function pressUntilFocused(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  selector: string,
  limit = 80,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${limit} presses of ${key} never reached ${selector}; focus is on ${focused}`);
}

/**
 * How the focused element shows its focus: its own outline, its label chip's outline (the radio
 * chips draw it on the label) or the stage node's focus ring. 'none' when nothing shows.
 */
export async function focusIndicator(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return 'none';
    const outline = (node: Element) => {
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
        : null;
    };
    const ring = el.querySelector('.focus-ring');
    if (ring !== null) {
      const stroke = getComputedStyle(ring).stroke;
      return stroke !== 'none' ? `focus ring ${stroke}` : 'none';
    }
    return outline(el) ?? (el.closest('label') ? outline(el.closest('label')!) : null) ?? 'none';
  });
}

/**
 * Scrolls down the whole page a screen at a time, as a person reading it would, then back to
 * the top: the parts built only when needed (lanes, panels) are all built afterwards.
 */
export async function scrollThroughPage(page: Page): Promise<void> {
  for (let step = 0; step < 40; step++) {
    const atBottom = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY === before;
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    if (atBottom) break;
  }
  await expect(page.getByRole('tablist')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Over the 12 weeks', exact: true }),
  ).toBeAttached();
  await page.evaluate(() => window.scrollTo(0, 0));
}
