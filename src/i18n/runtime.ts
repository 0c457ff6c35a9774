// What compiled messages call at run time (see scripts/messages/compile.ts): the locale's
// plural rules, its number format for arguments, and select. Intl does the work.
import type { Locale } from './groups.ts';

export type Args = Readonly<Record<string, string | number>>;
export type Cases = Readonly<Record<string, string>>;

export interface Runtime {
  /** An argument's text: numbers in the locale's format. */
  v(value: string | number | undefined): string;
  /** A plural: an exact `=n` case first, then the locale's category, then `other`. */
  p(count: string | number | undefined, cases: Cases): string;
  /** An ordinal plural. */
  o(count: string | number | undefined, cases: Cases): string;
  /** A select: the case named by the value, else `other`. */
  s(value: string | number | undefined, cases: Cases): string;
}

/** A compiled message in one register: its text, or a function of its arguments. */
export type CompiledText = string | ((args: Args, runtime: Runtime) => string);
export type CompiledCatalogue = Readonly<Record<string, CompiledText>>;

/** The BCP 47 tag Intl and <html lang> use for a locale: the English is British (its spelling,
 * and lists without a serial comma); the pseudo-locale formats as English. */
export function languageTag(locale: Locale): string {
  return locale === 'qps-ploc' || locale === 'en' ? 'en-GB' : locale;
}

export function runtimeFor(locale: Locale): Runtime {
  const tag = languageTag(locale);
  const cardinal = new Intl.PluralRules(tag);
  const ordinal = new Intl.PluralRules(tag, { type: 'ordinal' });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const pick = (rules: Intl.PluralRules, count: string | number | undefined, cases: Cases) => {
    const n = Number(count);
    return cases[`=${n}`] ?? cases[rules.select(n)] ?? cases['other'] ?? '';
  };
  return {
    v: (value) =>
      typeof value === 'number' ? number.format(value).replace('-', '\u2212') : String(value ?? ''),
    p: (count, cases) => pick(cardinal, count, cases),
    o: (count, cases) => pick(ordinal, count, cases),
    s: (value, cases) => cases[String(value)] ?? cases['other'] ?? '',
  };
}
