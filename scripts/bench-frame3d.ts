// The 3D view's frame work against a bare three.js page (part of `npm run bench`): both pages are
// driven frame by frame alike (the left arrow key orbits the camera one step and draws one
// frame), in alternate rounds so both see the same machine load, and each frame's CPU time is
// read from the User Timing measures both pages record: the draw call (`painbrake:3d-render`)
// and, in the app, the labels' placement (`painbrake:3d-labels`), which runs at most every 100 ms
// while the camera moves (the labels follow their markers on the GPU in between), so the means
// are reported beside the medians. GPU time comes from the WebGL timer query where the browser
// offers it; software WebGL does not, so the time the GPU side still needs after the frame
// (gl.finish) is reported beside it as a stand-in.
import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from '@playwright/test';
import { median, openPage } from './bench-browser.ts';
import { LABELS_MEASURE, RENDER_MEASURE } from '../src/views/brain3d/frameTimings.ts';

/** One round's frames: CPU ms of the draw call and of the labels, GPU ms where measurable. */
export interface RoundFrames {
  render: number[];
  labels: number[];
  /** Timer-query GPU ms per frame (empty when the extension is not offered). */
  gpu: number[];
  /** ms that gl.finish() waited after each frame: the GPU work the frame left behind. */
  finish: number[];
}

export interface FrameWorkOptions {
  rounds: number;
  framesPerRound: number;
  /** Frames drawn before the first round and not counted (shader compilation, JIT). */
  warmupFrames: number;
  width: number;
  height: number;
}

declare global {
  var __benchGl: WebGL2RenderingContext[] | undefined;
  /** The bare page's frames drawn and draw calls in the last (bench-pages/bare-three.ts). */
  var __bareStats: { frames: number; loaded: boolean; calls: number } | undefined;
}

/**
 * Keeps every WebGL context a page creates (before any of its scripts run), so the driver can
 * time the GPU side of a frame without the app exposing its renderer.
 */
function captureContexts(): void {
  const contexts: WebGL2RenderingContext[] = [];
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    kind: string,
    ...rest: unknown[]
  ) {
    const context = (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
    if (context && kind === 'webgl2' && !contexts.includes(context as WebGL2RenderingContext))
      contexts.push(context as WebGL2RenderingContext);
    return context;
  } as typeof HTMLCanvasElement.prototype.getContext;
  globalThis.__benchGl = contexts;
}

/** Presses the left arrow on `selector` once per frame, `frames` times, and collects the measures. */
function driveFrames(page: Page, selector: string, frames: number): Promise<RoundFrames> {
  return page.evaluate(
    async ({ selector, frames, names }) => {
      const target = document.querySelector(selector) ?? document.body;
      const gl = (globalThis.__benchGl ?? [])
        .filter((c) => c.canvas instanceof HTMLCanvasElement && c.canvas.isConnected)
        .filter((c) => !c.isContextLost())
        .at(-1);
      const timer = gl?.getExtension('EXT_disjoint_timer_query_webgl2') as {
        TIME_ELAPSED_EXT: number;
        GPU_DISJOINT_EXT: number;
      } | null;
      const result = {
        render: [] as number[],
        labels: [] as number[],
        gpu: [] as number[],
        finish: [] as number[],
      };
      const queries: WebGLQuery[] = [];
      const measures: PerformanceEntry[] = [];
      let counting = false;
      const observer = new PerformanceObserver((list) => {
        if (counting) measures.push(...list.getEntries());
      });
      observer.observe({ type: 'measure' });
      // Start from a quiet page: nothing pending from before the round. (No named functions in
      // here: the TypeScript loader would wrap them in a helper the page does not have.)
      await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      observer.takeRecords();
      counting = true;
      for (let i = 0; i < frames; i++) {
        const query = gl && timer ? gl.createQuery() : null;
        if (gl && timer && query) gl.beginQuery(timer.TIME_ELAPSED_EXT, query);
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }),
        );
        await new Promise<void>((done) =>
          requestAnimationFrame(() => {
            // After the page's own frame callback, which was asked for by the key.
            if (gl && timer && query) {
              gl.endQuery(timer.TIME_ELAPSED_EXT);
              queries.push(query);
            }
            if (gl) {
              const start = performance.now();
              gl.finish();
              result.finish.push(performance.now() - start);
            }
            setTimeout(done, 0);
          }),
        );
      }
      measures.push(...observer.takeRecords());
      // One figure per drawn frame: its draw call, and the label work done before it in the same
      // frame (0 on frames where the labels only followed their markers on the GPU).
      let labelsBefore = 0;
      for (const entry of measures) {
        if (entry.name === names.labels) labelsBefore += entry.duration;
        else if (entry.name === names.render) {
          result.render.push(entry.duration);
          result.labels.push(labelsBefore);
          labelsBefore = 0;
        }
      }
      observer.disconnect();
      if (gl && timer) {
        for (const query of queries) {
          for (let wait = 0; wait < 60; wait++) {
            if (gl.getQueryParameter(query, gl.QUERY_RESULT_AVAILABLE)) break;
            await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          }
          const disjoint = gl.getParameter(timer.GPU_DISJOINT_EXT) as boolean;
          if (gl.getQueryParameter(query, gl.QUERY_RESULT_AVAILABLE) && !disjoint)
            result.gpu.push((gl.getQueryParameter(query, gl.QUERY_RESULT) as number) / 1e6);
          gl.deleteQuery(query);
        }
      }
      return result;
    },
    { selector, frames, names: { render: RENDER_MEASURE, labels: LABELS_MEASURE } },
  );
}

/** Which GPU timer query the page's WebGL offers ('not offered' when neither). */
function timerQueryOffered(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl2 = (globalThis.__benchGl ?? []).filter((c) => !c.isContextLost()).at(-1);
    if (gl2?.getExtension('EXT_disjoint_timer_query_webgl2'))
      return 'EXT_disjoint_timer_query_webgl2';
    const gl1 = document.createElement('canvas').getContext('webgl');
    const offered = gl1?.getExtension('EXT_disjoint_timer_query')
      ? 'EXT_disjoint_timer_query on WebGL 1 only (three.js draws with WebGL 2)'
      : 'not offered';
    gl1?.getExtension('WEBGL_lose_context')?.loseContext();
    return offered;
  });
}

/** The app with the 3D view open and drawn, the clock paused (only the camera moves). */
async function openApp(url: string, options: FrameWorkOptions) {
  const { browser, page } = await openPage(
    `${url}#view=brain3d`,
    options.width,
    options.height,
    captureContexts,
  );
  // The view draws only while it is on screen.
  await page.locator('[role="application"]').scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => {
      const s = globalThis.__painbrake3d?.stats();
      return s !== undefined && s.meshesLoaded && s.firstBrainFrameMs >= 0;
    },
    null,
    { timeout: 120_000 },
  );
  const size = await page.evaluate(() => {
    const canvas = document.querySelector('[role="application"] canvas')!;
    return { w: Math.round(canvas.clientWidth), h: Math.round(canvas.clientHeight) };
  });
  const camera = await page.evaluate(() => globalThis.__painbrake3d!.camera()!);
  return { browser, page, size, camera };
}

async function openBare(
  { url, meshBase }: { url: string; meshBase: string },
  options: FrameWorkOptions,
  size: { w: number; h: number },
  camera: { position: number[]; target: number[] },
) {
  const cam = [...camera.position, ...camera.target].join(',');
  const { browser, page } = await openPage(
    `${url}?w=${size.w}&h=${size.h}&base=${meshBase}&cam=${cam}`,
    options.width,
    options.height,
    captureContexts,
  );
  await page.waitForFunction(() => (globalThis.__bareStats?.frames ?? 0) > 0, null, {
    timeout: 120_000,
  });
  return { browser, page };
}

export interface FrameWorkResult {
  size: { w: number; h: number };
  app: RoundFrames[];
  bare: RoundFrames[];
  timerQuery: string;
  calls: number;
  triangles: number;
  bareCalls: number;
  /** The machine's 1-minute load average when the rounds began and when they ended. */
  load: [number, number];
}

/** Runs the alternate rounds: app, bare page, app, ... each `framesPerRound` orbit steps. */
export async function compareFrameWork(
  appUrl: string,
  bare: { url: string; meshBase: string },
  options: FrameWorkOptions,
): Promise<FrameWorkResult> {
  const browsers: Browser[] = [];
  try {
    const app = await openApp(appUrl, options);
    browsers.push(app.browser);
    const barePage = await openBare(bare, options, app.size, app.camera);
    browsers.push(barePage.browser);
    const appTarget = '[role="application"]';
    await driveFrames(app.page, appTarget, options.warmupFrames);
    await driveFrames(barePage.page, 'canvas', options.warmupFrames);
    const result: FrameWorkResult = {
      size: app.size,
      app: [],
      bare: [],
      timerQuery: await timerQueryOffered(app.page),
      calls: 0,
      triangles: 0,
      bareCalls: 0,
      load: [loadavg()[0]!, 0],
    };
    for (let round = 0; round < options.rounds; round++) {
      result.app.push(await driveFrames(app.page, appTarget, options.framesPerRound));
      result.bare.push(await driveFrames(barePage.page, 'canvas', options.framesPerRound));
    }
    result.load[1] = loadavg()[0]!;
    const stats = await app.page.evaluate(() => globalThis.__painbrake3d!.stats());
    result.calls = stats.calls;
    result.triangles = stats.triangles;
    result.bareCalls = await barePage.page.evaluate(() => globalThis.__bareStats!.calls);
    return result;
  } finally {
    for (const browser of browsers) await browser.close();
  }
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;

/** Per-frame CPU ms of a round: the draw call plus the labels laid out in the same frame. */
export function frameCpu(round: RoundFrames): number[] {
  return round.render.map((ms, i) => ms + (round.labels[i] ?? 0));
}

/** The report lines: per round, then over all rounds, and the GPU side. */
export function reportFrameWork(result: FrameWorkResult, goal: number): string[] {
  const f = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(2) : '-');
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const lines: string[] = [];
  const where = `${result.size.w}x${result.size.h}`;
  result.app.forEach((app, i) => {
    const bare = result.bare[i]!;
    const frame = frameCpu(app);
    lines.push(
      `bench 3D frame CPU round ${i + 1} (${app.render.length}/${bare.render.length} frames), ` +
        `median (mean): app render ${f(median(app.render))} (${f(mean(app.render))}) + labels ` +
        `${f(median(app.labels))} (${f(mean(app.labels))}) = frame ${f(median(frame))} ` +
        `(${f(mean(frame))}) ms; bare render ${f(median(bare.render))} ` +
        `(${f(mean(bare.render))}) ms; app/bare ${ratio(median(frame), median(bare.render))} ` +
        `(means ${ratio(mean(frame), mean(bare.render))}; render alone ` +
        `${ratio(median(app.render), median(bare.render))})`,
    );
  });
  const all = (pick: (r: RoundFrames) => number[], rounds: RoundFrames[]) => rounds.flatMap(pick);
  const appRender = all((r) => r.render, result.app);
  const appLabels = all((r) => r.labels, result.app);
  const appFrame = all(frameCpu, result.app);
  const bareRender = all((r) => r.render, result.bare);
  // Each round's ratio sets app and bare page side by side at nearly the same moment, so their
  // median is the figure least moved by the machine's load changing during the run.
  const roundRatios = result.app.map(
    (app, i) => median(frameCpu(app)) / median(result.bare[i]!.render),
  );
  lines.push(
    `bench 3D frame CPU at ${where}, ${result.app.length} alternate rounds of ` +
      `${result.app[0]?.render.length ?? 0} orbit steps, median (mean) over all frames: app ` +
      `render ${f(median(appRender))} (${f(mean(appRender))}) + labels ` +
      `${f(median(appLabels))} (${f(mean(appLabels))}) = frame ${f(median(appFrame))} ` +
      `(${f(mean(appFrame))}) ms, ${result.calls} draw calls; bare three.js page render ` +
      `${f(median(bareRender))} (${f(mean(bareRender))}) ms, ${result.bareCalls} draw calls; ` +
      `app/bare ${median(roundRatios).toFixed(2)} (median of the rounds' ratios, ` +
      `${Math.min(...roundRatios).toFixed(2)}-${Math.max(...roundRatios).toFixed(2)}; pooled ` +
      `medians ${ratio(median(appFrame), median(bareRender))}, means ` +
      `${ratio(mean(appFrame), mean(bareRender))}; render alone ` +
      `${ratio(median(appRender), median(bareRender))}) (goal <= ${goal}); machine load ` +
      `${result.load[0].toFixed(1)} -> ${result.load[1].toFixed(1)} (1-minute average, ` +
      `${cpus().length} cores)`,
  );
  const appGpu = all((r) => r.gpu, result.app);
  const bareGpu = all((r) => r.gpu, result.bare);
  const appFinish = all((r) => r.finish, result.app);
  const bareFinish = all((r) => r.finish, result.bare);
  lines.push(
    `bench 3D frame GPU: timer query ${result.timerQuery}` +
      (appGpu.length > 0
        ? `: app ${f(median(appGpu))} ms, bare ${f(median(bareGpu))} ms, ratio ` +
          `${ratio(median(appGpu), median(bareGpu))}`
        : '') +
      `; GPU work left after the frame (gl.finish wait, median, mean): app ` +
      `${f(median(appFinish))}, ${f(mean(appFinish))} ms, bare ${f(median(bareFinish))}, ` +
      `${f(mean(bareFinish))} ms, ratio ${ratio(median(appFinish), median(bareFinish))}`,
  );
  return lines;
}
