// Compiled messages and locale formatting: ICU plural and select with each language's rules,
// numbers in the language's format, lists, times of day, the pseudo-locale, and choosing the
// closest language to the browser's.
import { afterAll, describe, expect, it } from 'vitest';
import { compileText, pseudo } from '../../scripts/messages/compile.ts';
import { runtimeFor, type CompiledText } from '../../src/i18n/runtime.ts';
import { closestLocale, i18n, I18n, t, type Locale } from '../../src/i18n/i18n.svelte.ts';
import {
  fixed,
  listOf,
  percent,
  sentences,
  signedPercent,
  timeOfDay,
} from '../../src/i18n/format.ts';

/** Compiles a message as the build does and runs it in a locale. */
function run(source: string, locale: Locale, args: Record<string, string | number> = {}): string {
  const compiled = new Function(`return ${compileText(source)}`)() as CompiledText;
  return typeof compiled === 'string' ? compiled : compiled(args, runtimeFor(locale));
}

afterAll(() => i18n.use('en', 'plain'));

describe('compiled ICU messages', () => {
  const sessions = '{n, plural, =0 {no sessions} one {# session} other {# sessions}}';
  it('picks plural cases by the language’s rules, exact matches first', () => {
    expect(run(sessions, 'en', { n: 0 })).toBe('no sessions');
    expect(run(sessions, 'en', { n: 1 })).toBe('1 session');
    expect(run(sessions, 'en', { n: 2 })).toBe('2 sessions');
    // Portuguese: 0 and 1 are "one"; 1,5 is "other" in English but not here.
    const pt = '{n, plural, one {# sessão} other {# sessões}}';
    expect(run(pt, 'pt-BR', { n: 1.5 })).toBe('1,5 sessão');
    expect(run(pt, 'pt-BR', { n: 3 })).toBe('3 sessões');
    // Chinese has only "other".
    expect(run('{n, plural, other {# 次}}', 'zh-Hans', { n: 1 })).toBe('1 次');
  });

  it('selects by value, falls back to other, and formats numbers in the language', () => {
    const m = '{reg, select, plain {simple} other {exact}}: {x}';
    expect(run(m, 'es', { reg: 'plain', x: 4.1 })).toBe('simple: 4,1');
    expect(run(m, 'es', { reg: 'technical', x: 4.1 })).toBe('exact: 4,1');
  });

  it('keeps text, apostrophes and a literal # outside plurals as written', () => {
    expect(compileText("the body's own brake #1")).toBe(JSON.stringify("the body's own brake #1"));
    expect(run("'{'braces'}' stay", 'en')).toBe('{braces} stay');
  });

  it('pseudo-localises text about a third longer, with accents, leaving placeholders alone', () => {
    const text = 'Duloxetine keeps more noradrenaline at the synapse';
    expect(pseudo(text).length).toBeGreaterThan(text.length * 1.25);
    expect(pseudo(text)).toMatch(/[áéíöü]/);
    // Short forms keep their length, as real translations keep them.
    expect(pseudo('PAG and dACC')).toBe('PÁG áñdáá dÁÇÇ');
    expect(run('Week {week}', 'qps-ploc', { week: 6 })).toBe('Week 6');
    const compiled = new Function(`return ${compileText('Week {week}', { text: pseudo })}`)();
    expect(compiled({ week: 6 }, runtimeFor('qps-ploc'))).toMatch(/^Wéé+k[éü]* 6$/);
  });
});

describe('locale formatting', () => {
  it('writes decimals, percentages, lists and times as each language does', async () => {
    const seen: Record<string, string[]> = {};
    for (const locale of ['en', 'pt-BR', 'es', 'zh-Hans'] as const) {
      await i18n.use(locale, 'plain');
      seen[locale] = [
        fixed(-4.06, 1),
        fixed(-0.01, 1),
        signedPercent(0.382),
        percent(0.293, 1),
        listOf(['A', 'B', 'C']),
        timeOfDay(14 * 60 + 5),
        sentences(['One.', 'Two.']),
      ];
    }
    expect(seen['en']).toEqual([
      '−4.1',
      '0.0',
      '+38%',
      '29.3%',
      'A, B and C',
      '14:05',
      'One. Two.',
    ]);
    expect(seen['pt-BR']).toEqual([
      '−4,1',
      '0,0',
      '+38%',
      '29,3%',
      'A, B e C',
      '14:05',
      'One. Two.',
    ]);
    // Spanish puts a no-break space before the percent sign.
    expect(seen['es']).toEqual([
      '−4,1',
      '0,0',
      '+38\u00a0%',
      '29,3\u00a0%',
      'A, B y C',
      '14:05',
      'One. Two.',
    ]);
    expect(seen['zh-Hans']).toEqual([
      '−4.1',
      '0.0',
      '+38%',
      '29.3%',
      'A、B和C',
      '14:05',
      'One.Two.',
    ]);
  });

  it('switches every message with the language, and html lang with it', async () => {
    await i18n.use('pt-BR', 'plain');
    expect(t('describe.time', { week: 6, day: 1, clock: timeOfDay(720) })).toBe(
      'Semana 6, dia 1, 12:00',
    );
    await i18n.use('zh-Hans', 'plain');
    expect(t('describe.time', { week: 6, day: 1, clock: timeOfDay(720) })).toContain('第 6 周');
  });
});

describe('switching while a part of the app loads its words', () => {
  it('ends in the language and wording asked for last, even when an earlier switch arrives later', async () => {
    const fresh = new I18n();
    await fresh.use('en', 'plain');
    // Spanish has to load; English technical wording too, but the patient switches straight back.
    const first = fresh.use('es', 'technical');
    const last = fresh.use('en', 'plain');
    await Promise.all([first, last]);
    expect([fresh.locale, fresh.register]).toEqual(['en', 'plain']);
  });

  it('loads a group asked for during the switch in the new language before switching', async () => {
    const fresh = new I18n();
    await fresh.use('en', 'plain');
    const switching = fresh.use('es', 'plain');
    // The Node panel's evidence asks for its group while the Spanish core is still loading.
    const asked = fresh.load('detail');
    await Promise.all([switching, asked]);
    expect(fresh.locale).toBe('es');
    expect(fresh.has('evidence.sourceLabel')).toBe(true);
    expect(fresh.t('evidence.sourceLabel')).not.toBe('evidence.sourceLabel');
  });
});

describe('choosing a language', () => {
  it('takes the closest of the browser’s languages, else English', () => {
    expect(closestLocale(['pt-PT', 'en'])).toBe('pt-BR');
    expect(closestLocale(['es-MX'])).toBe('es');
    expect(closestLocale(['zh-TW', 'en'])).toBe('zh-Hans');
    expect(closestLocale(['fr-FR', 'es'])).toBe('es');
    expect(closestLocale(['fr-FR', 'de'])).toBe('en');
    expect(closestLocale([])).toBe('en');
  });
});
