// The way in and the guided stories, end to end: a phone's first screen offers "Start here"; every
// story plays to its end by keyboard alone (desktop) and by touch (phone); every step's link
// reopens that step; axe finds nothing in any step at 390 and 1280 px, with each audience.
// Screenshots of a story on a phone and on a projector go to artifacts/screenshots/.
import type { Page } from '@playwright/test';
import {
  PROJECTOR,
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsIn,
  shotPath,
  test,
  stateParams,
} from './support/harness.ts';
import { readdirSync, readFileSync } from 'node:fs';
import type { Story } from '../../src/data/schema.ts';
import common from '../../src/i18n/messages/en/common.json' with { type: 'json' };

/** The stories as the app lists them (data/stories, by order). */
const stories: Story[] = readdirSync('data/stories')
  .map((name) => JSON.parse(readFileSync(`data/stories/${name}`, 'utf8')) as Story)
  .sort((a, b) => a.order - b.order);
const TITLES = common as Record<string, unknown>;

const PHONE_390 = { width: 390, height: 844 } as const;
const AUDIENCES = ['patient', 'student', 'clinician'] as const;

const player = (page: Page) => page.locator('[data-story]');
const stepCount = (page: Page) => page.locator('[data-step-count]');

/** The story and step the address bar names. */
function linkedStep(page: Page): { story: string | null; step: string | null } {
  const params = stateParams(page.url());
  return { story: params.get('story'), step: params.get('step') };
}

/** Asserts the player shows `step` of `story` and the address bar says the same. */
async function expectStep(page: Page, story: Story, step: number) {
  await expect(player(page)).toHaveAttribute('data-story', story.id);
  await expect(player(page)).toHaveAttribute('data-step', story.steps[step - 1]!.id);
  await expect(stepCount(page)).toHaveText(`Step ${step} of ${story.steps.length}`);
  await expect.poll(() => linkedStep(page)).toEqual({ story: story.id, step: String(step) });
}

test('phone: the first screen says what the picture is and offers Start here', async ({ open }) => {
  const { page } = await open('/', { viewport: PHONE_390, hasTouch: true, isMobile: true });
  const start = page.getByRole('link', { name: 'Start here' });
  await expect(start).toBeInViewport({ ratio: 1 });
  await expect(page.getByText('This picture shows how pain travels')).toBeInViewport();
  await expect(page.getByText('All stories')).toBeInViewport();
  await start.tap();
  await expectStep(page, stories[0]!, 1);
  await expect(page.getByRole('heading', { name: 'What is the pain brake?' })).toBeFocused();
});

test('keyboard alone: every story from the list, step by step to its end', async ({ open }) => {
  test.setTimeout(240_000);
  const { page } = await open('/');
  for (const story of stories) {
    // From the top of the page: Tab to "All stories", open it, Tab to the story, Enter.
    await page.locator('body').focus();
    const list = page.getByText('All stories');
    for (let i = 0; i < 40 && !(await list.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(list).toBeFocused();
    if ((await page.locator('details.all[open]').count()) === 0) await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: new RegExp(`^${titleOf(story.id)}`) });
    for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expectStep(page, story, 1);
    // The story's heading takes focus; Tab reaches Next (Previous is off on the first step).
    const next = page.locator('[data-story-next]');
    for (let i = 0; i < 6 && !(await next.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(next).toBeFocused();
    for (let step = 2; step <= story.steps.length; step++) {
      await page.keyboard.press('Enter');
      await expectStep(page, story, step);
      await expect(next).toBeFocused();
    }
    await expect(next).toHaveText('Finish');
    await page.keyboard.press('Enter');
    await expect(player(page)).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Start here' })).toBeFocused();
    await expect(page.getByText('End of the story.')).toBeVisible();
    await expect.poll(() => linkedStep(page).story).toBeNull();
  }
});

test("touch on a phone: every story to its end, and every step's link reopens that step", async ({
  open,
}) => {
  test.setTimeout(300_000);
  const { page } = await open('/', { viewport: PHONE_390, hasTouch: true, isMobile: true });
  const links: { url: string; story: Story; step: number }[] = [];
  for (const story of stories) {
    await page.evaluate(() => window.scrollTo(0, 0));
    const summary = page.getByText('All stories');
    if ((await page.locator('details.all[open]').count()) === 0) await summary.tap();
    await page.getByRole('link', { name: new RegExp(`^${titleOf(story.id)}`) }).tap();
    for (let step = 1; step <= story.steps.length; step++) {
      await expectStep(page, story, step);
      links.push({ url: page.url(), story, step });
      await page.locator('[data-story-next]').tap();
    }
    await expect(player(page)).toHaveCount(0);
  }
  expect(links).toHaveLength(stories.reduce((n, s) => n + s.steps.length, 0));
  for (const { url, story, step } of links) {
    await page.goto(url);
    await expectStep(page, story, step);
    expect(page.url()).toBe(url);
  }
});

test('Escape leaves a story where it stands; Previous goes back a step', async ({ open }) => {
  const { page } = await open('/?story=ssri&step=2');
  const story = stories.find((s) => s.id === 'ssri')!;
  await expectStep(page, story, 2);
  await page.locator('[data-story-next]').click();
  await expectStep(page, story, 3);
  await page.locator('[data-story-previous]').click();
  await expectStep(page, story, 2);
  await page.locator('[data-story-next]').click();
  await page.keyboard.press('Escape');
  await expect(player(page)).toHaveCount(0);
  // The scene of step 3 stays: duloxetine at the synapse.
  await expect
    .poll(() => Object.fromEntries(stateParams(page.url())))
    .toMatchObject({
      c: 'diabetic-neuropathy',
      dul: '60',
      view: 'synapse',
    });
  await expect(page.getByRole('link', { name: 'Start here' })).toBeVisible();
});

for (const [offset, viewport] of [
  [0, PHONE_390],
  [1, { width: 1280, height: 800 }],
] as const)
  test(`axe at ${viewport.width} px: every step of every story, each audience`, async ({
    open,
  }) => {
    test.setTimeout(300_000);
    const { page } = await open('/', { viewport });
    for (const [i, story] of stories.entries()) {
      const audience = AUDIENCES[(i + offset) % AUDIENCES.length]!;
      await page.goto(`/?story=${story.id}&aud=${audience}`);
      await expectStep(page, story, 1);
      await page.getByText('Evidence for this step').click();
      await expect(player(page).locator('[data-record]').first()).toBeVisible();
      // The whole page where a step brings a view or panel this story has not shown yet; the
      // story's own region elsewhere (the rest is the same page, checked already).
      const checked = new Set<string>();
      for (let step = 1; step <= story.steps.length; step++) {
        await expectStep(page, story, step);
        const params = stateParams(page.url());
        const scene = `${params.get('view') ?? 'stage'} ${params.get('panel') ?? 'inspector'}`;
        const where = `${story.id} step ${step}, ${audience}`;
        if (checked.has(scene)) await expectNoAxeViolationsIn(page, '[data-story]', where);
        else await expectNoAxeViolations(page, where);
        checked.add(scene);
        if (step < story.steps.length) await page.locator('[data-story-next]').click();
      }
    }
  });

test('screenshots: a story on a phone and on a projector', async ({ open }) => {
  const phone = await open('/?story=duloxetine-weeks&step=3', { viewport: PHONE_390 });
  await expectStep(phone.page, stories[1]!, 3);
  await phone.page.screenshot({ path: shotPath('story-phone') });
  const projector = await open('/?story=needles-opioids&step=2&aud=student', {
    viewport: PROJECTOR,
  });
  await expectStep(projector.page, stories[3]!, 2);
  await projector.page.screenshot({ path: shotPath('story-projector') });
});

/** A story's English title as a pattern (from the catalogue, so the test follows the copy). */
function titleOf(id: string): string {
  return String(TITLES[`story.${id}.title`]).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
