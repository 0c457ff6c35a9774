// The browser half of `npm run bench` (see bench.ts): measures the built app in Chromium.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadJavaScript, LANGUAGES } from './bundle-size.ts';
import {
  heapAfterGc,
  lighthouseMobile,
  median,
  openPage,
  buildBarePage,
  serveBuiltApp,
} from './bench-browser.ts';
import { compareFrameWork, reportFrameWork } from './bench-frame3d.ts';
import {
  compareToggles,
  DEFAULT_BEFORE_REF,
  reportToggles,
  serveEarlierBuild,
} from './bench-toggle.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipKb = (file: string) => kb(gzipSync(readFileSync(file), { level: 9 }).length);

declare global {
  var __painbrakeStageFrames: number[] | undefined;
}

/** Lighthouse runs whose median is reported. */
const LIGHTHOUSE_RUNS = 5;
/** The 3D frame-work comparison: alternate rounds (app, then bare page) of orbit steps. */
const FRAME_WORK = { rounds: 8, framesPerRound: 50, warmupFrames: 30, width: 1280, height: 720 };
/** Goal for the 3D view's frame CPU time against the bare three.js page's. */
const FRAME_WORK_GOAL = 1.25;
/** Alternate rounds of six treatment presses, on each build, at each CPU slowdown. */
const TOGGLE_ROUNDS = 3;
/** `npm run bench -- --3d`: only the 3D view's figures; `--toggles`: only the toggles'. */
const only3d = process.argv.includes('--3d');
const onlyToggles = process.argv.includes('--toggles');
/** `--toggle-before=<git ref>`: the earlier build the toggles are compared with. */
const toggleBefore =
  process.argv.find((arg) => arg.startsWith('--toggle-before='))?.split('=')[1] ??
  DEFAULT_BEFORE_REF;

const app = await serveBuiltApp();
const dist = app.outDir;
try {
  if (!only3d && !onlyToggles) await benchFirstScreen();
  if (!only3d) await benchToggles();
  if (!onlyToggles) await bench3d();
} finally {
  await app.close();
}

/** Treatment toggle to next paint at phone size, 4x and 1x CPU, against an earlier build. */
async function benchToggles() {
  const before = await serveEarlierBuild(toggleBefore);
  if ('skipped' in before) {
    console.log(`bench treatment toggle to next paint: skipped (${before.skipped})`);
    return;
  }
  try {
    for (const rate of [4, 1]) {
      const result = await compareToggles(before.url, app.url, rate, TOGGLE_ROUNDS);
      for (const line of reportToggles(rate, before.commit, result)) console.log(line);
    }
  } finally {
    await before.close();
  }
}

/** First-load size, Lighthouse, the stage's frames, heap growth, press to next frame. */
async function benchFirstScreen() {
  for (const language of LANGUAGES) {
    const firstLoad = firstLoadJavaScript(dist, language);
    console.log(
      `bench first-load JavaScript in ${language} (gzip): ${kb(firstLoad.gzipBytes)} (goal < 90 KB)`,
    );
  }

  // Lighthouse varies from run to run on a shared machine: the median of several runs, with the
  // spread and Lighthouse's own measure of the machine's speed during them.
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseMobile(app.url));
  const spread = (values: number[]) =>
    `${Math.round(Math.min(...values))}-${Math.round(Math.max(...values))}`;
  const scores = runs.map((r) => r.score);
  const tbts = runs.map((r) => r.totalBlockingTimeMs);
  console.log(
    `bench Lighthouse mobile performance, median of ${runs.length}: ${median(scores)} ` +
      `(runs ${spread(scores)}; goal >= 95), total blocking time ${Math.round(median(tbts))} ms ` +
      `(runs ${spread(tbts)}; goal < 150 ms), LCP ` +
      `${Math.round(median(runs.map((r) => r.largestContentfulPaintMs)))} ms, machine benchmark ` +
      `index ${Math.round(median(runs.map((r) => r.benchmarkIndex)))}`,
  );

  // The stage animating with duloxetine and electroacupuncture on, from week 6, playing (paused,
  // nothing moves).
  {
    const { browser, page } = await openPage(`${app.url}?dul=60&acu=ea-2-100hz&motion=on`);
    await page.getByRole('button', { name: 'Play' }).first().click();
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

  // A story step against a treatment change: from the press to the next frame ready to paint,
  // at laptop size, each a real change every time and alternated, so both see the same machine
  // load. The step goes between week 7 on duloxetine and its abrupt stop in week 8 (the clock,
  // the treatment, the panel and the highlighted nodes change); the change toggles duloxetine
  // 60 mg on and off in the explorer.
  {
    const story = await openPage(`${app.url}?story=stopping-duloxetine`, 1280, 800);
    const explorer = await openPage(`${app.url}?c=diabetic-neuropathy&t=1176`, 1280, 800);
    for (const page of [story.page, explorer.page])
      await page.locator('input[name="dul-dose"][value="60"]').waitFor();
    await story.page.locator('[data-story-next]').waitFor();
    const pressToFrame = (page: typeof story.page, selector: string) =>
      page.evaluate(async (selector) => {
        const target = document.querySelector<HTMLElement>(selector)!;
        const start = performance.now();
        target.click();
        await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        return performance.now() - start;
      }, selector);
    const steps: number[] = [];
    const changes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const direction = i % 2 === 0 ? '[data-story-next]' : '[data-story-previous]';
      steps.push(await pressToFrame(story.page, direction));
      await story.page.waitForTimeout(100);
      const mg = i % 2 === 0 ? 60 : 0;
      changes.push(await pressToFrame(explorer.page, `input[name="dul-dose"][value="${mg}"]`));
      await explorer.page.waitForTimeout(100);
    }
    console.log(
      `bench press to next frame at 1280x800, median of 30: story step ${median(steps).toFixed(1)} ms, ` +
        `treatment change ${median(changes).toFixed(1)} ms, ratio ` +
        `${(median(steps) / median(changes)).toFixed(2)} (goal: a step costs no more than a change)`,
    );
    await story.browser.close();
    await explorer.browser.close();
  }
}

/** The 3D view: chunk, meshes, first frame, and its frame work against a bare three.js page. */
async function bench3d() {
  // What it downloads and how soon it draws.
  {
    const { browser, page } = await openPage(app.url, 1280, 720);
    // Only what opening the view fetches: wait until the first screen's own chunks have come.
    await page.waitForLoadState('networkidle');
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
      { timeout: 120_000 },
    );
    const firstFrameAt = await page.evaluate(
      () => globalThis.__painbrake3d!.stats().firstBrainFrameAtMs,
    );
    await page.waitForLoadState('networkidle');
    const chunkBytes = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
      0,
    );
    console.log(
      `bench 3D chunk, three.js and the view (gzip): ${kb(chunkBytes)} (goal < 200 KB; ` +
        `${scripts.join(', ')})`,
    );
    const meshDir = join(dist, 'meshes');
    const meshes = readdirSync(meshDir).filter((f) => f.endsWith('.glb'));
    const meshBytes = meshes.reduce((sum, f) => sum + statSync(join(meshDir, f)).size, 0);
    console.log(
      `bench 3D meshes: ${kb(meshBytes)} as shipped (goal < 350 KB), ` +
        meshes.map((f) => `${f} ${gzipKb(join(meshDir, f))} gzip`).join(', '),
    );
    console.log(
      `bench 3D time from opening the view to the first brain frame: ${Math.round(firstFrameAt - clickedAt)} ms`,
    );
    await browser.close();
  }

  // The work of a frame: the app and a bare three.js page drawing the same meshes, driven alike
  // (one orbit step a frame), alternately, so both see the same machine load.
  {
    const bare = await buildBarePage(app);
    const result = await compareFrameWork(app.url, bare, FRAME_WORK);
    for (const line of reportFrameWork(result, FRAME_WORK_GOAL)) console.log(line);
  }
}
