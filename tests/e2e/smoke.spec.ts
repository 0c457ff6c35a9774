// Reflow at 320 px. (The first screen at phone and projector sizes, read whole with axe and left
// as screenshots in artifacts/screenshots/, is in explorer.spec.ts: "axe at 360 px" and
// "projector".)
import { expect, test } from './support/harness.ts';

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
