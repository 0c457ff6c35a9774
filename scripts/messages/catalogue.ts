// Reading and checking the message catalogues (src/i18n/messages/<locale>/<file>.json): every
// message is ICU MessageFormat text, or the same message in two registers { plain, technical }.
// Used by the build (./vite-plugin.ts), the unit tests and the translators' check (./check.ts).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Token } from '@messageformat/parser';

export const MESSAGES_DIR = 'src/i18n/messages';
export const SOURCE_LOCALE = 'en';
/** The translated locales (the pseudo-locale is generated from English, not stored). */
export const TRANSLATED_LOCALES = ['pt-BR', 'es', 'zh-Hans'] as const;

export type Variants = { readonly plain: string; readonly technical: string };
export type RawMessage = string | Variants;
export type Catalogue = Record<string, RawMessage>;

/** The catalogue files of a locale, by file name (without .json). */
export function readLocale(locale: string, root = MESSAGES_DIR): Record<string, Catalogue> {
  const dir = join(root, locale);
  if (!existsSync(dir)) return {};
  const files: Record<string, Catalogue> = {};
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    files[name.replace(/\.json$/, '')] = readCatalogue(join(dir, name));
  }
  return files;
}

/** One catalogue file, its shape checked: a bad file fails naming the file and the key. */
export function readCatalogue(path: string): Catalogue {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`${path}: expected an object of messages`);
  }
  for (const [key, value] of Object.entries(json)) {
    const ok =
      typeof value === 'string' ||
      (typeof value === 'object' &&
        value !== null &&
        Object.keys(value).sort().join() === 'plain,technical' &&
        typeof (value as Variants).plain === 'string' &&
        typeof (value as Variants).technical === 'string');
    if (!ok) throw new Error(`${path}: "${key}" must be a string or { plain, technical }`);
    for (const text of variantsOf(value as RawMessage)) {
      try {
        parse(text);
      } catch (error) {
        throw new Error(
          `${path}: "${key}" is not valid ICU MessageFormat: ${(error as Error).message}`,
        );
      }
    }
  }
  return json as Catalogue;
}

export function variantsOf(message: RawMessage): string[] {
  return typeof message === 'string' ? [message] : [message.plain, message.technical];
}

/** The arguments a message uses, with their kind (plural args are numbers). */
export function argumentsOf(text: string): Map<string, 'plural' | 'select' | 'text'> {
  const args = new Map<string, 'plural' | 'select' | 'text'>();
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') {
        if (!args.has(token.arg)) args.set(token.arg, 'text');
      } else if (token.type === 'plural' || token.type === 'selectordinal') {
        args.set(token.arg, 'plural');
        for (const c of token.cases) walk(c.tokens);
      } else if (token.type === 'select') {
        args.set(token.arg, 'select');
        for (const c of token.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(text));
  return args;
}

/** Plural and select case keys a message uses, per argument. */
export function casesOf(text: string): Map<string, string[]> {
  const cases = new Map<string, string[]>();
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'plural' || token.type === 'selectordinal' || token.type === 'select') {
        cases.set(token.arg, [...(cases.get(token.arg) ?? []), ...token.cases.map((c) => c.key)]);
        for (const c of token.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(text));
  return cases;
}

/** A message's words with every placeholder left out (all plural and select cases kept). */
export function withoutArguments(text: string): string {
  const walk = (tokens: readonly Token[]): string =>
    tokens
      .map((token) =>
        token.type === 'content'
          ? token.value
          : token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal'
            ? token.cases.map((c) => walk(c.tokens)).join(' ')
            : ' ',
      )
      .join('');
  return walk(parse(text));
}

export interface GlossaryTerm {
  id: string;
  en: string;
  'pt-BR': string;
  es: string;
  'zh-Hans': string;
  short?: string;
  sources: Record<string, string>;
}

export function readGlossary(path = 'data/glossary.json'): {
  sources: Record<string, string>;
  terms: GlossaryTerm[];
} {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Problems in one translated locale against English: missing or extra keys, a different
 * register shape, placeholders that differ, plural cases the locale does not have, and glossary
 * terms missing where the English message has the English term. */
export function problemsOf(locale: string, root = MESSAGES_DIR): string[] {
  const english = readLocale(SOURCE_LOCALE, root);
  const translated = readLocale(locale, root);
  const glossary = readGlossary().terms;
  const categories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  const problems: string[] = [];
  for (const [file, messages] of Object.entries(english)) {
    const other = translated[file];
    if (!other) {
      problems.push(`${locale}/${file}.json: missing file`);
      continue;
    }
    for (const key of Object.keys(other)) {
      if (!(key in messages))
        problems.push(`${locale}/${file}.json: "${key}" is not an English key`);
    }
    for (const [key, source] of Object.entries(messages)) {
      const target = other[key];
      const where = `${locale}/${file}.json: "${key}"`;
      if (target === undefined) {
        problems.push(`${where}: missing`);
        continue;
      }
      if (typeof source !== typeof target) {
        problems.push(
          `${where}: English has ${typeof source === 'string' ? 'one text' : 'plain and technical'}`,
        );
        continue;
      }
      const pairs: [string, string, string][] =
        typeof source === 'string'
          ? [['', source, target as string]]
          : [
              [' (plain)', source.plain, (target as Variants).plain],
              [' (technical)', source.technical, (target as Variants).technical],
            ];
      for (const [register, en, text] of pairs) {
        const enArgs = argumentsOf(en);
        const args = argumentsOf(text);
        const a = [...enArgs.keys()].sort().join(', ');
        const b = [...args.keys()].sort().join(', ');
        if (a !== b)
          problems.push(`${where}${register}: placeholders {${b}} differ from English {${a}}`);
        for (const [arg, keys] of casesOf(text)) {
          if (args.get(arg) !== 'plural') continue;
          for (const k of keys) {
            if (!k.startsWith('=') && !categories.has(k as Intl.LDMLPluralRule)) {
              problems.push(`${where}${register}: plural case "${k}" does not exist in ${locale}`);
            }
          }
          if (!keys.includes('other')) problems.push(`${where}${register}: plural needs "other"`);
        }
        // Terms are looked for in the words, not in placeholder names such as {serotonin}.
        const enWords = withoutArguments(en);
        const words = withoutArguments(text);
        for (const term of glossary) {
          const inEnglish = new RegExp(`\\b${term.en}`, 'i').test(enWords);
          const wanted = term[locale as 'es'];
          if (inEnglish && wanted && !words.toLowerCase().includes(wanted.toLowerCase())) {
            problems.push(`${where}${register}: glossary term "${term.en}" should be "${wanted}"`);
          }
        }
      }
    }
  }
  return problems;
}
