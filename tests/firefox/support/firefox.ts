// The Firefox suite's plumbing: launching Firefox ESR through puppeteer-core over WebDriver BiDi
// (Playwright cannot drive a stock Firefox), opening pages in fresh browser contexts that collect
// console errors, uncaught page errors and Content-Security-Policy violations from before the
// first request, checking at a test's end that there were none, and where screenshots go.
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

/** The Firefox ESR that Debian's `firefox-esr` package installs; $FIREFOX_PATH overrides it. */
const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';

export const DESKTOP = { width: 1280, height: 800 } as const;

const screenshotDir = fileURLToPath(new URL('../../../artifacts/screenshots/', import.meta.url));

/** Where a screenshot kept for review goes: shotPath('brain3d') -> .../firefox-brain3d.png. */
export function shotPath(name: string): `${string}.png` {
  mkdirSync(screenshotDir, { recursive: true });
  return `${screenshotDir}firefox-${name}.png`;
}

/** The Firefox to launch: $FIREFOX_PATH, else /usr/bin/firefox-esr (fails saying how to get one). */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || DEFAULT_FIREFOX;
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    throw new Error(
      `No Firefox at ${path}: set FIREFOX_PATH to a Firefox executable, or install Firefox ESR ` +
        '(on Debian: apt-get install firefox-esr xvfb; .ci/run does this when it is missing).',
    );
  }
}

/**
 * Launches Firefox. Headless Firefox has no WebGL, so the 3D view's checks launch it with a
 * window, which needs a display: `npm run test:firefox` runs the suite under `xvfb-run -a`.
 */
export async function launchFirefox(options: { headless: boolean }): Promise<Browser> {
  if (!options.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    throw new Error(
      'Firefox needs a display for the WebGL checks: run the suite under `xvfb-run -a` ' +
        '(`npm run test:firefox` does; on Debian: apt-get install xvfb).',
    );
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless,
    defaultViewport: DESKTOP,
  });
}

declare global {
  interface Window {
    /** Every securitypolicyviolation the document saw, as readable lines (see recordCsp). */
    __cspViolations?: string[];
  }
}

/**
 * Runs in every new document before the page's own scripts: records each Content-Security-Policy
 * violation. With no policy in force nothing is ever recorded, so it works with or without one.
 */
function recordCspViolations(): void {
  const seen: string[] = [];
  window.__cspViolations = seen;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where}`);
    },
    { capture: true },
  );
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors, as they came. */
  errors: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
}

/** The address of `path` on the suite's preview server ('/?dul=60'), or `path` if absolute. */
export const appUrl = (path: string): string =>
  /^[a-z]+:/.test(path) ? path : new URL(path, inject('baseUrl')).href;

/**
 * Opens `path` in a fresh browser context (nothing carried over from another page but the
 * address), recording errors, requests and CSP violations from before the first request.
 */
export async function openPage(
  browser: Browser,
  path: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<OpenedPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location();
    errors.push(
      `console.error: ${message.text()} (${where.url ?? '?'}:${where.lineNumber ?? '?'})`,
    );
  });
  page.on('pageerror', (error) => errors.push(`page error: ${String(error)}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(recordCspViolations);
  await page.setViewport(viewport);
  await page.goto(appUrl(path), { waitUntil: 'load' });
  return { context, page, errors, requests };
}

/** The CSP violations the page's current document has recorded. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['(the CSP recorder was not installed)']);
}

/**
 * A test's closing check: no Content-Security-Policy violation in the page's document and (unless
 * told otherwise) no console error or uncaught page error since it opened.
 */
export async function expectClean(
  opened: OpenedPage,
  options: { consoleErrors?: boolean } = {},
): Promise<void> {
  const violations = await cspViolations(opened.page);
  expect(violations, `CSP violations:\n${violations.join('\n')}`).toEqual([]);
  if (options.consoleErrors !== false)
    expect(opened.errors, `console and page errors:\n${opened.errors.join('\n')}`).toEqual([]);
}

/** Closes the pages' contexts (ignoring a browser that is already gone). */
export async function closeAll(opened: readonly OpenedPage[]): Promise<void> {
  await Promise.all(opened.map((o) => o.context.close().catch(() => undefined)));
}

/**
 * One headless Firefox for a test file, with each test's pages in fresh contexts closed when the
 * test ends. Call at the top of the file; `open` opens a page as openPage does.
 */
export function firefoxPerTest(): { open: (path: string) => Promise<OpenedPage> } {
  let browser: Browser;
  let opened: OpenedPage[] = [];
  beforeAll(async () => {
    browser = await launchFirefox({ headless: true });
  });
  afterEach(async () => {
    await closeAll(opened);
    opened = [];
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: async (path) => {
      const result = await openPage(browser, path);
      opened.push(result);
      return result;
    },
  };
}
