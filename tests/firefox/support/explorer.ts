// How the Firefox suite finds its way around the explorer: CSS selectors for the controls the
// Chromium suite reaches by role and name (puppeteer's ARIA queries need Chrome's DevTools
// protocol), and small readers that wait for what the page shows.
import type { Page } from 'puppeteer-core';

/** A region on the pathway stage, by its id (the stage's data-node attribute). */
export const stageNode = (id: string): string => `[data-node="${id}"]`;

/** A dose chip's radio input, e.g. doseRadio('dul', 60); 0 is "Off". */
export const doseRadio = (drug: 'dul' | 'ami' | 'ser', mg: number): string =>
  `input[type="radio"][name="${drug}-dose"][value="${mg}"]`;

/** The course clock's scrubber (a native range input). */
export const COURSE_SLIDER = 'input[type="range"][aria-label="Time in the course"]';

/** The "Simulating: ..." line above the treatments. */
export const SIMULATING = '.simulating';

/** The panel tab for a panel id (inspector, networks, effects, evidence, about). */
export const panelTab = (panel: string): string => `#tab-${panel}`;

/** The open panel's content. */
export const OPEN_PANEL = '[role="tabpanel"]';

/** An attribute of the first element matching `selector` (null when absent). */
export async function attributeOf(
  page: Page,
  selector: string,
  name: string,
): Promise<string | null> {
  return page.$eval(selector, (element, attribute) => element.getAttribute(attribute), name);
}

/** The visible text of the first element matching `selector`, trimmed. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => (element as HTMLElement).innerText.trim());
}

/** Whether the radio input matching `selector` is checked. */
export async function isChecked(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => (element as HTMLInputElement).checked);
}

/** Waits until the element's attribute matches `pattern` (the page polls on each frame). */
export async function waitForAttribute(
  page: Page,
  selector: string,
  name: string,
  pattern: RegExp,
  timeout = 15_000,
): Promise<void> {
  await page.waitForFunction(
    (s, n, source, flags) =>
      new RegExp(source, flags).test(document.querySelector(s)?.getAttribute(n) ?? ''),
    { timeout },
    selector,
    name,
    pattern.source,
    pattern.flags,
  );
}

/** Waits until the element's visible text matches `pattern`. */
export async function waitForText(
  page: Page,
  selector: string,
  pattern: RegExp,
  timeout = 15_000,
): Promise<void> {
  await page.waitForFunction(
    (s, source, flags) => {
      const element = document.querySelector<HTMLElement>(s);
      return element !== null && new RegExp(source, flags).test(element.innerText);
    },
    { timeout },
    selector,
    pattern.source,
    pattern.flags,
  );
}

/** Whether `selector` matches an element that takes up space and is not hidden. */
export async function isVisible(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(shown, [selector]);
}

/** Waits until one of `selectors` matches a visible element; false if none did in time. */
export async function waitForAnyVisible(
  page: Page,
  selectors: string[],
  timeout: number,
): Promise<boolean> {
  return page.waitForFunction(shown, { timeout }, selectors).then(
    () => true,
    () => false,
  );
}

/** Runs in the page: whether one of `selectors` takes up space and is not hidden. */
function shown(selectors: string[]): boolean {
  return selectors.some((selector) => {
    const element = document.querySelector(selector);
    if (element === null) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  });
}

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
export async function tabUntilFocused(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${limit} presses of Tab never reached ${selector}; focus is on ${focused}`);
}
