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

// WCAG reflow: at 320 px nothing pushes the page sideways, in any panel, with the longest
// content the app has (every medicine, a person with traits, the warnings, every risk line).
test('reflows at 320 px: no panel is wider than the screen', async ({ open }) => {
  test.setTimeout(90_000);
  const { page } = await open(
    '/?dul=60&ser=50&ami=25&plc=1&acu=ea-2hz&age=older&liv=impaired&kid=severe',
    { viewport: { width: 320, height: 740 } },
  );
  // The page is built as it is scrolled: go down to the panels, then read each one whole.
  const tabs = page.getByRole('tab');
  await expect(async () => {
    await page.evaluate(() => window.scrollBy(0, window.innerHeight));
    expect(await tabs.count()).toBeGreaterThanOrEqual(5);
  }).toPass({ timeout: 30_000 });
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await page.getByRole('tabpanel').evaluate((panel) => panel.scrollIntoView({ block: 'end' }));
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: document.documentElement.clientWidth,
    }));
    expect(widths.page, `${await tab.textContent()} panel`).toBeLessThanOrEqual(widths.screen);
  }
});
