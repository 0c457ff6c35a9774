// The catalogues: every key in every language and register, with English's placeholders and the
// language's own plural categories, the glossary's standard terms where English uses the term,
// words for everything data/ names by id, the plain English readable by patients, and the
// generated key types current.
import { describe, expect, it } from 'vitest';
import { readFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  problemsOf,
  readGlossary,
  readLocale,
  TRANSLATED_LOCALES,
  type Catalogue,
} from '../../scripts/messages/catalogue.ts';
import {
  gradeOf,
  isProse,
  longestSentences,
  readableText,
} from '../../scripts/messages/readability.ts';
import { typesModule } from '../../scripts/messages/compile.ts';
import { groupMessages, TYPES_FILE } from '../../scripts/messages/vite-plugin.ts';
import { MESSAGE_GROUPS } from '../../src/i18n/groups.ts';
import { acupunctureModes, conditions, drugs, regions } from '../../src/data/catalog.ts';
import { evidence } from '../../src/data/evidence.ts';

const english = readLocale('en');
const allEnglish: Catalogue = Object.assign({}, ...Object.values(english));

describe.each(TRANSLATED_LOCALES)('the %s catalogue', (locale) => {
  it('has every English key in both registers, the same placeholders, its own plural cases and the glossary terms', () => {
    expect(problemsOf(locale)).toEqual([]);
  });
});

describe('the catalogue files', () => {
  it('are exactly the files the groups load, in every language', () => {
    const grouped = Object.values(MESSAGE_GROUPS).flat().sort();
    for (const locale of ['en', ...TRANSLATED_LOCALES]) {
      expect(Object.keys(readLocale(locale)).sort(), locale).toEqual(grouped);
    }
  });

  it('fall back to English per key and report the missing key', () => {
    const root = mkdtempSync(join(tmpdir(), 'messages-'));
    mkdirSync(join(root, 'en'));
    mkdirSync(join(root, 'es'));
    writeFileSync(join(root, 'en', 'synapse.json'), '{"a":"One","b":"Two"}');
    writeFileSync(join(root, 'es', 'synapse.json'), '{"a":"Uno"}');
    const { messages, missing } = groupMessages('es', 'synapse', root);
    expect(messages).toEqual({ a: 'Uno', b: 'Two' });
    expect(missing).toEqual(['b']);
  });

  it('name a bad file and key', () => {
    const root = mkdtempSync(join(tmpdir(), 'messages-'));
    mkdirSync(join(root, 'en'));
    writeFileSync(join(root, 'en', 'x.json'), '{"k":{"plain":"a"}}');
    expect(() => readLocale('en', root)).toThrow(
      /x\.json: "k" must be a string or \{ plain, technical \}/,
    );
    writeFileSync(join(root, 'en', 'x.json'), '{"k":"{n, plural, one {x}"}');
    expect(() => readLocale('en', root)).toThrow(/x\.json: "k" is not valid ICU MessageFormat/);
  });
});

describe('words for what data/ names by id', () => {
  const has = (key: string) => expect(allEnglish[key], key).toBeDefined();
  it('has a name, a short label, a name by what it does and a role in both registers for every region', () => {
    for (const region of regions) {
      has(`region.${region.id}.name`);
      has(`region.${region.id}.short`);
      has(`region.${region.id}.function`);
      expect(allEnglish[`region.${region.id}.role`]).toHaveProperty('technical');
    }
  });
  it('names every medicine, condition and acupuncture mode, and says what every binding means', () => {
    for (const drug of drugs) {
      has(`drug.${drug.id}.name`);
      has(`drug.${drug.id}.class`);
      for (const binding of drug.bindings) has(`binding.${drug.id}.${binding.target}`);
    }
    for (const condition of conditions) {
      has(`condition.${condition.id}.name`);
      has(`condition.${condition.id}.description`);
    }
    for (const mode of acupunctureModes) {
      has(`acuMode.${mode.id}.name`);
      has(`acuMode.${mode.id}.description`);
    }
  });
  it('gives every evidence record its claim in both registers, and the checked claims a verdict', () => {
    for (const record of evidence) {
      expect(allEnglish[`evidence.${record.id}.claim`], record.id).toHaveProperty('plain');
      if (record.value) has(`evidence.${record.id}.measure`);
      if (record.verdict) {
        has(`evidence.${record.id}.status`);
        has(`evidence.${record.id}.showInstead`);
      }
    }
    // No words for records that do not exist.
    const ids = new Set(evidence.map((r) => r.id));
    for (const file of ['evidence-1', 'evidence-2']) {
      for (const key of Object.keys(english[file]!))
        expect(ids.has(key.split('.')[1]!), key).toBe(true);
    }
  });
});

describe('the glossary', () => {
  it('gives every term a standard form and a named source in each language', () => {
    const { sources, terms } = readGlossary();
    for (const term of terms) {
      for (const locale of TRANSLATED_LOCALES) {
        expect(term[locale], `${term.id} ${locale}`).toBeTruthy();
        expect(sources[term.sources[locale]!], `${term.id} ${locale} source`).toBeTruthy();
      }
    }
  });
});

describe('plain English', () => {
  // The prose a patient meets: the first screen, the Node, Effects, Evidence and Networks panels,
  // and the stories.
  const PATIENT_FILES = [
    'common',
    'stage',
    'controls',
    'treatments',
    'panels',
    'regions',
    'bindings',
    'cautions',
    'panels-detail',
    'evidence-1',
    'evidence-2',
    'synapse',
    'stories',
  ];
  /** Plain wording and one-register text, without the notes written for clinicians. */
  const plainProse = (files: readonly string[]) =>
    files
      .flatMap((file) =>
        Object.entries(english[file]!)
          .filter(([key]) => !key.endsWith('.clinician'))
          .map(([, message]) => message),
      )
      .map((m) => readableText(typeof m === 'string' ? m : m.plain))
      .filter(isProse);

  it('reads at Flesch-Kincaid grade 6.5 or below, over all and in each file', () => {
    expect(gradeOf(plainProse(PATIENT_FILES))).toBeLessThanOrEqual(6.5);
    for (const file of PATIENT_FILES)
      expect(gradeOf(plainProse([file])), file).toBeLessThanOrEqual(6.5);
  });

  it('has no sentence over 20 words', () => {
    expect(longestSentences(plainProse(Object.keys(english)), 20)).toEqual([]);
  });

  it('is measured, not assumed: technical English reads harder', () => {
    const technical = Object.values(allEnglish)
      .map((m) => readableText(typeof m === 'string' ? m : m.technical))
      .filter(isProse);
    expect(gradeOf(technical)).toBeGreaterThan(gradeOf(plainProse(PATIENT_FILES)) + 2);
  });
});

describe('the generated types', () => {
  it('are current with the English catalogues', () => {
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(typesModule(english));
  });
});
