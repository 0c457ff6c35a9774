// The words on the stage that depend on the state: a node's accessible name and value, and the
// labels of the treatment marks.
import { signedPercent } from '../format.ts';
import { t } from '../../i18n/i18n.svelte.ts';
import { drugs, regions } from '../../data/catalog.ts';
import type { Region } from '../../data/schema.ts';
import { describeChange } from '../../state/describe.ts';
import type { Treatment } from '../../state/treatment.ts';
import { listOf } from './describeStage.ts';

export const regionById: ReadonlyMap<string, Region> = new Map(regions.map((r) => [r.id, r]));

/** "PAG, Periaqueductal gray: 20% above untreated" (the visible label is always in the name). */
export function nodeAccessibleName(id: string, level: number): string {
  const region = regionById.get(id);
  const short = region?.shortName ?? id;
  const name = region?.name ?? id;
  const label = name.includes(short) ? name : t('stage.node.both', { short, name });
  return t('stage.node.name', { label, change: describeChange(level) });
}

/** "+38% vs untreated" or "same as untreated". */
export function nodeValueText(level: number): string {
  const percent = Math.round((level - 1) * 100);
  if (percent === 0 || !Number.isFinite(level)) return t('stage.node.valueSame');
  return t('stage.node.value', { change: signedPercent(percent / 100) });
}

const MODE_KEYS = {
  sham: 'describe.mode.sham',
  manual: 'describe.mode.manual',
  'ea-2hz': 'describe.mode.ea2',
  'ea-100hz': 'describe.mode.ea100',
  'ea-2-100hz': 'describe.mode.ea2100',
} as const;

/** "Electroacupuncture 2/100 Hz" beside the needles, or null when acupuncture is off. */
export function needlesLabel(treatment: Treatment): string | null {
  const mode = treatment.acupuncture.mode;
  if (mode === 'off') return null;
  const text = t('stage.entry.needles', { mode: t(MODE_KEYS[mode]) });
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const DOSED = ['amitriptyline', 'duloxetine', 'sertraline'] as const;

/** The switched-on medicines' names, first capitalised as in data/drugs.json, the rest lower case. */
export function activeDrugNames(treatment: Treatment): string[] {
  return DOSED.filter((id) => treatment[id].mg > 0).map((id, i) => {
    const name = drugs.find((d) => d.id === id)?.name ?? id;
    return i === 0 ? name : name.toLocaleLowerCase();
  });
}

/** "Duloxetine at the synapse", or null when no medicine is on. */
export function drugLabel(treatment: Treatment): string | null {
  const names = activeDrugNames(treatment);
  return names.length === 0 ? null : t('stage.entry.drug', { drugs: listOf(names) });
}
