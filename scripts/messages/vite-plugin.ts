// The message catalogues in the build: each locale's groups (src/i18n/groups.ts), in each
// register, become a compiled module loaded with import(), so only the active language's text
// in the chosen wording loads. A key a translation
// lacks falls back to English in that module, and the dev server reports it. The pseudo-locale
// qps-ploc is generated from English. The key and argument types are written to
// src/i18n/messages.generated.ts whenever the English catalogues change.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { MESSAGE_GROUPS, LOCALES, type MessageGroup } from '../../src/i18n/groups.ts';
import { readLocale, type Catalogue, MESSAGES_DIR, SOURCE_LOCALE } from './catalogue.ts';
import { compileModule, pseudo, typesModule } from './compile.ts';

const VIRTUAL = 'virtual:painbrake-messages';
const REGISTERS = ['plain', 'technical'] as const;
type Register = (typeof REGISTERS)[number];
const RESOLVED = '\0painbrake-messages';
export const TYPES_FILE = 'src/i18n/messages.generated.ts';

/** A group's messages in a locale, English filling any key the locale lacks. */
export function groupMessages(
  locale: string,
  group: MessageGroup,
  root = MESSAGES_DIR,
): { messages: Catalogue; missing: string[] } {
  const english = readLocale(SOURCE_LOCALE, root);
  const own =
    locale === SOURCE_LOCALE || locale === 'qps-ploc' ? english : readLocale(locale, root);
  const messages: Catalogue = {};
  const missing: string[] = [];
  for (const file of MESSAGE_GROUPS[group]) {
    for (const [key, message] of Object.entries(english[file] ?? {})) {
      const translated = own[file]?.[key];
      if (translated === undefined) missing.push(key);
      messages[key] = translated ?? message;
    }
  }
  return { messages, missing };
}

/** Writes the types module if it changed (so an unchanged build touches nothing). */
export function writeTypes(root: string): void {
  const file = join(root, TYPES_FILE);
  const text = typesModule(readLocale(SOURCE_LOCALE, join(root, MESSAGES_DIR)));
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

export function messages(): Plugin {
  let root = process.cwd();
  let dev = false;
  return {
    name: 'painbrake-messages',
    configResolved(config) {
      root = config.root;
      dev = config.command === 'serve';
    },
    buildStart() {
      writeTypes(root);
      this.addWatchFile(resolve(root, MESSAGES_DIR));
    },
    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED;
      if (id.startsWith(`${VIRTUAL}/`)) return `${RESOLVED}/${id.slice(VIRTUAL.length + 1)}`;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        // import() per locale, group and register: each becomes its own chunk.
        const rows = LOCALES.map((locale) => {
          const groups = Object.keys(MESSAGE_GROUPS).map((group) => {
            const registers = REGISTERS.map((register) => {
              const target = JSON.stringify(`${VIRTUAL}/${locale}/${group}/${register}`);
              return `${register}:()=>import(${target})`;
            });
            return `${JSON.stringify(group)}:{${registers.join(',')}}`;
          });
          return `${JSON.stringify(locale)}:{${groups.join(',')}}`;
        });
        return `export const loaders = {${rows.join(',\n')}};\n`;
      }
      if (id.startsWith(`${RESOLVED}/`)) {
        const [locale, group, register] = id.slice(RESOLVED.length + 1).split('/') as [
          string,
          MessageGroup,
          Register,
        ];
        const dir = resolve(root, MESSAGES_DIR);
        // Watch the catalogues this module is made from (the pseudo-locale has none of its own).
        for (const file of MESSAGE_GROUPS[group])
          for (const l of new Set([SOURCE_LOCALE, locale])) {
            const path = join(dir, l, `${file}.json`);
            if (existsSync(path)) this.addWatchFile(path);
          }
        const { messages, missing } = groupMessages(locale, group, dir);
        if (missing.length > 0 && locale !== 'qps-ploc' && dev) {
          this.warn(
            `${locale}/${group}: ${missing.length} messages fall back to English: ${missing.slice(0, 8).join(', ')}`,
          );
        }
        // One register's text only: the other register's loads if the reader switches.
        const inRegister = Object.fromEntries(
          Object.entries(messages).map(([key, m]) => [
            key,
            typeof m === 'string' ? m : m[register],
          ]),
        );
        const module = compileModule(inRegister, locale === 'qps-ploc' ? { text: pseudo } : {});
        return `${module}export const missing = ${JSON.stringify(dev ? missing : [])};\n`;
      }
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes('/src/i18n/messages/')) return undefined;
      writeTypes(root);
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
