// The browser half of `npm run bench` (see bench.ts): measures the built app in Chromium.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadJavaScript } from './bundle-size.ts';
import {
  heapAfterGc,
  lighthouseMobile,
  median,
  openPage,
  serveBarePage,
  serveBuiltApp,
} from './bench-browser.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipKb = (file: string) => kb(gzipSync(readFileSync(file), { level: 9 }).length);

declare global {
  var __painbrakeStageFrames: number[] | undefined;
  var __bareStats: { frames: number; intervals: number[]; loaded: boolean } | undefined;
}

const app = await serveBuiltApp();
try {
  const firstLoad = firstLoadJavaScript('dist');
  console.log(`bench first-load JavaScript (gzip): ${kb(firstLoad.gzipBytes)} (goal < 90 KB)`);

  const lighthouse = await lighthouseMobile(app.url);
  console.log(
    `bench Lighthouse mobile performance: ${lighthouse.score} (goal >= 95), total blocking time ` +
      `${Math.round(lighthouse.totalBlockingTimeMs)} ms (goal < 150 ms), LCP ` +
      `${Math.round(lighthouse.largestContentfulPaintMs)} ms`,
  );

  // The stage animating with duloxetine and electroacupuncture on, at week 6.
  {
    const { browser, page } = await openPage(`${app.url}?dul=60&acu=ea-2-100hz`);
    await page.waitForTimeout(6000);
    const frames = await page.evaluate(() => globalThis.__painbrakeStageFrames ?? []);
    console.log(
      `bench stage scripting per animation frame: median ${median(frames).toFixed(2)} ms ` +
        `over ${frames.length} frames (goal < 4 ms)`,
    );
    await browser.close();
  }

  // Heap growth after 500 treatment toggles (duloxetine 60 mg on and off).
  {
    const { browser, page } = await openPage(app.url);
    await page.locator('input[name="dul-dose"][value="60"]').waitFor();
    const before = await heapAfterGc(page);
    for (let i = 0; i < 500; i++)
      await page.locator(`input[name="dul-dose"][value="${i % 2 === 0 ? 60 : 0}"]`).check();
    await page.waitForTimeout(1000);
    const after = await heapAfterGc(page);
    console.log(
      `bench heap growth after 500 treatment toggles: ${((after - before) / 1024 / 1024).toFixed(2)} MB (goal < 5 MB)`,
    );
    await browser.close();
  }

  // The 3D view: what it downloads, how soon it draws, and its frame time.
  {
    const { browser, page } = await openPage(app.url, 1280, 720);
    const scripts: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.push(url.pathname.replace(/^\//, ''));
    });
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('radio', { name: '3D brain' }).check();
    await page.waitForFunction(
      () => (globalThis.__painbrake3d?.stats().firstBrainFrameAtMs ?? -1) > 0,
      null,
      {
        timeout: 120_000,
      },
    );
    const firstFrameAt = await page.evaluate(
      () => globalThis.__painbrake3d!.stats().firstBrainFrameAtMs,
    );
    const firstLoadFiles = new Set(firstLoad.files.map((f) => f.file));
    const chunkBytes = scripts
      .filter((file) => !firstLoadFiles.has(file))
      .reduce(
        (sum, file) => sum + gzipSync(readFileSync(join('dist', file)), { level: 9 }).length,
        0,
      );
    console.log(`bench 3D chunk, three.js and the view (gzip): ${kb(chunkBytes)} (goal < 200 KB)`);
    const meshes = readdirSync('dist/meshes').filter((f) => f.endsWith('.glb'));
    const meshBytes = meshes.reduce((sum, f) => sum + statSync(join('dist/meshes', f)).size, 0);
    console.log(
      `bench 3D meshes: ${kb(meshBytes)} as shipped (goal < 350 KB), ` +
        meshes.map((f) => `${f} ${gzipKb(join('dist/meshes', f))} gzip`).join(', '),
    );
    console.log(
      `bench 3D time from opening the view to the first brain frame: ${Math.round(firstFrameAt - clickedAt)} ms`,
    );

    // Animated frame time, then the bare page at the same canvas size in the same run.
    await page.waitForTimeout(8000);
    const appFrame = await page.evaluate(() => globalThis.__painbrake3d!.stats().medianFrameMs);
    const size = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      return { w: canvas?.clientWidth ?? 1264, h: canvas?.clientHeight ?? 460 };
    });
    await browser.close();

    const bare = await serveBarePage();
    try {
      const reference = await openPage(
        `${bare.url}?w=${size.w}&h=${size.h}&base=./meshes/`,
        1280,
        720,
      );
      await reference.page.waitForFunction(() => (globalThis.__bareStats?.frames ?? 0) > 5, null, {
        timeout: 120_000,
      });
      await reference.page.waitForTimeout(8000);
      const intervals = await reference.page.evaluate(() => globalThis.__bareStats!.intervals);
      const bareFrame = median(intervals.slice(2));
      await reference.browser.close();
      console.log(
        `bench 3D median frame time at ${size.w}x${size.h} (1280x720 window): app ${appFrame.toFixed(1)} ms, ` +
          `bare three.js page ${bareFrame.toFixed(1)} ms, ratio ${(appFrame / bareFrame).toFixed(2)} (goal <= 1.25)`,
      );
    } finally {
      await bare.close();
    }
  }
} finally {
  await app.close();
}
