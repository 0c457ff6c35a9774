// Safety where people choose, end to end in Chromium: two serotonergic medicines bring a warning
// beside the controls, into the summary line and into the narration, and one alone does not; the
// person's traits bring their own warnings and cautions and change the simulated levels; the
// placebo pill acts through the same top-down route; the synapse and the stage name the RVM's
// serotonin cells, not the OFF-cells. axe runs with the warnings showing, on a desktop and a
// phone; screenshots go to artifacts/screenshots/ for review.
import {
  DESKTOP,
  PHONE,
  expect,
  expectNoAxeViolations,
  shotPath,
  test,
} from './support/harness.ts';
import {
  AMITRIPTYLINE,
  DULOXETINE,
  SERTRALINE,
  doseRadio,
  openPanel,
  stageNode,
} from './support/explorer.ts';
import type { Page } from '@playwright/test';

test.describe.configure({ mode: 'parallel' });

const warnings = (page: Page) => page.getByTestId('safety-warnings');
const narration = (page: Page) => page.locator('[aria-live="polite"].sr-only');
const SEROTONIN_WARNING =
  /taking these together can cause a dangerous reaction called serotonin syndrome\. Only a prescriber can decide this\./;

test('duloxetine with sertraline: a warning beside the controls, in the summary and the narration', async ({
  open,
}) => {
  test.setTimeout(60_000);
  const { page } = await open('/?t=0&node=none', { viewport: DESKTOP });
  await doseRadio(page, DULOXETINE, 60).click();
  // One serotonergic medicine alone: no warning anywhere.
  await expect(doseRadio(page, DULOXETINE, 60)).toBeChecked();
  await expect(warnings(page)).toHaveCount(0);
  // The narration says what changed, how it works and what the simulation shows.
  await expect(narration(page)).toContainText(
    /^Switched on: duloxetine 60 mg each morning\. It keeps more noradrenaline and serotonin at the spinal brake\. Simulated now: the pain signal leaving the spinal cord is /,
    { timeout: 5_000 },
  );
  await expect(narration(page)).not.toContainText('serotonin syndrome');

  await doseRadio(page, SERTRALINE, 50).click();
  const shown = warnings(page);
  await expect(shown).toBeVisible();
  await expect(shown).toContainText(SEROTONIN_WARNING);
  await expect(shown).toContainText('Duloxetine and sertraline');
  // The warning sits beside the controls: inside the treatments column, right under the summary.
  await expect(
    page.getByRole('region', { name: 'Treatments' }).getByTestId('safety-warnings'),
  ).toBeVisible();
  await expect(page.locator('.simulating')).toContainText('Warning: risk of serotonin syndrome.');
  // ...and it is announced, before the numbers.
  await expect(narration(page)).toContainText(/^Warning: Duloxetine and sertraline: taking these/, {
    timeout: 5_000,
  });
  await expect(page).toHaveURL(/dul=60/);
  await expect(page).toHaveURL(/ser=50/);
  await expectNoAxeViolations(page, 'the serotonin-syndrome warning showing');
  // The treatments column scrolls on its own: bring the warning into view, then take it and the
  // page around it.
  await shown.scrollIntoViewIfNeeded();
  await shown.screenshot({ path: shotPath('safety-warning') });
  await page.screenshot({ path: shotPath('safety-warning-page') });

  // Taking one away takes the warning away.
  await doseRadio(page, SERTRALINE, 0).click();
  await expect(warnings(page)).toHaveCount(0);
});

test('the person: liver disease with duloxetine warns, raises the level and brings its caution forward', async ({
  open,
}) => {
  test.setTimeout(60_000);
  const { page } = await open('/?dul=60&panel=effects', { viewport: DESKTOP });
  const about = page.locator('details.person');
  await about.locator('summary').click();
  await expect(about.getByRole('checkbox', { name: 'Older adult (65 or over)' })).toBeVisible();
  const levelBefore = await page.locator('[data-level="duloxetine"]').textContent();
  await about
    .getByRole('group', { name: 'Liver' })
    .getByRole('radio', { name: 'Liver disease' })
    .check();
  await expect(warnings(page)).toContainText('Duloxetine with liver disease');
  await expect(page).toHaveURL(/liv=impaired/);
  await expect(about.locator('summary')).toContainText('someone with liver disease');
  const level = page.locator('[data-level="duloxetine"]');
  await expect(level).not.toHaveText(levelBefore ?? '');
  await expect(level).toContainText(/times the level in an adult without the chosen traits/);
  const caution = openPanel(page).locator('[data-caution="duloxetine-liver"]');
  await expect(caution).toHaveAttribute('data-applies', 'true');
  await expect(caution).toContainText('Applies now: Duloxetine, for someone with liver disease.');
  await expectNoAxeViolations(page, 'the person controls open, a liver warning showing');
  await page
    .getByRole('region', { name: 'Treatments' })
    .screenshot({ path: shotPath('person-controls') });
  await openPanel(page).screenshot({ path: shotPath('effects-person') });

  // CYP2D6 type: the explanation is there, and amitriptyline's caution follows the choice.
  await doseRadio(page, AMITRIPTYLINE, 25).click();
  await about
    .getByRole('group', { name: 'CYP2D6 type' })
    .getByRole('radio', { name: 'Poor' })
    .check();
  await expect(about).toContainText('CYP2D6 is a liver enzyme');
  await expect(page).toHaveURL(/cyp=poor/);
  await expect(openPanel(page).locator('[data-caution="cyp2d6-poor"]')).toHaveAttribute(
    'data-applies',
    'true',
  );
  // Duloxetine and amitriptyline together: serotonin syndrome and the CYP2D6 interaction.
  await expect(warnings(page)).toContainText('serotonin syndrome');
  await expect(page.getByTestId('cyp2d6')).toContainText('% of its usual speed');
});

test('a shared link with the person restores them and their warnings', async ({ open }) => {
  const { page } = await open('/?ami=25&age=older&smk=1', { viewport: DESKTOP });
  await expect(warnings(page)).toContainText('Amitriptyline in an older adult');
  const about = page.locator('details.person');
  await expect(about).toHaveAttribute('open', '');
  await expect(about.getByRole('checkbox', { name: 'Older adult (65 or over)' })).toBeChecked();
  await expect(about.getByRole('checkbox', { name: 'Smokes' })).toBeChecked();
});

test('the placebo pill: expectation works the brake from the prefrontal cortex down', async ({
  open,
}) => {
  const { page } = await open('/?node=dlpfc', { viewport: DESKTOP });
  await page.getByRole('checkbox', { name: 'Take a placebo pill each morning' }).check();
  await expect(page).toHaveURL(/plc=1/);
  await expect(page.locator('.simulating')).toContainText('a placebo pill each morning');
  const inspector = page.getByRole('tabpanel', { name: 'Node' });
  await expect(inspector).toContainText('Expectation from taking a pill each day');
  // The PAG goes up and the dorsal horn down, as with sham needling.
  await expect(stageNode(page, 'pag')).toHaveAttribute('aria-label', /above untreated$/);
  await expect(stageNode(page, 'dh-projection')).toHaveAttribute('aria-label', /below untreated$/);
});

test('the RVM: serotonin comes from its serotonergic cells, drawn beside the ON- and OFF-cells', async ({
  open,
}) => {
  const { page } = await open('/?dul=60', { viewport: DESKTOP });
  const raphe = stageNode(page, 'rvm-5ht');
  await expect(raphe).toBeVisible();
  await expect(raphe).toHaveAttribute('aria-label', /RVM serotonergic \(raphe\) cells/);
  // The key (open on a desktop) names the source too.
  await expect(
    page.getByText('Serotonin, sent down by serotonin cells in the brainstem (RVM)'),
  ).toBeVisible();

  await page.getByRole('radio', { name: 'Synapse close-up' }).check();
  const synapse = page.getByRole('img', { name: /^One synapse in the dorsal horn/ });
  await expect(synapse).toBeVisible();
  const drawing = synapse.locator('xpath=..');
  await expect(drawing).toContainText('from the RVM serotonin (raphe) cells');
  await expect(drawing).not.toContainText('OFF-cells');
  await drawing.screenshot({ path: shotPath('synapse-serotonin-source') });
});

test('phone (360 px): the warning shows with the controls, and axe finds nothing', async ({
  open,
}) => {
  test.setTimeout(60_000);
  const { page } = await open('/?dul=60&ami=25&age=older', {
    viewport: PHONE,
    isMobile: true,
  });
  // On a phone the controls follow the pathway and are built as the person scrolls to them.
  await page.getByRole('region', { name: 'Treatments' }).scrollIntoViewIfNeeded();
  const shown = warnings(page);
  await shown.scrollIntoViewIfNeeded();
  await expect(shown).toBeVisible();
  await expect(shown).toContainText('serotonin syndrome');
  await expect(shown).toContainText('Amitriptyline in an older adult');
  await expectNoAxeViolations(page, 'warnings at 360 px');
  await shown.screenshot({ path: shotPath('safety-warning-phone') });
});
