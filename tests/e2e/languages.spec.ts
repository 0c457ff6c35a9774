// Each language end to end: <html lang> follows the choice (and the picker), no English is left on
// the first screen or in any panel (visible text and accessible names, compared with the English
// catalogue), numbers are in the language's format, axe finds nothing, nothing pushes the page
// sideways at 320 and 390 px, and the 3D view places its labels in the language. The pseudo-locale
// (longer words) is held to the same layout and axe at 320, 390, 1280 and 1920 px. The short forms
// of the glossary are explained where a reader first meets them, in both wordings.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readLocale, TRANSLATED_LOCALES } from '../../scripts/messages/catalogue.ts';
import { expect, expectNoAxeViolations, shotPath, test } from './support/harness.ts';

const SCENARIO = 'dul=60&ami=25&acu=ea-2hz&age=older';

/** English texts a translated page must not show: the catalogue's literal messages of three
 * words or more whose translation differs (names such as "PAG" or "mg" are the same in all). */
function englishLeftovers(locale: string): string[] {
  const english = readLocale('en');
  const translated = readLocale(locale);
  const texts = new Set<string>();
  for (const [file, messages] of Object.entries(english)) {
    for (const [key, message] of Object.entries(messages)) {
      const other = translated[file]?.[key];
      const pairs =
        typeof message === 'string'
          ? [[message, other as string]]
          : [
              [message.plain, (other as { plain: string } | undefined)?.plain],
              [message.technical, (other as { technical: string } | undefined)?.technical],
            ];
      for (const [en, tr] of pairs) {
        if (!en || en === tr || /[{}]/.test(en) || en.split(/\s+/).length < 3) continue;
        texts.add(en);
      }
    }
  }
  return [...texts];
}

/** Everything a person or a screen reader meets: visible text and accessible names. */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('[aria-label],[title],[alt]')].map((el) =>
      [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('alt')].join(' '),
    );
    // Citations are given as published, in English, and marked lang="en": leave them out.
    let text = document.body.innerText;
    for (const cited of document.querySelectorAll('body [lang="en"]'))
      text = text.replace((cited as HTMLElement).innerText, '');
    return `${text}\n${names.join('\n')}`;
  });
}

const SHORT_FORMS = (
  JSON.parse(readFileSync('data/glossary.json', 'utf8')) as {
    terms: ({ short?: string } & Record<string, string>)[];
  }
).terms.filter((term) => term.short !== undefined);

/**
 * Short forms (PAG, RVM, DMN, 5-HT, NA from the glossary) not explained where a reader first
 * meets them: in the first paragraph, list item, cell, caption or label (in page order) that uses
 * one, the language's term must appear, or words around it in brackets ("its control centre
 * (PAG)", "(RVM OFF-cells)"), or an apposition ("the PAG, the main switch"). Figure labels on the
 * drawings are left out: their accessible names carry the full name.
 */
async function unexplainedShortForms(page: Page, locale: string): Promise<string[]> {
  return page.evaluate(
    ({ terms, locale }) => {
      const blocks =
        'p, li, dd, dt, td, th, figcaption, summary, h1, h2, h3, h4, label, legend, caption, button, [role=tab]';
      const all = [...document.querySelectorAll(blocks)].filter(
        (el) => !el.closest('[lang="en"]') && el.getClientRects().length > 0,
      );
      const leaves = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
      const found: string[] = [];
      for (const term of terms) {
        const short = term.short!.replace(/-/g, '\\-');
        const uses = new RegExp(`(?<![A-Za-z0-9])${short}(?![A-Za-z])`);
        const explains = new RegExp(`[(（][^)）]*${short}|${short}\\s*[(（]|${short}[,，、]`);
        const first = leaves.find((el) => uses.test((el as HTMLElement).innerText));
        if (first === undefined) continue;
        const text = (first as HTMLElement).innerText;
        if (!text.toLowerCase().includes(term[locale]!.toLowerCase()) && !explains.test(text))
          found.push(`${term.short} first in: ${text.slice(0, 160)}`);
      }
      return found;
    },
    { terms: SHORT_FORMS, locale },
  );
}

async function panelTabs(page: Page) {
  const tabs = page.getByRole('tab');
  await expect(async () => {
    await page.evaluate(() => window.scrollBy(0, window.innerHeight));
    expect(await tabs.count()).toBeGreaterThanOrEqual(5);
  }).toPass({ timeout: 30_000 });
  return tabs;
}

const DECIMAL: Record<string, RegExp> = { 'pt-BR': /\d,\d/, es: /\d,\d/, 'zh-Hans': /\d\.\d/ };

for (const locale of TRANSLATED_LOCALES) {
  test(`${locale}: the whole app in the language, numbers in its format, axe clean`, async ({
    open,
  }) => {
    test.setTimeout(120_000);
    const { page } = await open(`/?lang=${locale}&${SCENARIO}`, {
      viewport: { width: 1280, height: 800 },
    });
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('h1')).toBeVisible();
    const leftovers = englishLeftovers(locale);
    const shown = (text: string) => leftovers.filter((en) => text.includes(en));

    const first = await readableText(page);
    expect(shown(first), 'English on the first screen').toEqual([]);
    expect(await unexplainedShortForms(page, locale), 'short forms on the first screen').toEqual(
      [],
    );
    expect(first).toMatch(DECIMAL[locale]!);
    if (locale !== 'zh-Hans')
      expect(first, 'a decimal point on the first screen').not.toMatch(/\d\.\d/);
    await expectNoAxeViolations(page, `${locale} first screen`);
    await page.screenshot({ path: shotPath(`lang-${locale}-1280`) });

    const tabs = await panelTabs(page);
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      const panel = page.getByRole('tabpanel');
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('heading').first()).toBeVisible();
      expect(shown(await readableText(page)), `English in panel ${i}`).toEqual([]);
      expect(await unexplainedShortForms(page, locale), `short forms in panel ${i}`).toEqual([]);
      await expectNoAxeViolations(page, `${locale} panel ${i}`);
    }

    // The synapse close-up speaks the language too.
    await page.goto(`/?lang=${locale}&${SCENARIO}&view=synapse`);
    await expect(page.locator('.synapse svg, svg[role="img"]').first()).toBeVisible();
    expect(shown(await readableText(page)), 'English in the synapse view').toEqual([]);
    expect(await unexplainedShortForms(page, locale), 'short forms in the synapse').toEqual([]);
    await expectNoAxeViolations(page, `${locale} synapse`);
  });
}

// Short forms explained at first use in the technical wording too, in every language, and in
// English's plain wording (the translations' plain wording is checked above).
const WORDINGS = [
  ['en', 'plain'],
  ...['en', ...TRANSLATED_LOCALES].map((locale) => [locale, 'technical']),
] as const;
for (const [locale, register] of WORDINGS)
  test(`${locale}, ${register}: short forms explained at first use`, async ({ open }) => {
    test.setTimeout(120_000);
    const { page } = await open(`/?lang=${locale}&reg=${register}&${SCENARIO}`, {
      viewport: { width: 1280, height: 800 },
    });
    await expect(page.locator('h1')).toBeVisible();
    expect(await unexplainedShortForms(page, locale), 'first screen').toEqual([]);
    const tabs = await panelTabs(page);
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await expect(page.getByRole('tabpanel').getByRole('heading').first()).toBeVisible();
      expect(await unexplainedShortForms(page, locale), `panel ${i}`).toEqual([]);
    }
    await page.goto(`/?lang=${locale}&reg=${register}&${SCENARIO}&view=synapse`);
    await expect(page.locator('.synapse svg, svg[role="img"]').first()).toBeVisible();
    expect(await unexplainedShortForms(page, locale), 'synapse').toEqual([]);
  });

// The real languages and the pseudo-locale (every word a third longer, accented): nothing
// pushes the page sideways on a phone, and axe finds nothing there or on a projector.
for (const locale of [...TRANSLATED_LOCALES, 'qps-ploc']) {
  for (const width of [320, 390])
    test(`${locale} at ${width} px: no sideways scroll in any panel, axe clean`, async ({
      open,
    }) => {
      test.setTimeout(120_000);
      const { page } = await open(`/?lang=${locale}&${SCENARIO}`, {
        viewport: { width, height: 800 },
        isMobile: true,
      });
      await expect(page.locator('html')).toHaveAttribute(
        'lang',
        locale === 'qps-ploc' ? 'en-GB' : locale,
      );
      await expect(page.locator('h2').first()).not.toHaveText('Treatments');
      const tabs = await panelTabs(page);
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await page.getByRole('tabpanel').evaluate((p) => p.scrollIntoView({ block: 'end' }));
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          screen: document.documentElement.clientWidth,
        }));
        expect(widths.page, `panel ${i}`).toBeLessThanOrEqual(widths.screen);
      }
      if (width === 390) {
        await expectNoAxeViolations(page, `${locale} at ${width} px`);
        await page.screenshot({ path: shotPath(`lang-${locale}-${width}`), fullPage: true });
      }
    });
}

for (const width of [1280, 1920])
  test(`qps-ploc at ${width} px: axe clean on the first screen and in every panel`, async ({
    open,
  }) => {
    test.setTimeout(120_000);
    const { page } = await open(`/?lang=qps-ploc&${SCENARIO}`, {
      viewport: { width, height: width === 1920 ? 1080 : 800 },
    });
    // The pseudo-locale is English made longer: the page says en-GB, its words carry accents.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('h2').first()).toHaveText(/[áéíöü]/);
    await expectNoAxeViolations(page, `qps-ploc first screen at ${width} px`);
    const tabs = await panelTabs(page);
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await expect(page.getByRole('tabpanel').getByRole('heading').first()).toBeVisible();
      await expectNoAxeViolations(page, `qps-ploc panel ${i} at ${width} px`);
    }
    await page.screenshot({ path: shotPath(`lang-qps-ploc-${width}`) });
  });

test('the picker switches the language and <html lang>, and the link keeps it', async ({
  open,
}) => {
  const { page } = await open('/?dul=60');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await page.getByRole('combobox', { name: /Language/ }).selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('combobox', { name: /Idioma/ })).toBeVisible();
  await expect(page).toHaveURL(/lang=es/);
  await expect(page.getByRole('heading', { name: 'Tratamientos' })).toBeVisible();
});

test('without lang, the browser’s language decides', async ({ open }) => {
  const { page } = await open('/', { locale: 'pt-BR' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
});

test('3D labels are placed in the language', async ({ open }) => {
  test.setTimeout(120_000);
  const { page } = await open('/?lang=zh-Hans&view=brain3d');
  await page.waitForFunction(
    () => {
      const s = globalThis.__painbrake3d?.stats();
      return s !== undefined && s.meshesLoaded && s.firstBrainFrameMs >= 0;
    },
    null,
    { timeout: 60_000 },
  );
  // Labels are placed (drawn, with a box inside the view) and written in Chinese.
  const placed = await page.evaluate(() => globalThis.__painbrake3d!.labels());
  const chinese = placed.filter((label) => /[\u4e00-\u9fff]/.test(label.text));
  expect(chinese.length).toBeGreaterThan(3);
  for (const label of chinese) expect(label.width * label.height).toBeGreaterThan(0);
  await page.screenshot({ path: shotPath('lang-zh-Hans-brain3d') });
});
