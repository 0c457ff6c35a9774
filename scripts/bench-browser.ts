// Browser benchmarks for `npm run bench`: the built app served locally and measured in the
// system Chromium. Reports, never asserts (this machine is shared and noisy).
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const HEADLESS_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** $CHROME_PATH, else `chromium` on the PATH (as the tests find it). */
export function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      const candidate = join(dir, 'chromium');
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return execFileSync('which', ['chromium']).toString().trim();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Builds dist/ and serves it; returns the base URL and a function that stops the server. */
export async function serveBuiltApp(port = 4179): Promise<{ url: string; close(): Promise<void> }> {
  await build({ logLevel: 'silent' });
  const server = await preview({ logLevel: 'silent', preview: { port, strictPort: true } });
  return { url: `http://localhost:${port}/`, close: () => server.close() };
}

/** Lighthouse performance (mobile emulation, default throttling) on the page: one run. */
export async function lighthouseMobile(url: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: HEADLESS_FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result?.lhr;
    return {
      score: Math.round((lhr?.categories.performance?.score ?? 0) * 100),
      totalBlockingTimeMs: lhr?.audits['total-blocking-time']?.numericValue ?? NaN,
      largestContentfulPaintMs: lhr?.audits['largest-contentful-paint']?.numericValue ?? NaN,
      /** Lighthouse's measure of this machine's speed at the time (its 4x slowdown assumes ~1500+). */
      benchmarkIndex: lhr?.environment.benchmarkIndex ?? NaN,
    };
  } finally {
    chrome.kill();
    // Let the browser go before the next run starts: a dying one skews the next measurement.
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

/** Launches Playwright's Chromium (the system one) and opens a page. */
export async function openPage(url: string, width = 1280, height = 800) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: HEADLESS_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  });
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(url);
  return { browser, page };
}

/** Heap in use after a forced garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize;
}

/** Builds and serves the bare three.js reference page (scripts/bench-pages) with the meshes. */
export async function serveBarePage(port = 4180): Promise<{ url: string; close(): Promise<void> }> {
  const root = join(process.cwd(), 'scripts/bench-pages');
  const outDir = join(process.cwd(), 'node_modules/.cache/painbrake-bench-bare');
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    base: './',
    publicDir: join(process.cwd(), 'public'),
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(root, 'bare-three.html') } },
  });
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { outDir },
    preview: { port, strictPort: true },
  });
  return { url: `http://localhost:${port}/bare-three.html`, close: () => server.close() };
}
