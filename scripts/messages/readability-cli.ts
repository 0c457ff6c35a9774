// Prints the Flesch-Kincaid grade of the plain English register's prose (messages of 8 words or more), per catalogue file and over
// all, and the sentences over 20 words.   npx tsx scripts/messages/readability-cli.ts [file...]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gradeOf, isProse, longestSentences, readableText } from './readability.ts';

const dir = 'src/i18n/messages/en';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(dir, f));
const all: string[] = [];
for (const file of files) {
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const texts = Object.values(messages)
    .map((m) => readableText(typeof m === 'string' ? m : (m as { plain: string }).plain))
    .filter(isProse);
  all.push(...texts);
  console.log(`${file}: grade ${gradeOf(texts).toFixed(1)}`);
  for (const line of longestSentences(texts, 20)) console.log(`  ${line}`);
}
console.log(`all: grade ${gradeOf(all).toFixed(1)}`);
