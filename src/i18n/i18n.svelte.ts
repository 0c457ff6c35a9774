// The i18n layer: typed message keys, {placeholder} interpolation, two registers, and a
// pseudo-locale that shows keys so untranslated text stands out. English only for now; more
// locales add a catalogue with the same keys.
//
// Choice: a small typed catalogue rather than Paraglide JS. With one locale today, keys typed
// from the English file give the same compile-time safety with no extra build step, and the
// two-register messages (plain / technical) are a plain object shape here.
import { en, type EnglishMessages } from './en/index.ts';
import type { Message, Register } from './message.ts';

export type MessageKey = keyof EnglishMessages;
export type Locale = 'en' | 'qps-keys';
export const LOCALES: readonly Locale[] = ['en', 'qps-keys'];

type Params = Readonly<Record<string, string | number>>;

type Catalogue = Partial<Record<MessageKey, Message>>;

/** Messages per locale; on-demand panels add theirs with registerMessages when they load. */
const catalogues: Record<Exclude<Locale, 'qps-keys'>, Catalogue> = { en: { ...en } };

/** Adds a block of messages (an on-demand panel's) to a locale's catalogue. */
export function registerMessages(
  locale: Exclude<Locale, 'qps-keys'>,
  messages: Readonly<Record<string, Message>>,
): void {
  Object.assign(catalogues[locale], messages);
}

// Plain bookkeeping, not state any view reads.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const reported = new Set<string>();

/** A missing message is a bug: say so once, and show the key rather than nothing. */
function missing(key: MessageKey): Message {
  if (!reported.has(key)) {
    reported.add(key);
    console.error(`PainBrake: no message for "${key}" (is its catalogue registered?)`);
  }
  return key;
}

/** Fills {name} placeholders; an unknown placeholder is left visible rather than dropped. */
export function interpolate(text: string, params: Params | undefined): string {
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** Picks the register's text from a message. */
export function inRegister(message: Message, register: Register): string {
  return typeof message === 'string' ? message : message[register];
}

class I18n {
  locale = $state<Locale>('en');
  register = $state<Register>('plain');

  /** The message for a key in the current locale and register, with placeholders filled. */
  t = (key: MessageKey, params?: Params): string => {
    if (this.locale === 'qps-keys') return `⟦${key}⟧`;
    return interpolate(
      inRegister(catalogues[this.locale][key] ?? missing(key), this.register),
      params,
    );
  };

  /** The same message in a given register (for copy that shows both). */
  tIn = (key: MessageKey, register: Register, params?: Params): string => {
    if (this.locale === 'qps-keys') return `⟦${key}⟧`;
    return interpolate(inRegister(catalogues[this.locale][key] ?? missing(key), register), params);
  };
}

export const i18n = new I18n();
export const t = i18n.t;
