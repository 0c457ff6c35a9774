// Browser benchmarks for `npm run bench`: the built app served locally and measured in the
// system Chromium. Reports, never asserts (this machine is shared and noisy).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * Headers that make the served pages cross-origin isolated, so performance.now() there is precise
 * to microseconds rather than rounded to 0.1 ms (the 3D frame measures are about 1 ms).
 */
export const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Builds the app into a temporary directory (not dist/, which others may be using) and serves
 * it; returns the base URL, the directory, and a function that stops the server and removes it.
 */
export async function serveBuiltApp(
  port = 4179,
): Promise<{ url: string; outDir: string; close(): Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'painbrake-bench-app-'));
  try {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      logLevel: 'silent',
      build: { outDir },
      preview: { port, strictPort: true, headers: ISOLATED },
    });
    return {
      url: `http://localhost:${port}/`,
      outDir,
      close: async () => {
        await server.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
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

/**
 * Launches Playwright's Chromium (the system one) and opens a page; `init` runs in the page
 * before any of its own scripts.
 */
export async function openPage(url: string, width = 1280, height = 800, init?: () => void) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: HEADLESS_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  });
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
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

/**
 * Builds the bare three.js reference page (scripts/bench-pages) into `bench-bare/` of the built
 * app's directory, so the app's server serves it (no second port) and it loads the app's own
 * copy of the meshes; returns its URL and the meshes' URL relative to it.
 */
export async function buildBarePage(app: {
  url: string;
  outDir: string;
}): Promise<{ url: string; meshBase: string }> {
  const root = join(process.cwd(), 'scripts/bench-pages');
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    base: './',
    publicDir: false,
    build: {
      outDir: join(app.outDir, 'bench-bare'),
      emptyOutDir: true,
      rollupOptions: { input: join(root, 'bare-three.html') },
    },
  });
  return { url: `${app.url}bench-bare/bare-three.html`, meshBase: '../meshes/' };
}
