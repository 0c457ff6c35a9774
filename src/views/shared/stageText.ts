// The words on the stage that depend on the state: a node's accessible name and value, and the
// labels of the treatment marks.
import { fixed, inSentence, listOf, signedPercent } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.svelte.ts';
import {
  acupunctureModeName,
  drugName,
  regionFunction,
  regionName,
  regionShort,
} from '../../i18n/names.ts';
import type { Audience } from '../../state/viewState.ts';
import { regions } from '../../data/catalog.ts';
import type { Region } from '../../data/schema.ts';
import { describeChange } from '../../state/describe.ts';
import { keepTogether } from './labelPlacement.ts';
import type { Treatment } from '../../state/treatment.ts';

export const regionById: ReadonlyMap<string, Region> = new Map(regions.map((r) => [r.id, r]));

/** A region's full name ("Periaqueductal gray"), or for a patient what it does ("Brake switch"). */
export const regionCalled = (id: string, audience: Audience): string =>
  audience === 'patient' ? regionFunction(id) : regionName(id);

/** A region's short label ("PAG"), or for a patient what it does ("Brake switch"). */
export const regionLabel = (id: string, audience: Audience): string =>
  audience === 'patient' ? regionFunction(id) : regionShort(id);

/**
 * "PAG, Periaqueductal gray: 20% above untreated", or for a patient "Brake switch,
 * Periaqueductal gray: more active, 20% above untreated" (the visible label is always in the
 * name).
 */
export function nodeAccessibleName(id: string, level: number, audience: Audience): string {
  const short = regionLabel(id, audience);
  const name = regionName(id);
  const label = name.includes(short) ? name : t('stage.node.both', { short, name });
  return t('stage.node.name', { label, change: nodeChange(level, audience) });
}

/**
 * "31% above untreated", or for a patient in words first: "more active, 31% above untreated"
 * (the same as untreated needs no words).
 */
export function nodeChange(level: number, audience: Audience): string {
  const change = describeChange(level);
  if (audience !== 'patient' || Math.round((level - 1) * 100) === 0) return change;
  return t('stage.node.changeWords', { words: nodeValueText(level, audience), change });
}

/**
 * "+38% vs untreated" or "same as untreated"; for a patient, in words by the change's size ("a
 * little less active" under 10%, "much less active" from 35%), the disc's size against its
 * dashed untreated ring being the picture of the number.
 */
export function nodeValueText(level: number, audience: Audience): string {
  const percent = Math.round((level - 1) * 100);
  if (percent === 0 || !Number.isFinite(level)) return t('stage.node.valueSame');
  if (audience !== 'patient')
    return t('stage.node.value', { change: signedPercent(percent / 100) });
  const size = Math.abs(percent) < 10 ? 'bit' : Math.abs(percent) < 35 ? '' : 'much';
  const way = percent < 0 ? 'Lower' : 'Higher';
  return t('stage.node.valueWords', { size: size === '' ? way.toLowerCase() : `${size}${way}` });
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
