// The i18n layer: typed message keys, {placeholder} interpolation, two registers, and a
// pseudo-locale that shows keys so untranslated text stands out. English only for now; more
// locales add a catalogue with the same keys.
//
// Choice: a small typed catalogue rather than Paraglide JS. With one locale today, keys typed
// from the English file give the same compile-time safety with no extra build step, and the
// two-register messages (plain / technical) are a plain object shape here.
import { en } from './en/index.ts';
import type { Message, Register } from './message.ts';

export type MessageKey = keyof typeof en;
export type Locale = 'en' | 'qps-keys';
export const LOCALES: readonly Locale[] = ['en', 'qps-keys'];

type Params = Readonly<Record<string, string | number>>;

const catalogues: Record<Exclude<Locale, 'qps-keys'>, Readonly<Record<MessageKey, Message>>> = {
  en,
};

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
    return interpolate(inRegister(catalogues[this.locale][key], this.register), params);
  };

  /** The same message in a given register (for copy that shows both). */
  tIn = (key: MessageKey, register: Register, params?: Params): string => {
    if (this.locale === 'qps-keys') return `⟦${key}⟧`;
    return interpolate(inRegister(catalogues[this.locale][key], register), params);
  };
}

export const i18n = new I18n();
export const t = i18n.t;
