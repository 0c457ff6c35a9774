// A translator's check: every key, register, placeholder, plural case and glossary term of a
// locale against English.   npx tsx scripts/messages/check.ts pt-BR [file-name-filter]
import { problemsOf, TRANSLATED_LOCALES } from './catalogue.ts';

const [locale, filter] = process.argv.slice(2);
const locales = locale ? [locale] : [...TRANSLATED_LOCALES];
let count = 0;
for (const l of locales) {
  for (const problem of problemsOf(l)) {
    if (filter && !problem.includes(`/${filter}.json`)) continue;
    console.log(problem);
    count += 1;
  }
}
console.log(count === 0 ? 'no problems' : `${count} problems`);
process.exit(count === 0 ? 0 : 1);
