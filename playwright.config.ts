// Playwright drives the built app (vite preview of dist/) in the system's Chromium; no browser
// download. CHROME_PATH overrides the `chromium` found on PATH.
import { defineConfig } from '@playwright/test';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The Chromium to launch: $CHROME_PATH, else the first executable `chromium` on PATH. */
function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'chromium');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  throw new Error(
    'No Chromium found: set CHROME_PATH to a Chromium/Chrome executable, or install one ' +
      'that puts `chromium` on PATH (on Debian: apt-get install chromium).',
  );
}

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  // One worker per core: the machine has two. Tests that share one page run in turn inside
  // their file (the 3D view's), and the heavy ones carry their own timeouts.
  workers: 2,
  reporter: 'list',
  // The page builds in turns; on a busy shared machine the last turn can come after 5 s.
  expect: { timeout: 10_000 },
  use: {
    baseURL: 'http://localhost:4173',
    headless: true,
    trace: 'off',
    screenshot: 'only-on-failure',
    // Each test's fresh context would save the whole app for offline use (3 MB) and route
    // interception would miss what the service worker serves; the offline test allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // `npm run test:e2e` runs `vite build` first; this serves that dist/.
    command: 'npx vite preview --port 4173 --strictPort',
    url: 'http://localhost:4173',
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
