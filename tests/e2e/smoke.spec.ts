// Smoke test of the built app: it loads without errors, shows its heading, passes axe, and leaves
// screenshots at phone and projector sizes in artifacts/screenshots/ for review.
import { PHONE, PROJECTOR, axeReport, expect, shotPath, test } from './support/harness.ts';
import { scrollThroughPage } from './support/explorer.ts';

const viewports = [
  { name: 'phone', ...PHONE },
  { name: 'projector', ...PROJECTOR },
] as const;

for (const viewport of viewports) {
  test(`loads cleanly and accessibly at ${viewport.name} size (${viewport.width}x${viewport.height})`, async ({
    open,
  }) => {
    // `open` makes a context of our own (axe needs one) and fails the test on console errors.
    const { page } = await open('/', {
      viewport: { width: viewport.width, height: viewport.height },
    });
    await expect(page.locator('h1').first()).toBeVisible();
    // On a phone the lanes and panels are built as they are scrolled to: read the whole page.
    await scrollThroughPage(page);

    const report = await axeReport(page);
    expect(report, `axe found violations:\n\n${report}`).toBe('');

    await page.screenshot({ path: shotPath(`smoke-${viewport.name}`), fullPage: true });
  });
}
