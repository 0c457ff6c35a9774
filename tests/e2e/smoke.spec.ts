// Smoke test of the built app: it loads without errors, shows its heading, passes axe, and leaves
// screenshots at phone and projector sizes in artifacts/screenshots/ for review.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const screenshotDir = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

const viewports = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Collects console errors and uncaught page errors from the moment it is called. */
function collectErrors(page: Page): string[] {
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

for (const viewport of viewports) {
  test(`loads cleanly and accessibly at ${viewport.name} size (${viewport.width}x${viewport.height})`, async ({
    browser,
  }) => {
    // axe needs a page from a context we own, so make the context here rather than use `page`.
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    try {
      const page = await context.newPage();
      const errors = collectErrors(page);

      await page.goto('/');
      await expect(page.locator('h1').first()).toBeVisible();

      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      const report = results.violations
        .map((violation) => {
          const nodes = violation.nodes
            .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`)
            .join('\n');
          return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
        })
        .join('\n\n');
      expect(results.violations, `axe found violations:\n\n${report}`).toEqual([]);

      await page.screenshot({
        path: `${screenshotDir}smoke-${viewport.name}.png`,
        fullPage: true,
      });

      expect(errors, errors.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
