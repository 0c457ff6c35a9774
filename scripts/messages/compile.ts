// Compiles ICU MessageFormat catalogues to JavaScript at build time, so the app ships no
// message parser: a message without arguments becomes a string, one with arguments a small
// function (args, runtime) => string. The runtime (src/i18n/runtime.ts) supplies the locale's
// plural rules and number format. Also writes the TypeScript types of every key's arguments.
import { parse, type Token } from '@messageformat/parser';
import type { Catalogue, RawMessage } from './catalogue.ts';

const json = (text: string) => JSON.stringify(text);

/** Pseudo-localises a text: accented letters and ~35% longer words, so layout tests see the
 * growth real translations bring (pt and es run 20-35% longer than English); short forms keep
 * their length. */
export function pseudo(text: string): string {
  const map: Record<string, string> = {
    a: 'á',
    e: 'é',
    i: 'í',
    o: 'ö',
    u: 'ü',
    c: 'ç',
    n: 'ñ',
    y: 'ý',
    s: 'š',
    z: 'ž',
    A: 'Á',
    E: 'É',
    I: 'Í',
    O: 'Ö',
    U: 'Ü',
    C: 'Ç',
    N: 'Ñ',
    Y: 'Ý',
    S: 'Š',
    Z: 'Ž',
  };
  const accented = text.replace(/[a-zA-Z]/g, (ch) => map[ch] ?? ch);
  // Lengthen each word by about a third (vowels doubled), keeping spaces as break points. Short
  // forms (two or more capitals: PAG, dACC, SNRI) stay their length, as translations keep them.
  return accented.replace(/[\p{L}]{3,}/gu, (word) => {
    if ((word.match(/\p{Lu}/gu) ?? []).length >= 2) return word;
    const extra = Math.ceil(word.length * 0.35);
    const vowels = word.match(/[áéíöüý]/g) ?? ['·'];
    let padding = '';
    for (let i = 0; i < extra; i++) padding += vowels[i % vowels.length];
    return word + padding;
  });
}

interface Options {
  /** Transforms literal text (the pseudo-locale). */
  text?: (text: string) => string;
}

/** JavaScript for a message text: a string literal, or an arrow function over (a, r). */
export function compileText(source: string, options: Options = {}): string {
  const tokens = parse(source);
  let usesArgs = false;
  const expr = (list: readonly Token[], plural: string | null): string => {
    const parts = list.map((token): string => {
      switch (token.type) {
        case 'content':
          return json(options.text ? options.text(token.value) : token.value);
        case 'argument':
          usesArgs = true;
          return `r.v(a[${json(token.arg)}])`;
        case 'function':
          if (token.key !== 'number') throw new Error(`unsupported {${token.arg}, ${token.key}}`);
          usesArgs = true;
          return `r.v(a[${json(token.arg)}])`;
        case 'octothorpe':
          if (plural === null) return json('#');
          return `r.v(a[${json(plural)}])`;
        case 'plural':
        case 'selectordinal':
        case 'select': {
          usesArgs = true;
          const cases = token.cases
            .map(
              (c) =>
                `${json(c.key)}:${expr(c.tokens, token.type === 'select' ? plural : token.arg)}`,
            )
            .join(',');
          const fn = token.type === 'select' ? 's' : token.type === 'plural' ? 'p' : 'o';
          return `r.${fn}(a[${json(token.arg)}],{${cases}})`;
        }
      }
    });
    return parts.length === 0 ? '""' : parts.join('+');
  };
  const body = expr(tokens, null);
  if (!usesArgs) {
    // A literal: only text (a # outside a plural is text too).
    const text = tokens.map((t) => (t.type === 'content' ? t.value : '#')).join('');
    return json(options.text ? options.text(text) : text);
  }
  return `(a,r)=>${body}`;
}

/** JavaScript for one message (either form). */
export function compileMessage(message: RawMessage, options: Options = {}): string {
  if (typeof message === 'string') return compileText(message, options);
  return `{plain:${compileText(message.plain, options)},technical:${compileText(message.technical, options)}}`;
}

/** An ES module exporting a catalogue's compiled messages. */
export function compileModule(messages: Catalogue, options: Options = {}): string {
  const entries = Object.entries(messages).map(
    ([key, message]) => `${json(key)}:${compileMessage(message, options)}`,
  );
  return `export default {${entries.join(',\n')}};\n`;
}

/** The TypeScript type of a message's arguments, from its English text (both registers). */
export function argumentTypes(message: RawMessage): Map<string, string> {
  const types = new Map<string, string>();
  const add = (name: string, type: string) => {
    const before = types.get(name);
    // A name used as a number (plural) and as text takes number: plural needs it.
    if (before === undefined || before === 'string | number') types.set(name, type);
  };
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') add(token.arg, 'string | number');
      else if (token.type === 'plural' || token.type === 'selectordinal') {
        types.set(token.arg, 'number');
        for (const c of token.cases) walk(c.tokens);
      } else if (token.type === 'select') {
        const keys = token.cases.map((c) => c.key).filter((k) => k !== 'other');
        add(
          token.arg,
          token.cases.some((c) => c.key === 'other') ? 'string' : keys.map(json).join(' | '),
        );
        for (const c of token.cases) walk(c.tokens);
      }
    }
  };
  for (const text of typeof message === 'string' ? [message] : [message.plain, message.technical])
    walk(parse(text));
  return types;
}

/** The generated module of message types: MessageArgs maps every key to its arguments. */
export function typesModule(english: Record<string, Catalogue>): string {
  const lines = [
    '// Generated from the English catalogues (src/i18n/messages/en) by scripts/messages; do not edit.',
    '// The build and the dev server rewrite it; a unit test checks it is current.',
    'export interface MessageArgs {',
  ];
  const all = Object.values(english).flatMap((c) => Object.entries(c));
  all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, message] of all) {
    const args = [...argumentTypes(message)].sort(([a], [b]) => (a < b ? -1 : 1));
    const shape =
      args.length === 0
        ? 'Record<never, never>'
        : `{ ${args.map(([n, t]) => `${n}: ${t}`).join('; ')} }`;
    lines.push(`  ${json(key)}: ${shape};`);
  }
  lines.push('}', '');
  return lines.join('\n');
}
