// Numbers, percentages, lists and times of day in the current language, by Intl: "4,1" in
// pt-BR and es, "4.1" in English and Chinese; "A, B e C"; 14:00. Formatters are made once per
// language and reused. A minus is the true minus sign (U+2212) as typeset text uses.
import { i18n } from './i18n.svelte.ts';
import { languageTag } from './runtime.ts';

const MINUS = '\u2212';
const cache = new Map<string, Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>(
  id: string,
  make: (tag: string) => T,
): T {
  const tag = languageTag(i18n.locale);
  const key = `${tag}|${id}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(tag);
    cache.set(key, formatter);
  }
  return formatter;
}

const minus = (text: string) => text.replace('-', MINUS);

/** A number with a fixed count of decimals: fixed(-1.26, 1) = "−1.3" ("−1,3" in pt-BR). */
export function fixed(value: number, decimals: number): string {
  const format = cached(
    `fixed${decimals}`,
    (tag) =>
      new Intl.NumberFormat(tag, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        useGrouping: false,
      }),
  );
  // "-0.0" reads oddly: a value that rounds to zero has no sign.
  const rounded = Number(value.toFixed(decimals));
  return minus(format.format(rounded === 0 ? 0 : rounded));
}

/** A number with at most some decimals, trailing zeros dropped: upTo(2.5, 2) = "2.5". */
export function upTo(value: number, decimals: number): string {
  const format = cached(
    `upTo${decimals}`,
    (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: decimals }),
  );
  return minus(format.format(value));
}

/** A fraction as a signed percentage with `decimals` decimals: 0.38 -> "+38%" ("+38 %" in es),
 * 0 -> "+0%"; signedPercent(0.012, 1) -> "+1.2%". */
export function signedPercent(fraction: number, decimals = 0): string {
  const format = cached(
    `signedPercent${decimals}`,
    (tag) =>
      new Intl.NumberFormat(tag, {
        style: 'percent',
        signDisplay: 'always',
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }),
  );
  const scale = 100 * 10 ** decimals;
  const rounded = Math.round(fraction * scale) / scale;
  return minus(format.format(rounded === 0 ? 0 : rounded));
}

/** A fraction as a percentage with at most `decimals` decimals: 0.38 -> "38%", 0.293 -> "29.3%". */
export function percent(fraction: number, decimals = 0): string {
  const format = cached(
    `percent${decimals}`,
    (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: decimals }),
  );
  return minus(format.format(fraction));
}

/** Names as a list in the language: "A", "A and B", "A, B and C" ("A, B e C"; "A、B和C"). */
export function listOf(names: readonly string[]): string {
  return cached('and', (tag) => new Intl.ListFormat(tag, { type: 'conjunction' })).format(names);
}

/** Items of one kind without a conjunction: "A, B, C" ("A、B、C"). */
export function unitsList(items: readonly string[]): string {
  return cached(
    'units',
    (tag) => new Intl.ListFormat(tag, { type: 'unit', style: 'short' }),
  ).format(items);
}

/** Sentences one after another: a space between them, none in Chinese (its full stop is wide). */
export const sentences = (parts: readonly string[]): string =>
  parts.join(i18n.locale === 'zh-Hans' ? '' : ' ');

/** A time of day from minutes after midnight, on the 24-hour clock: 840 -> "14:00". */
export function timeOfDay(minutes: number): string {
  const format = cached(
    'time',
    (tag) =>
      new Intl.DateTimeFormat(tag, {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'UTC',
      }),
  );
  return format.format(new Date(Math.round(minutes) * 60_000));
}

/** The text with its first letter upper case, as a label or a sentence starts (no change in
 * scripts without case, such as Chinese). */
export function sentenceStart(text: string): string {
  return text.charAt(0).toLocaleUpperCase(languageTag(i18n.locale)) + text.slice(1);
}

/** A name as it reads inside a sentence (drug names are common nouns in en, pt and es). */
export function inSentence(name: string): string {
  return name.charAt(0).toLocaleLowerCase(languageTag(i18n.locale)) + name.slice(1);
}
