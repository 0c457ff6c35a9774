// Readability of the plain register, measured with maintained libraries: syllables by
// `syllable`, the grade by `flesch-kincaid` (both by wooorm). A message's placeholders are read
// as one short word and a plural or select as its `other` case, so the measure sees the sentence
// a reader meets. Sentences end at . ! or ? (labels without one count as one sentence each).
import { parse, type Token } from '@messageformat/parser';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

/** A message's text as a reader meets it: placeholders as "it", plural/select as `other`. */
export function readableText(message: string): string {
  const walk = (tokens: readonly Token[]): string =>
    tokens
      .map((token) => {
        switch (token.type) {
          case 'content':
            return token.value;
          case 'plural':
          case 'select':
          case 'selectordinal': {
            const other = token.cases.find((c) => c.key === 'other') ?? token.cases[0];
            return other ? walk(other.tokens) : '';
          }
          case 'octothorpe':
            return '2';
          default:
            return 'it';
        }
      })
      .join('');
  return walk(parse(message));
}

export interface Counts {
  sentence: number;
  word: number;
  syllable: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Sentence, word and syllable counts of some texts (each text ends a sentence). */
export function countsOf(texts: readonly string[]): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0 };
  for (const text of texts) {
    const sentences = text
      .split(/(?<=[.!?])\s+|\n+/)
      .map((s) => s.trim())
      .filter((s) => WORD.test(s) && ((WORD.lastIndex = 0), true));
    for (const sentence of sentences) {
      const words = sentence.match(WORD) ?? [];
      if (words.length === 0) continue;
      counts.sentence += 1;
      counts.word += words.length;
      for (const word of words) counts.syllable += Math.max(1, syllable(word));
    }
  }
  return counts;
}

/** Prose, not labels: a text of at least PROSE_WORDS words. Labels ("Plain language") would
 * each count as a sentence of two words and flatter the grade, so the measure leaves them out. */
export const PROSE_WORDS = 8;

export function isProse(text: string): boolean {
  return (text.match(WORD) ?? []).length >= PROSE_WORDS;
}

/** The Flesch-Kincaid grade of some texts together. */
export function gradeOf(texts: readonly string[]): number {
  const counts = countsOf(texts);
  return counts.word === 0 ? 0 : fleschKincaid({ ...counts });
}

/** The longest sentences (in words) among some texts, for a writer to shorten. */
export function longestSentences(texts: readonly string[], limit: number): string[] {
  return texts
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .map((s) => ({ s, words: (s.match(WORD) ?? []).length }))
    .filter(({ words }) => words > limit)
    .map(({ s, words }) => `${words} words: ${s}`);
}
