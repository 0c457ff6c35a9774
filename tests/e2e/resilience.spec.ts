// A part of the page that fails to arrive is never a blank space: the panels, the centre views
// and the timeline are fetched when first needed, and when that fails (offline before the app is
// saved for offline use, a 404, a stall) the place says what is missing and offers Try again,
// which works once the network is back. The rest of the page keeps working meanwhile.
import type { Page, Route } from '@playwright/test';
import { expect, openPage, test } from './support/harness.ts';
import { DULOXETINE, doseRadio, openPanel } from './support/explorer.ts';

/** Console errors a failed fetch logs by design here; anything else still fails the test. */
const EXPECTED_FAILURE = /Failed to load resource|Failed to fetch dynamically imported module/;

async function openWithFailures(
  browser: Parameters<typeof openPage>[0],
  path: string,
  block: RegExp,
  answer: (route: Route) => Promise<void>,
) {
  const opened = await openPage(browser, 'about:blank');
  let blocking = true;
  await opened.page.route(block, (route) => (blocking ? answer(route) : route.continue()));
  await opened.page.goto(path);
  return { ...opened, unblock: () => (blocking = false) };
}

const unexpected = (errors: string[]) => errors.filter((e) => !EXPECTED_FAILURE.test(e));

async function expectProblem(page: Page, where: string, text: RegExp, timeout = 10_000) {
  const problem = page.locator(`${where} [data-load-problem]`);
  await expect(problem).toBeVisible({ timeout });
  await expect(problem).toHaveAttribute('role', 'alert');
  await expect(problem).toContainText(text);
  return problem;
}

test('a panel that cannot load offline says so; Try again brings it once the network is back', async ({
  browser,
}) => {
  const { page, context, errors, unblock } = await openWithFailures(
    browser,
    '/#panel=networks',
    /NetworksPanel-[^/]*\.js$/,
    (route) => route.abort('internetdisconnected'),
  );
  const problem = await expectProblem(page, '[role="tabpanel"]', /“Networks” could not load/);
  // The rest of the page works meanwhile.
  await doseRadio(page, DULOXETINE, 60).check();
  await expect(page.locator('[data-node="pag"]')).toBeVisible();

  unblock();
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('[data-load-problem]')).toHaveCount(0);
  await expect(openPanel(page).getByRole('heading').first()).toBeVisible();
  await expect(openPanel(page)).toContainText(/default mode network/i);
  expect(unexpected(errors)).toEqual([]);
  await context.close();
});

test('a missing 3D view (404) and a missing message file each show what is missing', async ({
  browser,
}) => {
  const { page, context, errors, unblock } = await openWithFailures(
    browser,
    '/#view=brain3d',
    /Brain\.webgl-[^/]*\.js$/,
    (route) => route.fulfill({ status: 404, body: 'not here' }),
  );
  const problem = await expectProblem(page, 'main', /“3D brain” could not load/);
  unblock();
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('canvas')).toBeVisible();
  expect(unexpected(errors)).toEqual([]);
  await context.close();

  // The panel's words come in their own file: when only that fails, the panel says so too.
  const words = await openWithFailures(
    browser,
    '/#panel=about',
    /messages-en-detail-plain-[^/]*\.js$/,
    (route) => route.fulfill({ status: 500, body: 'broken' }),
  );
  await expectProblem(words.page, '[role="tabpanel"]', /“About” could not load/);
  words.unblock();
  await words.page.getByRole('button', { name: 'Try again' }).click();
  await expect(openPanel(words.page).getByRole('heading').first()).toBeVisible();
  expect(unexpected(words.errors)).toEqual([]);
  await words.context.close();
});

test('brain surfaces that fail to load say so over the 3D view; Try again fetches them again', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { page, context, errors, unblock } = await openWithFailures(
    browser,
    '/#view=brain3d',
    /meshes\/[^/]*\.glb$/,
    (route) => route.fulfill({ status: 404, body: 'not here' }),
  );
  const problem = await expectProblem(page, 'main', /brain surfaces could not be loaded/);
  unblock();
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect
    .poll(() => page.evaluate(() => globalThis.__painbrake3d?.stats().meshesLoaded), {
      timeout: 60_000,
    })
    .toBe(true);
  await expect(page.locator('[data-load-problem]')).toHaveCount(0);
  expect(unexpected(errors)).toEqual([]);
  await context.close();
});

test('a part that stalls shows a loading line, then after 10 s says so with Try again', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const { page, context, errors } = await openWithFailures(
    browser,
    '/#panel=evidence',
    /EvidencePanel-[^/]*\.js$/,
    () => new Promise<void>(() => {}), // never answers
  );
  await expect(openPanel(page).locator('[data-loading]')).toBeVisible();
  await expect(openPanel(page).locator('[data-loading]')).toHaveAttribute('aria-busy', 'true');
  // The stall is named 10 s after the load began: allow a busy machine's timers some slack.
  await expectProblem(page, '[role="tabpanel"]', /“Evidence” is taking a long time/, 30_000);
  await expect(openPanel(page).getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(unexpected(errors)).toEqual([]);
  await context.close();
});
