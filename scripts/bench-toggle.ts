// Treatment toggle to next paint at phone size (part of `npm run bench`): the time from a press
// on a treatment chip to the next paint, as the browser's Event Timing reports it (the measure
// behind the web's Interaction to Next Paint), with the CPU slowed 4x as Lighthouse's mobile
// run does and unthrottled. The app is measured against an earlier build of itself (by default
// the commit before treatment changes were deferred past the paint; `--toggle-before=<git ref>`
// picks another), alternately, round by round, so both see the same machine load. The earlier
// build is checked out into a temporary git worktree, built there with this checkout's
// node_modules, and served beside the app (both cross-origin isolated, as the bench serves it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright';
import { preview } from 'vite';
import { ISOLATED, median, openPage } from './bench-browser.ts';

/** The build before treatment changes reached the app after the next paint (app.edit). */
export const DEFAULT_BEFORE_REF = 'b48083c~1';
/** Goals: every toggle's next paint within these (the worst of the toggles, quiet machine). */
export const TOGGLE_GOALS_MS = { 4: 200, 1: 100 } as const;

const PHONE = { width: 390, height: 844 };
/** A press Event Timing did not report: it painted within 16 ms, the shortest it reports. */
const UNREPORTED = -1;
/** One round: six presses that each change the treatment, ending where it began. */
const TOGGLES: readonly { name: string; value: string }[] = [
  { name: 'dul-dose', value: '60' },
  { name: 'acu-mode', value: 'ea-2-100hz' },
  { name: 'ami-dose', value: '25' },
  { name: 'dul-dose', value: '0' },
  { name: 'acu-mode', value: 'off' },
  { name: 'ami-dose', value: '0' },
];

export interface ToggleTimes {
  /** Each press's time to the next paint (ms), or UNREPORTED, in order, over all rounds. */
  durations: number[];
}

/** A build of another git ref, served; `close` stops the server and removes the worktree. */
export async function serveEarlierBuild(
  ref: string,
  port = 4178,
): Promise<{ url: string; commit: string; close(): Promise<void> } | { skipped: string }> {
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return { skipped: `git ref ${ref} is not in this clone's history` };
  }
  const worktree = mkdtempSync(join(tmpdir(), 'painbrake-bench-before-'));
  const removeWorktree = () => {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { stdio: 'ignore' });
    rmSync(worktree, { recursive: true, force: true });
  };
  execFileSync('git', ['worktree', 'add', '--detach', '--force', worktree, commit], {
    stdio: 'ignore',
  });
  try {
    symlinkSync(resolve('node_modules'), join(worktree, 'node_modules'), 'dir');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
      cwd: worktree,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (!existsSync(join(worktree, 'dist', 'index.html')))
      throw new Error(`the build of ${commit} made no dist/index.html`);
    const server = await preview({
      root: worktree,
      configFile: join(worktree, 'vite.config.ts'),
      logLevel: 'silent',
      preview: { port, strictPort: true, headers: ISOLATED },
    });
    return {
      url: `http://localhost:${port}/`,
      commit,
      close: async () => {
        await server.close();
        removeWorktree();
      },
    };
  } catch (error) {
    removeWorktree();
    throw error;
  }
}

/** Waits until the page has nothing left to do (twice idle), so presses never overlap. */
const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestIdleCallback(() => requestIdleCallback(() => done(), { timeout: 5000 }), {
          timeout: 5000,
        }),
      ),
  );

/** Opens the explorer at phone size, collecting Event Timing's longest entry per interaction. */
async function openToggling(url: string, rate: number) {
  const opened = await openPage(url, PHONE.width, PHONE.height);
  const session = await opened.page.context().newCDPSession(opened.page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  // On a phone the controls are built when scrolled near: scroll down to them, as a person would.
  const dose = opened.page.locator('input[name="dul-dose"]').first();
  for (let screens = 0; (await dose.count()) === 0 && screens < 20; screens++) {
    await opened.page.mouse.wheel(0, PHONE.height * 0.8);
    await opened.page.waitForTimeout(300);
  }
  await dose.waitFor({ state: 'attached' });
  await opened.page.evaluate(() => {
    const longest = new Map<number, number>();
    (globalThis as { __toggleLongest?: Map<number, number> }).__toggleLongest = longest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (!entry.interactionId) continue;
        longest.set(
          entry.interactionId,
          Math.max(longest.get(entry.interactionId) ?? 0, entry.duration),
        );
      }
      // durationThreshold 16 is the lowest the browser allows; shorter presses read as 16 ms.
    }).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: false,
    } as PerformanceObserverInit);
  });
  await idle(opened.page);
  return opened;
}

/** One round of presses; returns each press's time to the next paint. */
async function toggleRound(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (const toggle of TOGGLES) {
    await page.evaluate(() =>
      (globalThis as { __toggleLongest?: Map<number, number> }).__toggleLongest!.clear(),
    );
    await page.locator(`input[name="${toggle.name}"][value="${toggle.value}"]`).check();
    await idle(page);
    // Event Timing reports an interaction once its paint is done; the observer's callback comes
    // a moment later. A press that painted within 16 ms (the observer's threshold) has no entry.
    await page.waitForTimeout(200);
    const longest = await page.evaluate(() => {
      const map = (globalThis as { __toggleLongest?: Map<number, number> }).__toggleLongest!;
      return map.size > 0 ? Math.max(...map.values()) : null;
    });
    times.push(longest ?? UNREPORTED);
  }
  return times;
}

/**
 * The toggles on both builds at one CPU slowdown, `rounds` alternate rounds each (the earlier
 * build first in even rounds, the app first in odd ones).
 */
export async function compareToggles(
  beforeUrl: string,
  afterUrl: string,
  rate: number,
  rounds: number,
): Promise<{ before: ToggleTimes; after: ToggleTimes; benchmarkIndex: number }> {
  const before = await openToggling(beforeUrl, rate);
  const after = await openToggling(afterUrl, rate);
  try {
    const result = { before: { durations: [] as number[] }, after: { durations: [] as number[] } };
    for (let round = 0; round < rounds; round++) {
      const order =
        round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
      for (const which of order) {
        const page = which === 'before' ? before.page : after.page;
        result[which].durations.push(...(await toggleRound(page)));
      }
    }
    return { ...result, benchmarkIndex: await benchmarkIndex(after.page) };
  } finally {
    await before.browser.close();
    await after.browser.close();
  }
}

/** Lighthouse's measure of the machine's speed (its page function), in an unthrottled page. */
async function benchmarkIndex(page: Page): Promise<number> {
  const { pageFunctions } = (await import('lighthouse/core/lib/page-functions.js')) as {
    pageFunctions: { computeBenchmarkIndex: () => number };
  };
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return page.evaluate(pageFunctions.computeBenchmarkIndex);
}

/** The bench's lines for one slowdown. */
export function reportToggles(
  rate: number,
  beforeCommit: string,
  result: Awaited<ReturnType<typeof compareToggles>>,
): string[] {
  // A press with no entry counts as 16 ms in the median and the worst, and is counted apart, so
  // a run in which the entries stopped coming cannot pass for a fast one.
  const describe = (times: ToggleTimes) => {
    const durations = times.durations.map((ms) => (ms === UNREPORTED ? 16 : ms));
    const unreported = times.durations.filter((ms) => ms === UNREPORTED).length;
    return (
      `median ${Math.round(median(durations))} ms, worst ${Math.round(Math.max(...durations))} ms` +
      ` (${unreported} of ${durations.length} within 16 ms, unreported)`
    );
  };
  const goal = TOGGLE_GOALS_MS[rate as keyof typeof TOGGLE_GOALS_MS];
  return [
    `bench treatment toggle to next paint at ${PHONE.width}x${PHONE.height}, CPU ${rate}x ` +
      `(Event Timing, ${result.after.durations.length} presses each, alternate rounds): ` +
      `now ${describe(result.after)}; before (${beforeCommit}) ${describe(result.before)}` +
      `${goal ? ` (goal: worst <= ${goal} ms on a quiet machine)` : ''}; machine benchmark index ` +
      `${Math.round(result.benchmarkIndex)}`,
  ];
}
