// Vitest configuration for the Firefox suite (tests/firefox/): the built app in Firefox ESR,
// driven by puppeteer-core over WebDriver BiDi. One browser at a time, one file after another,
// with timeouts sized for launching Firefox and software WebGL on a busy machine. The global
// setup serves the build on port 4176; `npm run test:firefox` runs it under xvfb-run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    globalSetup: ['tests/firefox/support/server.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
