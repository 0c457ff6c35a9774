// Draws public/og-image.png, the link-preview picture: the app's presentation view (the pathway
// fitted to the screen, duloxetine 60 mg at week 6) at 1200x630, in the built app, in Chromium.
// Run after a build when the picture changes: `npx vite build && npx tsx scripts/make-og-image.ts`.
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumPath, HEADLESS_FLAGS } from './bench-browser.ts';

const PORT = 4182;
const server = await preview({ logLevel: 'silent', preview: { port: PORT, strictPort: true } });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: HEADLESS_FLAGS });
try {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 630 },
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  const page = await context.newPage();
  await page.goto(`http://localhost:${PORT}/#present=1&dul=60&theme=light`);
  await page.locator('[data-node="pag"]').waitFor();
  // The presenter's buttons rest out of sight after a few seconds without the pointer moving.
  await page.waitForTimeout(5000);
  await page.screenshot({ path: new URL('../public/og-image.png', import.meta.url).pathname });
} finally {
  await browser.close();
  await server.close();
}
