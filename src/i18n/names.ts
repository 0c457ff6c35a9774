// The words for things data/ names by id: regions, medicines, acupuncture modes, conditions,
// what a binding means, and the evidence records' text. data/ keeps ids, numbers and sources;
// the words live in the message catalogues (a unit test checks every id has its keys).
import { i18n, t, type MessageKey } from './i18n.svelte.ts';

const key = (text: string) => text as MessageKey;
const say = (text: string): string => (t as (k: MessageKey) => string)(key(text));

/** A region's full name ("Periaqueductal gray (PAG)"). */
export const regionName = (id: string): string => say(`region.${id}.name`);
/** A region's short label for a diagram ("PAG", "Thalamus"). */
export const regionShort = (id: string): string => say(`region.${id}.short`);
/** A region named by what it does, in a patient's words ("Spinal pain relay"). */
export const regionFunction = (id: string): string => say(`region.${id}.function`);
/** What a region does, in the current register. */
export const regionRole = (id: string): string => say(`region.${id}.role`);
/** A medicine's name, capitalised as a label ("Duloxetine"). */
export const drugName = (id: string): string => say(`drug.${id}.name`);
/** A medicine's class ("SNRI (serotonin-noradrenaline reuptake inhibitor)"). */
export const drugClass = (id: string): string => say(`drug.${id}.class`);
export const conditionName = (id: string): string => say(`condition.${id}.name`);
export const conditionDescription = (id: string): string => say(`condition.${id}.description`);
export const acupunctureModeName = (id: string): string => say(`acuMode.${id}.name`);
/** A caution's title ("Low sodium in the blood"); its words load with the detail group. */
export const cautionTitle = (id: string): string => say(`caution.${id}.title`);
export const acupunctureModeDescription = (id: string): string => say(`acuMode.${id}.description`);
/** What a medicine binding a target means (the Effects panel), in the current register. */
export const bindingMeaning = (drug: string, target: string): string =>
  say(`binding.${drug}.${target}`);

export type EvidenceField = 'claim' | 'caveat' | 'measure' | 'status' | 'showInstead';

/** An evidence record's text, or undefined when the record has none of that field. */
export function evidenceText(id: string, field: EvidenceField): string | undefined {
  const k = `evidence.${id}.${field}`;
  return i18n.has(k) ? say(k) : undefined;
}
