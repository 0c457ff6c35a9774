// The words on the stage that depend on the state: a node's accessible name and value, and the
// labels of the treatment marks.
import { fixed, inSentence, listOf, signedPercent } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.svelte.ts';
import { acupunctureModeName, drugName, regionName, regionShort } from '../../i18n/names.ts';
import { regions } from '../../data/catalog.ts';
import type { Region } from '../../data/schema.ts';
import { describeChange } from '../../state/describe.ts';
import { keepTogether } from './labelPlacement.ts';
import type { Treatment } from '../../state/treatment.ts';

export const regionById: ReadonlyMap<string, Region> = new Map(regions.map((r) => [r.id, r]));

/** "PAG, Periaqueductal gray: 20% above untreated" (the visible label is always in the name). */
export function nodeAccessibleName(id: string, level: number): string {
  const short = regionShort(id);
  const name = regionName(id);
  const label = name.includes(short) ? name : t('stage.node.both', { short, name });
  return t('stage.node.name', { label, change: describeChange(level) });
}

/** "+38% vs untreated" or "same as untreated". */
export function nodeValueText(level: number): string {
  const percent = Math.round((level - 1) * 100);
  if (percent === 0 || !Number.isFinite(level)) return t('stage.node.valueSame');
  return t('stage.node.value', { change: signedPercent(percent / 100) });
}

/** "Electroacupuncture 2/100 Hz" beside the needles, or null when acupuncture is off. */
export function needlesLabel(treatment: Treatment): string | null {
  const mode = treatment.acupuncture.mode;
  return mode === 'off'
    ? null
    : t('stage.entry.needles', { mode: keepTogether(acupunctureModeName(mode)) });
}

const DOSED = ['amitriptyline', 'duloxetine', 'sertraline'] as const;

/** The switched-on medicines' names, the first as a label starts, the rest as in a sentence. */
export function activeDrugNames(treatment: Treatment): string[] {
  return DOSED.filter((id) => treatment[id].mg > 0).map((id, i) =>
    i === 0 ? drugName(id) : inSentence(drugName(id)),
  );
}

/** "Duloxetine at the synapse", or null when no medicine is on. */
export function drugLabel(treatment: Treatment): string | null {
  const names = activeDrugNames(treatment).map(keepTogether);
  return names.length === 0 ? null : t('stage.entry.drug', { drugs: listOf(names) });
}

/** A transmitter level: "3.3 times the untreated level" when it has doubled, else a percentage. */
export function levelChange(level: number): string {
  return level >= 1.95
    ? t('stage.change.times', { value: fixed(level, 1) })
    : describeChange(level);
}
