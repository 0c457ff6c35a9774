// Compare two plans on one clock, end to end: Compare starts plan B as a copy of the view's plan;
// changing plan B writes its b keys and changes the sentence on the difference; the link reopens
// both plans; on a phone an A/B switch shows one plan at a time; Back returns to the explorer.
// Axe at 1280 and 390 px.
import { expect, expectNoAxeViolations, shotPath, test } from './support/harness.ts';

const PHONE_390 = { width: 390, height: 844 } as const;

test('compare from a state: plan B changes, the sentence follows, the link reopens both', async ({
  open,
  browser,
}) => {
  const { page } = await open('/?c=fibromyalgia&ami=25&aud=clinician');
  await page.locator('[data-compare-open]').click();
  const compare = page.locator('[data-compare]');
  await expect(compare).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Compare two plans', level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/cmp=1/);
  await expect(page).toHaveURL(/bami=25/);
  const sentence = compare.locator('[data-difference]');
  await expect(sentence).toContainText('about the same pain');
  const planA = compare.locator('[data-plan="a"]');
  const planB = compare.locator('[data-plan="b"]');
  await expect(planA.locator('[data-plan-treatment]')).toHaveText('amitriptyline 25 mg at night');
  await expect(planA.locator('[data-node]')).toHaveCount(23);
  await expect(planB.locator('[data-node]')).toHaveCount(23);

  // Plan B: duloxetine instead of amitriptyline.
  await planB.locator('[data-plan-field="ami"]').selectOption({ label: 'Off' });
  await planB.locator('[data-plan-field="dul"]').selectOption({ label: '60 mg' });
  await expect(planB.locator('[data-plan-treatment]')).toHaveText('duloxetine 60 mg each morning');
  await expect(sentence).not.toContainText('about the same pain');
  await expect(sentence).toContainText(
    /Plan B simulates about \d\.\d points lower pain than Plan A/,
  );
  await expect(sentence).toContainText('Plan A has the higher dry-mouth (anticholinergic) signal');
  await expect(page).toHaveURL(/bdul=60/);
  await expect(page).not.toHaveURL(/bami=/);
  // Every choice the explorer has: here plan B's acupuncture, three sessions a week.
  await planB.locator('[data-plan-field="acu"]').selectOption({ label: 'Electroacupuncture 2 Hz' });
  await planB.locator('[data-plan-field="apw"]').selectOption('3');
  await expect(page).toHaveURL(/bacu=ea-2hz&bapw=3/);
  await expect(planB.locator('[data-plan-treatment]')).toContainText('3 a week');
  const before = await sentence.textContent();
  // The shared clock moves both plans: the sentence names the new time.
  await compare.getByRole('button', { name: '1 day' }).last().click();
  await expect(sentence).not.toHaveText(before!);
  await expectNoAxeViolations(page, 'compare at 1280 px');
  await page.screenshot({ path: shotPath('compare-desktop'), fullPage: true });

  // The link reopens both plans.
  const link = page.url();
  const again = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage();
  await again.goto(link);
  const reopened = again.locator('[data-compare]');
  await expect(reopened.locator('[data-plan="a"] [data-plan-treatment]')).toHaveText(
    'amitriptyline 25 mg at night',
  );
  await expect(reopened.locator('[data-plan="b"] [data-plan-treatment]')).toHaveText(
    (await planB.locator('[data-plan-treatment]').textContent())!,
  );
  await expect(reopened.locator('[data-difference]')).toHaveText((await sentence.textContent())!);
  await again.context().close();

  // Back to the explorer: plan A stays, plan B goes.
  await compare.locator('[data-compare-leave]').click();
  await expect(compare).toHaveCount(0);
  await expect(page.locator('[data-compare-open]')).toBeFocused();
  await expect(page).not.toHaveURL(/cmp=/);
  await expect(page).toHaveURL(/ami=25/);
});

test('compare on a phone: one plan at a time with an A/B switch; axe', async ({ open }) => {
  const { page } = await open('/?dul=60&cmp=1&bami=25', { viewport: PHONE_390 });
  const compare = page.locator('[data-compare]');
  await expect(compare.locator('[data-plan="a"]')).toBeVisible();
  await expect(compare.locator('[data-plan="b"]')).toHaveCount(0);
  await expectNoAxeViolations(page, 'compare at 390 px, plan A');
  // By keys: the switch is a radio group; the arrow moves to plan B.
  await compare.getByRole('radio', { name: 'Plan A' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(compare.getByRole('radio', { name: 'Plan B' })).toBeChecked();
  // Plan B's form by keys too.
  await compare.locator('[data-plan="b"] [data-plan-field="ser"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/bser=50/);
  await expect(compare.locator('[data-plan="b"] [data-plan-treatment]')).toHaveText(
    'amitriptyline 25 mg at night and sertraline 50 mg each morning',
  );
  await expect(compare.locator('[data-plan="a"]')).toHaveCount(0);
  await expectNoAxeViolations(page, 'compare at 390 px, plan B');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: shotPath('compare-phone'), fullPage: true });
});
