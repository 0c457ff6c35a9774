// Sources as readers see them, built from the evidence records: each record's source split at ';',
// internal cross-references (SCIENCE.md) and explanatory asides in parentheses removed, product
// labels named once, a bare author name dropped when a dated entry by the same author exists, and
// the checked claims' articles left out (they are not sources). Pure, so it is tested on its own.
import type { EvidenceRecord } from '../../data/schema.ts';

const INTERNAL = /\s*\(SCIENCE\.md[^)]*\)/g;
/** An aside such as "(nortriptyline fraction)"; "(Cochrane)" names a source and stays. */
const ASIDE = /\s*\([a-z][^)]*\)/g;
const PRODUCT_LABEL = /^product label( data)?$/i;

/** A record's source as shown to readers: internal cross-references (SCIENCE.md) removed. */
export function displaySource(source: string): string {
  return (
    source
      .replace(INTERNAL, '')
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '' && !part.startsWith('SCIENCE.md'))
      .join('; ') || source
  );
}

/** Unique, sorted sources cited by the evidence records (the checked claims' articles excluded). */
export function evidenceSources(records: readonly EvidenceRecord[]): string[] {
  const sources = new Set<string>();
  for (const record of records) {
    if (record.topic === 'claim') continue;
    for (const part of displaySource(record.source).split(';')) {
      let source = part
        .replace(ASIDE, '')
        .replace(/^Inference from /, '')
        .trim();
      if (source === '' || source.startsWith('SCIENCE.md')) continue;
      if (PRODUCT_LABEL.test(source)) source = 'Product labels';
      sources.add(source);
    }
  }
  const all = [...sources];
  const dated = (name: string) =>
    all.some((other) => other !== name && other.startsWith(`${name} `));
  return all.filter((name) => !dated(name)).sort((a, b) => a.localeCompare(b, 'en'));
}
