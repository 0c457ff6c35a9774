// Shared end-to-end plumbing: collecting console errors, running axe with the project's WCAG tags,
// and where screenshots go. The explorer fixture opens pages in contexts the test owns (axe needs
// a context it can open its own page in) and fails the test if any page logged an error.
import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test as base,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const screenshotDir = fileURLToPath(
  new URL('../../../artifacts/screenshots/', import.meta.url),
);
mkdirSync(screenshotDir, { recursive: true });

/** The path of a screenshot kept for review, e.g. shotPath('synapse') -> .../synapse.png. */
export const shotPath = (name: string): string => `${screenshotDir}${name}.png`;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 360, height: 740 } as const;
export const PROJECTOR = { width: 1920, height: 1080 } as const;

/** Collects console errors and uncaught page errors from the moment it is called. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location();
      errors.push(`console.error: ${message.text()} (${where.url}:${where.lineNumber})`);
    }
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  return errors;
}

/**
 * Waits until the page's layout holds still: the same height and number of elements over 15
 * animation frames in a row (at most 5 s, for a page that keeps adding and removing parts). The page builds in turns and loads panels lazily; a part that
 * arrives while axe measures moves the targets it has measured already, and axe then reports
 * spacing that no one sees.
 */
export async function layoutSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = '';
        let same = 0;
        setTimeout(resolve, 5000);
        const frame = () => {
          const now = `${document.documentElement.scrollHeight}:${document.getElementsByTagName('*').length}`;
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 15) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/**
 * Runs axe on the page once its layout holds still (or only inside `selector`) and returns a
 * readable report ('' when it found nothing).
 */
export async function axeReport(page: Page, selector?: string): Promise<string> {
  await layoutSettled(page);
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const results = await (selector === undefined ? builder : builder.include(selector)).analyze();
  return results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`)
        .join('\n');
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/** Asserts axe finds no violations; `state` names what is on screen. Soft: later states still run. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const report = await axeReport(page);
  expect.soft(report, `axe violations with ${state}:\n\n${report}`).toBe('');
}

/** As expectNoAxeViolations, for the part of the page inside `selector`. */
export async function expectNoAxeViolationsIn(
  page: Page,
  selector: string,
  state: string,
): Promise<void> {
  const report = await axeReport(page, selector);
  expect.soft(report, `axe violations in ${selector} with ${state}:\n\n${report}`).toBe('');
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Opens `path` in a fresh context of our own, collecting errors from before the first request. */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(path);
  return { context, page, errors };
}

/**
 * Opens the explorer at `path` in a new context (closed after the test). Every page opened this
 * way is checked for console errors when the test ends.
 */
export type OpenExplorer = (path?: string, options?: BrowserContextOptions) => Promise<OpenedPage>;

interface ExplorerFixtures {
  open: OpenExplorer;
}

export const test = base.extend<ExplorerFixtures>({
  open: async ({ browser }, use) => {
    const opened: OpenedPage[] = [];
    await use(async (path = '/', options = {}) => {
      const result = await openPage(browser, path, options);
      opened.push(result);
      return result;
    });
    const errors = opened.flatMap((o) => o.errors);
    await Promise.all(opened.map((o) => o.context.close()));
    expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]);
  },
});

export { expect };

/** The view state an address carries: its pairs after "#" (older links: after "?"). */
export function stateParams(url: string): URLSearchParams {
  const { search, hash } = new URL(url);
  return new URLSearchParams([search.slice(1), hash.slice(1)].filter(Boolean).join('&'));
}
