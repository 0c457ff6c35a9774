// A monkey run: seeded random input on the explorer for a fixed time, as a restless person would
// give it: presses on whatever button, tab, chip, link or switch is on screen, keys (Tab, arrows,
// Home, End, Space, Enter, Escape and the app's single-key shortcuts), slider moves, view and
// panel switches, the header's pickers, resizes between a phone, a tablet and a desktop, history
// back and forward, and every language (the picker, or a #lang= link). Nothing it does may log a
// console error or throw; the failure names the seed and the last actions, so the run can be
// replayed (the actions stop after a fixed time, so a slower machine does fewer of them; which
// of the elements on screen a press takes follows the seed, and the log names it). The
// JavaScript heap after garbage collection is read through the DevTools protocol before (once
// the first screen is built and every part has been opened once, so lazy chunks do not count)
// and after, and may not grow by more than 10 MB.
//
// It leaves alone what would take the page away or out of the test's hands: links to other sites
// or new tabs, downloads, printing and the speaker notes' window.
import type { CDPSession, ElementHandle, Locator, Page } from '@playwright/test';
import { DESKTOP, PHONE, expect, openPage, test } from './support/harness.ts';
import { openPanel, scrollThroughPage } from './support/explorer.ts';
import { Dice } from './support/random.ts';

const TABLET = { width: 820, height: 1180 } as const;
const SIZES = { phone: PHONE, tablet: TABLET, desktop: DESKTOP } as const;
type SizeName = keyof typeof SIZES;

const LANGUAGES = ['en', 'pt-BR', 'es', 'zh-Hans'] as const;
/** The pseudo-locale has no place in the picker; a link opens it. */
const LINK_ONLY_LANGUAGES = ['qps-ploc'] as const;
const ALL_LANGUAGES = [...LANGUAGES, ...LINK_ONLY_LANGUAGES];

const HEAP_GROWTH_LIMIT_BYTES = 10 * 1024 * 1024;
const MB = 1024 * 1024;
/** How many of the last actions a failure prints. */
const SHOWN_ACTIONS = 20;
/** How long one action may wait for its element before the monkey moves on. */
const ACTION_TIMEOUT_MS = 3_000;

/** What the monkey never presses: another site, a new tab or window, a download, printing. */
const OUT_OF_BOUNDS = [
  'a[target]:not([target="_self"])',
  'a[download]',
  '[data-save]',
  '[data-download]',
  '[data-print]',
  '[data-present-notes]',
  // The 3D view's "Save PNG" buttons: the last group of its toolbar (the one with the modes).
  '[role="group"]:has(> fieldset) > [role="group"]:last-child button',
].join(', ');

const KEYS = [
  'Tab',
  'Tab',
  'Tab',
  'Shift+Tab',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Space',
  'Enter',
  'Escape',
];
/** src/state/shortcuts.ts (the course clock) and the presentation's clicker keys. */
const SHORTCUT_KEYS = [
  'k',
  'j',
  'l',
  'Shift+J',
  'Shift+L',
  '[',
  ']',
  '?',
  'Home',
  'End',
  'Space',
  'n',
  'p',
  'b',
  '.',
  'f',
  '1',
  '3',
];

interface RunPlan {
  name: string;
  seed: number;
  start: SizeName;
  /** How long the random actions run, after the warm-up. */
  actionsMs: number;
  timeoutMs: number;
}

const RUNS: readonly RunPlan[] = [
  { name: 'desktop', seed: 0x5eed_d35c, start: 'desktop', actionsMs: 85_000, timeoutMs: 300_000 },
  { name: 'phone', seed: 0x5eed_0360, start: 'phone', actionsMs: 35_000, timeoutMs: 180_000 },
];

/** The JavaScript heap in use after two rounds of garbage collection. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;

/** Follows a link inside the app: the fragment alone changes, so the page stays. */
async function followStateLink(page: Page, fragment: string): Promise<void> {
  await page.evaluate((next) => {
    // The same fragment again would not count as a new link: step away from it first.
    if (location.hash === `#${next}`) history.replaceState(history.state, '', location.pathname);
    location.hash = next;
  }, fragment);
}

/** The header's language picker (its options are the same in every language). */
const languagePicker = (page: Page) => page.locator('select:has(option[value="zh-Hans"])');

/** Waits for the explorer to show `locale` (the switch waits for the catalogues to load). */
async function expectLanguage(page: Page, locale: string): Promise<void> {
  await expect(languagePicker(page)).toHaveValue(locale);
}

/** Opens the explorer in `locale` by a #lang= link, as settle and the warm-up need it done. */
async function openLanguageLink(page: Page, locale: string): Promise<void> {
  await followStateLink(page, `lang=${locale}`);
  await expectLanguage(page, locale);
}

/**
 * The state both heap readings are taken in: no dialog, the explorer at its default view in
 * English at the run's starting size, scrolled to the top, the clock paused.
 */
async function settle(page: Page, size: SizeName): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.setViewportSize(SIZES[size]);
  await openLanguageLink(page, 'en');
  await expect(page.locator('#app h1')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  // Let the address's write, the narration and any fading finish.
  await page.waitForTimeout(1_000);
}

/**
 * Opens every part once, so the heap's first reading already holds the code of each lazy chunk:
 * every panel, each centre view, every language, the share dialog, compare, presentation, the
 * shortcuts' help and a story.
 */
async function warmUp(page: Page): Promise<void> {
  await expect(page.locator('#app h1')).toBeVisible({ timeout: 30_000 });
  await scrollThroughPage(page);
  const tabs = page.getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    await expect(openPanel(page).getByRole('heading').first()).toBeVisible();
  }
  for (const view of ['synapse', 'brain3d', 'stage']) {
    await page.locator(`label:has(> input[name="view"][value="${view}"])`).click();
    await expect(page.locator(`input[name="view"][value="${view}"]`)).toBeChecked();
    if (view === 'brain3d')
      await expect(page.locator('main canvas, main [data-load-problem]').first()).toBeVisible({
        timeout: 20_000,
      });
  }
  // Every language in both wordings (patients read plain words, students technical ones).
  const audience = page.locator('select:has(option[value="clinician"])');
  for (const wording of ['student', 'patient']) {
    await audience.selectOption(wording);
    for (const locale of [...LANGUAGES.slice(1), 'en']) {
      await languagePicker(page).selectOption(locale);
      await expectLanguage(page, locale);
    }
  }
  await openLanguageLink(page, 'qps-ploc');
  await openLanguageLink(page, 'en');

  await page.locator('[data-share-open]').click();
  await expect(page.locator('dialog[data-share]')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('[data-compare-open]').click();
  await expect(page.locator('[data-compare-leave]')).toBeVisible({ timeout: 20_000 });
  await page.locator('[data-compare-leave]').click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.locator('[data-present]')).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-present]')).toHaveCount(0);
  await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Start here' }).click();
  await expect(page.locator('main [aria-live]').first()).toBeAttached();
  await page.waitForTimeout(500);
}

/**
 * Picks an element a person could press now: a button, tab, link, chip, switch, disclosure or
 * stage node that is shown and enabled (inside the open modal dialog, when there is one), never
 * one OUT_OF_BOUNDS. `roll` in [0, 1) chooses among them.
 */
async function pressable(
  page: Page,
  roll: number,
): Promise<{ handle: ElementHandle<Element>; description: string } | null> {
  const handle = await page.evaluateHandle(
    ([roll, outOfBounds]) => {
      const modal = document.querySelector('dialog[open]');
      const root: ParentNode = modal ?? document;
      const candidates = [
        ...root.querySelectorAll(
          [
            'button',
            'a[href]',
            'summary',
            '[role="tab"]',
            '[role="button"]',
            '[role="switch"]',
            'label:has(input[type="radio"])',
            'label:has(input[type="checkbox"])',
          ].join(', '),
        ),
      ].filter((element) => {
        if (element.closest(outOfBounds)) return false;
        const link = element.closest('a[href]');
        if (link && new URL((link as HTMLAnchorElement).href).origin !== location.origin)
          return false;
        if ((element as HTMLButtonElement).disabled || element.closest('[inert]')) return false;
        const box = element.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.height > 0 &&
          element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
        );
      });
      return candidates[Math.floor(roll * candidates.length)] ?? null;
    },
    [roll, OUT_OF_BOUNDS] as const,
  );
  const element = handle.asElement();
  if (element === null) {
    await handle.dispose();
    return null;
  }
  const description = await element
    .evaluate((node) => {
      const text = (node.getAttribute('aria-label') ?? node.textContent ?? '').trim();
      const input = node.querySelector('input');
      const value = input ? ` ${input.name}=${input.value}` : '';
      return `${node.tagName.toLowerCase()}${value} "${text.replace(/\s+/g, ' ').slice(0, 50)}"`;
    })
    .catch(async (error: unknown) => {
      await element.dispose();
      throw error;
    });
  return { handle: element, description };
}

/** Whether pressing Enter or Space on the focused element would leave the app's hands. */
async function focusIsOutOfBounds(page: Page): Promise<boolean> {
  return page.evaluate((outOfBounds) => {
    const focused = document.activeElement;
    if (focused === null) return false;
    if (focused.closest(outOfBounds)) return true;
    const link = focused.closest('a[href]');
    return link !== null && new URL((link as HTMLAnchorElement).href).origin !== location.origin;
  }, OUT_OF_BOUNDS);
}

/** The navigation history's neighbours inside this document (never back out of the app). */
async function canTraverse(page: Page, direction: 'back' | 'forward'): Promise<boolean> {
  return page.evaluate((way) => {
    const navigation = (
      window as unknown as {
        navigation?: {
          currentEntry: { index: number } | null;
          entries(): { sameDocument: boolean }[];
        };
      }
    ).navigation;
    const index = navigation?.currentEntry?.index;
    if (navigation === undefined || index === undefined) return false;
    const neighbour = navigation.entries()[way === 'back' ? index - 1 : index + 1];
    return neighbour?.sameDocument === true;
  }, direction);
}

type ActionKind =
  | 'press'
  | 'key'
  | 'shortcut'
  | 'slider'
  | 'select'
  | 'view'
  | 'panel'
  | 'resize'
  | 'history'
  | 'language'
  | 'scroll'
  | 'pause';

const ACTION_WEIGHTS: Readonly<Record<ActionKind, number>> = {
  press: 34,
  key: 16,
  shortcut: 8,
  slider: 8,
  select: 5,
  view: 5,
  panel: 6,
  resize: 4,
  history: 4,
  language: 5,
  scroll: 3,
  pause: 2,
};

interface Coverage {
  actions: Partial<Record<ActionKind, number>>;
  languages: Set<string>;
  views: Set<string>;
  sizes: Set<SizeName>;
  skipped: number;
}

/** One of the elements `locator` finds, chosen by the dice, with its index; null when none. */
async function pickOne(
  locator: Locator,
  dice: Dice,
): Promise<{ element: Locator; index: number } | null> {
  const count = await locator.count();
  if (count === 0) return null;
  const index = dice.int(0, count - 1);
  return { element: locator.nth(index), index };
}

/**
 * Does one random action, saying what it is about to do in `doing` first (in words a person can
 * replay), so an action cut short is still logged. An action whose element went away or stayed
 * covered throws a Playwright timeout and the monkey moves on; anything the page does wrong
 * shows up as a console error or page error, checked by the caller.
 */
async function act(
  page: Page,
  dice: Dice,
  coverage: Coverage,
  languageTurn: () => string,
  doing: (what: string) => void,
): Promise<void> {
  const kind = dice.weighted(ACTION_WEIGHTS);
  coverage.actions[kind] = (coverage.actions[kind] ?? 0) + 1;
  const options = { timeout: ACTION_TIMEOUT_MS };
  // An open modal dialog takes every press: look for controls inside it, as a person would.
  const modal = page.locator('dialog[open]');
  const scope = (await modal.count()) > 0 ? modal.first() : page.locator(':root');
  switch (kind) {
    case 'press': {
      const target = await pressable(page, dice.int(0, 9_999) / 10_000);
      if (target === null) return doing('press: nothing to press');
      doing(`press ${target.description}`);
      try {
        await target.handle.click(options);
      } finally {
        // A handle keeps its element alive (even once the page drops it): let it go.
        await target.handle.dispose();
      }
      return;
    }
    case 'key':
    case 'shortcut': {
      const key = dice.pick(kind === 'key' ? KEYS : SHORTCUT_KEYS);
      if ((key === 'Enter' || key === 'Space') && (await focusIsOutOfBounds(page)))
        return doing(`key ${key}: held back (the focus is on a download, print or outside link)`);
      doing(`key ${key}`);
      await page.keyboard.press(key);
      return;
    }
    case 'slider': {
      const picked = await pickOne(scope.locator('input[type="range"]:visible'), dice);
      if (picked === null) return doing('slider: none shown');
      const { element: slider, index } = picked;
      const label = (await slider.getAttribute('aria-label', options)) ?? `range #${index}`;
      if (dice.chance(0.5)) {
        const { min, max, step } = await slider.evaluate((input) => {
          const range = input as HTMLInputElement;
          return { min: Number(range.min), max: Number(range.max), step: Number(range.step) || 1 };
        }, options);
        const value = min + step * dice.int(0, Math.floor((max - min) / step));
        doing(`slider "${label}" := ${value}`);
        await slider.fill(String(value), options);
        return;
      }
      const key = dice.pick(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']);
      const presses = dice.int(1, 4);
      doing(`slider "${label}": ${key} x${presses}`);
      await slider.focus(options);
      for (let i = 0; i < presses; i++) await page.keyboard.press(key);
      return;
    }
    case 'select': {
      const picked = await pickOne(scope.locator('select:visible'), dice);
      if (picked === null) return doing('select: none shown');
      const select = picked.element;
      const values = await select.evaluate(
        (node) => [...(node as HTMLSelectElement).options].map((option) => option.value),
        options,
      );
      const value = dice.pick(values);
      if (values.includes('zh-Hans')) coverage.languages.add(value);
      doing(`select ${value} in [${values.join(', ')}]`);
      await select.selectOption(value, options);
      return;
    }
    case 'view': {
      const view = dice.pick(['stage', 'synapse', 'brain3d']);
      const chip = scope.locator(`label:has(> input[name="view"][value="${view}"]):visible`);
      if ((await chip.count()) === 0) return doing(`view ${view}: no view switch shown`);
      coverage.views.add(view);
      doing(`view ${view}`);
      await chip.first().click(options);
      return;
    }
    case 'panel': {
      const picked = await pickOne(scope.locator('[role="tab"]'), dice);
      if (picked === null) return doing('panel: no tabs shown');
      const { element: tab, index } = picked;
      doing(`panel tab #${index + 1} "${(await tab.textContent(options))?.trim()}"`);
      await tab.click(options);
      return;
    }
    case 'resize': {
      const size = dice.pick(Object.keys(SIZES) as SizeName[]);
      coverage.sizes.add(size);
      doing(`resize to ${size} ${SIZES[size].width}x${SIZES[size].height}`);
      await page.setViewportSize(SIZES[size]);
      return;
    }
    case 'history': {
      const direction = dice.chance(0.6) ? 'back' : 'forward';
      if (!(await canTraverse(page, direction)))
        return doing(`history ${direction}: nowhere to go`);
      doing(`history ${direction}`);
      await (direction === 'back' ? page.goBack(options) : page.goForward(options));
      return;
    }
    case 'language': {
      const locale = languageTurn();
      const picker = languagePicker(page);
      const byPicker =
        (LANGUAGES as readonly string[]).includes(locale) &&
        dice.chance(0.6) &&
        (await modal.count()) === 0 &&
        (await picker.isVisible());
      coverage.languages.add(locale);
      if (byPicker) {
        doing(`language ${locale} (picker)`);
        await picker.selectOption(locale, options);
        return;
      }
      doing(`language ${locale} (link #lang=${locale})`);
      await followStateLink(page, `lang=${locale}`);
      return;
    }
    case 'scroll': {
      const x = dice.int(10, 300);
      const y = dice.int(10, 600);
      const dy = dice.int(-3, 6) * 300;
      doing(`scroll ${dy} px at (${x}, ${y})`);
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, dy);
      return;
    }
    case 'pause': {
      const ms = dice.int(100, 800);
      doing(`wait ${ms} ms`);
      await page.waitForTimeout(ms);
      return;
    }
  }
}

/** Short for an error thrown by an action the monkey could not finish (not the page's fault). */
const MOVED_ON =
  /Timeout|not visible|not attached|detached|intercepts pointer|Element is outside|not an? (HTMLSelectElement|<select>)|did not find some options|Element is not|Target closed/;

for (const run of RUNS) {
  test(`monkey run on a ${run.name} (seed ${run.seed}): random input for ${run.actionsMs / 1000} s, no errors, heap steady`, async ({
    browser,
  }) => {
    test.setTimeout(run.timeoutMs);
    const { context, page, errors } = await openPage(browser, '/', {
      viewport: SIZES[run.start],
      locale: 'en-US',
    });
    const origin = new URL(page.url()).origin;
    const dice = new Dice(run.seed);
    const log: string[] = [];
    const escapes: string[] = [];
    // Nothing the monkey presses should open a window or a download; if one does, close it.
    context.on('page', (opened) => {
      escapes.push(`a new window opened: ${opened.url()}`);
      void opened.close();
    });
    // A download the filter missed leaves the page where it is: cancel it and say so.
    const downloads: string[] = [];
    page.on('download', (download) => {
      downloads.push(download.suggestedFilename());
      void download.cancel();
    });
    page.on('dialog', (dialog) => void dialog.dismiss());

    const failure = (what: string) =>
      [
        `${what} (seed ${run.seed}, ${run.name}, after ${log.length} actions)`,
        `last ${Math.min(SHOWN_ACTIONS, log.length)} actions:`,
        ...log.slice(-SHOWN_ACTIONS).map((line) => `  ${line}`),
        ...(errors.length > 0 ? ['errors:', ...errors.map((e) => `  ${e}`)] : []),
      ].join('\n');

    try {
      const warmUpStarted = Date.now();
      await warmUp(page);
      expect(errors, failure('errors while warming up')).toEqual([]);
      const warmUpSeconds = (Date.now() - warmUpStarted) / 1000;
      await settle(page, run.start);
      const cdp = await context.newCDPSession(page);
      const heapBefore = await heapAfterGc(cdp);

      const coverage: Coverage = {
        actions: {},
        languages: new Set(),
        views: new Set(),
        sizes: new Set([run.start]),
        skipped: 0,
      };
      let nextLanguage = dice.int(0, ALL_LANGUAGES.length - 1);
      const languageTurn = () => ALL_LANGUAGES[nextLanguage++ % ALL_LANGUAGES.length]!;
      const stopAt = Date.now() + run.actionsMs;
      while (Date.now() < stopAt) {
        const step = log.length + 1;
        let done = '(nothing)';
        try {
          await act(page, dice, coverage, languageTurn, (what) => (done = what));
        } catch (error) {
          const lines = (error as Error).message.split('\n');
          const message = lines[0] ?? '';
          if (!MOVED_ON.test(message))
            throw new Error(failure(`action ${step} (${done}) threw: ${message}`));
          coverage.skipped++;
          // The call log's last line says how far it got: covered, hidden, moving, or pressed.
          const why = lines.filter((line) => /^\s+-\s/.test(line)).pop() ?? '';
          done += ` (moved on: ${message.slice(0, 60)} ${why.trim().slice(0, 140)})`;
        }
        log.push(`${step}. ${done}`);
        // The page must stay the app: an escape is the monkey's fault, so go back and say so.
        if (!page.url().startsWith(`${origin}/`)) {
          escapes.push(`left the app for ${page.url()} after: ${done}`);
          await page.goBack();
        }
        expect(errors, failure('a console error or page error')).toEqual([]);
      }

      await settle(page, run.start);
      const heapAfter = await heapAfterGc(cdp);
      expect(errors, failure('a console error or page error while settling')).toEqual([]);

      const growth = heapAfter - heapBefore;
      const summary = [
        `seed ${run.seed}: ${log.length} actions (${coverage.skipped} moved on) after a ${warmUpSeconds.toFixed(1)} s warm-up`,
        `by kind ${JSON.stringify(coverage.actions)}`,
        `languages ${[...coverage.languages].join(', ')}; views ${[...coverage.views].join(', ')}; sizes ${[...coverage.sizes].join(', ')}`,
        `downloads cancelled: ${downloads.length === 0 ? 'none' : downloads.join(', ')}`,
        `heap after GC: ${megabytes(heapBefore)} at start, ${megabytes(heapAfter)} at end (${growth >= 0 ? '+' : ''}${megabytes(growth)})`,
      ];
      console.log(`monkey ${run.name}:\n  ${summary.join('\n  ')}`);
      for (const line of summary)
        test.info().annotations.push({ type: `monkey ${run.name}`, description: line });
      expect(escapes, failure('the monkey left the app')).toEqual([]);
      expect(
        growth,
        failure(
          `the heap grew by ${megabytes(growth)} (limit ${megabytes(HEAP_GROWTH_LIMIT_BYTES)})`,
        ),
      ).toBeLessThanOrEqual(HEAP_GROWTH_LIMIT_BYTES);
    } finally {
      // The whole sequence, to replay a failure step by step (the message shows the last ones).
      await test.info().attach(`monkey ${run.name} actions`, {
        body: [`seed ${run.seed}`, ...log].join('\n'),
        contentType: 'text/plain',
      });
      await context.close();
    }
  });
}
