// The message layer: ICU MessageFormat catalogues per locale (src/i18n/messages/<locale>),
// compiled at build time (scripts/messages) and loaded with import() one group and one register
// at a time, so only the active language's text, in the chosen wording, for the open parts of
// the app is ever downloaded. Keys and their arguments are typed from the English catalogues
// (messages.generated.ts). A message may hold its text in two registers (plain for patients,
// technical for students and clinicians).
//
// Choice, measured (docs/i18n.md): ICU MessageFormat compiled to functions at build time rather
// than a runtime formatter (intl-messageformat adds ~12 KB gzip to the first load) or Paraglide
// JS 2 (whose messages carry every locale's text in each function unless split per locale).
import { loaders } from 'virtual:painbrake-messages';
import type { MessageArgs } from './messages.generated.ts';
import { LOCALES, type Locale, type MessageGroup } from './groups.ts';
import { languageTag, runtimeFor, type Args, type CompiledText, type Runtime } from './runtime.ts';
import type { Register } from './message.ts';

export { LOCALES, type Locale, type MessageGroup };
export type MessageKey = keyof MessageArgs;
/** The arguments a key takes: none, or its typed placeholders. */
export type ParamsOf<K extends MessageKey> = keyof MessageArgs[K] extends never
  ? [params?: Record<never, never>]
  : [params: MessageArgs[K]];

/** The languages a person can choose, each named in itself. */
export const LANGUAGE_NAMES: Readonly<Record<Exclude<Locale, 'qps-ploc'>, string>> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
  'zh-Hans': '简体中文',
};

/** The closest supported language to the browser's preferences (English if none is close). */
export function closestLocale(preferences: readonly string[]): Exclude<Locale, 'qps-ploc'> {
  for (const preference of preferences) {
    const tag = preference.toLowerCase();
    const language = tag.split('-')[0];
    if (language === 'en') return 'en';
    if (language === 'pt') return 'pt-BR';
    if (language === 'es') return 'es';
    // Simplified Chinese for any Chinese: the closest of the languages there are.
    if (language === 'zh') return 'zh-Hans';
  }
  return 'en';
}

// Plain bookkeeping, not state any view reads.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const reported = new Set<string>();

function report(text: string): void {
  if (reported.has(text)) return;
  reported.add(text);
  console.error(`PainBrake: ${text}`);
}

/** Exported for tests; the app uses the one instance, `i18n`. */
export class I18n {
  /** The language shown; change it with setLocale (which loads its text first). */
  locale = $state<Locale>('en');
  /** The wording shown (plain or technical); change it with setRegister. */
  register = $state<Register>('plain');
  /** Bumped when a catalogue arrives, so text that read a missing group reads again. */
  #arrivals = $state(0);
  /** Compiled messages by locale and register ("pt-BR/plain"). */
  #messages: Record<string, Record<string, CompiledText>> = {};
  // Plain bookkeeping, not state any view reads: the loads made or under way, and the groups
  // the app has asked for.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #loads = new Map<string, Promise<void>>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #groups = new Set<MessageGroup>(['core']);
  #runtimes: Partial<Record<Locale, Runtime>> = {};

  /** Loads a group of messages (for the current language and wording unless given). */
  load = (
    group: MessageGroup,
    locale: Locale = this.locale,
    register: Register = this.register,
  ): Promise<void> => {
    this.#groups.add(group);
    const slot = `${locale}/${register}`;
    const id = `${slot}/${group}`;
    let pending = this.#loads.get(id);
    if (!pending) {
      const loader = loaders[locale]?.[group]?.[register];
      if (!loader) return Promise.reject(new Error(`PainBrake: no messages for ${id}`));
      pending = loader().then(
        (module) => {
          Object.assign((this.#messages[slot] ??= {}), module.default);
          for (const key of module.missing)
            report(`no ${locale} message for "${key}" (English shown)`);
          this.#arrivals += 1;
        },
        (error: unknown) => {
          // Not kept: asking again (Try again, once the network is back) fetches it again.
          this.#loads.delete(id);
          throw error;
        },
      );
      this.#loads.set(id, pending);
    }
    return pending;
  };

  /** Counts the calls to use(): only the latest switches (an earlier one may finish later). */
  #switches = 0;

  /** Switches language and wording once every group in use has arrived in them, so the screen
   * never shows a mix (or keys) while the text loads. When asked again before then, the later
   * language and wording win, whichever arrives first. */
  use = async (locale: Locale, register: Register = this.register): Promise<void> => {
    const call = ++this.#switches;
    // A part of the app may ask for another group while these load: load that too before
    // switching, or it would show in the new language without its words.
    let groups: MessageGroup[];
    do {
      groups = [...this.#groups];
      await Promise.all(groups.map((group) => this.load(group, locale, register)));
    } while (this.#groups.size > groups.length);
    if (call !== this.#switches) return;
    this.locale = locale;
    this.register = register;
    if (typeof document !== 'undefined') document.documentElement.lang = languageTag(locale);
  };

  setLocale = (locale: Locale): Promise<void> => this.use(locale, this.register);
  setRegister = (register: Register): Promise<void> => this.use(this.locale, register);

  /** The message for a key in the current language and wording, with its arguments filled. */
  t = <K extends MessageKey>(key: K, ...[params]: ParamsOf<K>): string => {
    void this.#arrivals;
    const text = this.#messages[`${this.locale}/${this.register}`]?.[key];
    if (text === undefined) {
      report(`no message for "${key}" in ${this.locale} (is its group loaded?)`);
      return key;
    }
    if (typeof text === 'string') return text;
    const runtime = (this.#runtimes[this.locale] ??= runtimeFor(this.locale));
    return text((params ?? {}) as Args, runtime);
  };

  /** Whether a key exists (loaded) in the current language: for optional, data-keyed text. */
  has = (key: string): boolean => {
    void this.#arrivals;
    return this.#messages[`${this.locale}/${this.register}`]?.[key] !== undefined;
  };
}

export const i18n = new I18n();
export const t = i18n.t;

/** A loader for a part of the app that also loads its group of messages (in parallel). */
export function withMessages<T>(group: MessageGroup, load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), i18n.load(group)]).then(([module]) => module);
}
