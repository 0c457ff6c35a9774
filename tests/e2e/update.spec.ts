// A new version of the app, end to end: after one visit the service worker has saved the app;
// when the host then serves a new version, the page says "a new version is ready" and waits for
// the person (nothing reloads on its own); Reload lets the new version take charge and reloads
// into it with the view kept (its state is in the address). The built app is copied into a
// temporary directory and served from there, so the test can change its service worker the way
// a new deployment does.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { DULOXETINE, doseRadio } from './support/explorer.ts';
import { expect, openPage, test } from './support/harness.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` as a static host would, reading each file afresh (so a change shows at once). */
function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response
        .writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

test('a new version waits for the person, and Reload brings it in with the view kept', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const root = mkdtempSync(join(tmpdir(), 'painbrake-update-'));
  cpSync('dist', root, { recursive: true });
  const server = await serve(root);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { page, context, errors } = await openPage(browser, `${origin}/#dul=60`, {
    serviceWorkers: 'allow',
  });
  try {
    // The first visit saves the app (a first save is not an update: no prompt).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', done),
        );
    });
    const prompt = page.locator('[data-update]');
    // Saved and in charge, with no prompt, and none comes (a first save is offered as nothing).
    await page.waitForTimeout(1_000);
    await expect(prompt).toHaveCount(0);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

    // The host now serves a new version; the page looks for it (as a browser does on its own).
    const worker = join(root, 'sw.js');
    writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// a new version\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration!.update();
    });
    await expect(prompt).toBeVisible({ timeout: 60_000 });
    await expect(prompt).toContainText('new version');
    // Nothing moves without the person: the old version stays in charge meanwhile.
    expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(
      firstWorker,
    );
    expect(
      await page.evaluate(async () =>
        Boolean((await navigator.serviceWorker.getRegistration())!.waiting),
      ),
    ).toBe(true);

    await Promise.all([
      page.waitForEvent('framenavigated', { timeout: 60_000 }),
      prompt.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect(doseRadio(page, DULOXETINE, 60)).toBeChecked();
    await expect(prompt).toHaveCount(0);
    // The new version is in charge and nothing waits.
    expect(
      await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        return { waiting: registration.waiting, active: registration.active?.state };
      }),
    ).toEqual({ waiting: null, active: 'activated' });
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await new Promise((done) => server.close(done));
    rmSync(root, { recursive: true, force: true });
  }
});
