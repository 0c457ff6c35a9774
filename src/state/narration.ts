// What the narration says after a change: which treatment went on, off or changed, how it works
// (one sentence, in the audience's wording) and what the simulation shows now; or, when only the
// time or the selected node moved, just that. Short, so a screen reader is not read the whole
// state again on every change.
import { i18n, t } from '../i18n/i18n.svelte.ts';
import { fixed } from '../i18n/format.ts';
import { regionFunction, regionName } from '../i18n/names.ts';
import { describeChange, describeTime, describeTreatment } from './describe.ts';
import { defaultTreatment, type Treatment } from './treatment.ts';

/** The parts of a treatment a person switches on and off, in the controls' order. */
export const PARTS = [
  'acupuncture',
  'amitriptyline',
  'duloxetine',
  'sertraline',
  'placebo',
] as const;
export type Part = (typeof PARTS)[number];

export const isOn = (treatment: Treatment, part: Part): boolean =>
  part === 'placebo'
    ? treatment.placebo
    : part === 'acupuncture'
      ? treatment.acupuncture.mode !== 'off'
      : treatment[part].mg > 0;

/** A default treatment (and person) with only `part` as in `treatment`: to describe it alone. */
export const only = (treatment: Treatment, part: Part): Treatment => ({
  ...defaultTreatment(),
  [part]: structuredClone(treatment[part]),
});

const HOW = {
  acupuncture: 'narrate.how.acupuncture',
  sham: 'narrate.how.sham',
  amitriptyline: 'narrate.how.amitriptyline',
  duloxetine: 'narrate.how.duloxetine',
  sertraline: 'narrate.how.sertraline',
  placebo: 'narrate.how.placebo',
} as const;

/** A part of a treatment as its words tell it: sham needles apart from acupuncture. */
export const partKind = (treatment: Treatment, part: Part): Part | 'sham' =>
  part === 'acupuncture' && treatment.acupuncture.mode === 'sham' ? 'sham' : part;

/** How one part of a treatment works, in one sentence (sham needles by expectation). */
export function howItWorks(treatment: Treatment, part: Part): string {
  return t(HOW[partKind(treatment, part)]);
}

/**
 * What changed between two treatments, in words: "Switched on: duloxetine 60 mg each morning.
 * It keeps more noradrenaline ...", or "" when no treatment part changed (the condition or the
 * person may have: see describeScenarioChange).
 */
export function describeTreatmentChange(before: Treatment, after: Treatment): string {
  const sentences: string[] = [];
  for (const part of PARTS) {
    if (JSON.stringify(before[part]) === JSON.stringify(after[part])) continue;
    const wasOn = isOn(before, part);
    const nowOn = isOn(after, part);
    if (!nowOn) {
      if (wasOn)
        sentences.push(t('narrate.off', { treatment: describeTreatment(only(before, part)) }));
      continue;
    }
    const treatment = describeTreatment(only(after, part));
    sentences.push(t(wasOn ? 'narrate.changed' : 'narrate.on', { treatment }));
    sentences.push(howItWorks(after, part));
  }
  return sentences.join(' ');
}

/** Whether the condition or the person changed (the treatments' words do not say so). */
export const scenarioChanged = (before: Treatment, after: Treatment): boolean =>
  before.condition !== after.condition ||
  JSON.stringify(before.person) !== JSON.stringify(after.person);

export interface Reading {
  /** Simulated pain, 0-10. */
  pain: number;
  /** Simulated relief, 0-1 of untreated pain. */
  relief: number;
  /** The projection neurons' output relative to untreated. */
  projection: number;
}

/** "Simulated now: the pain signal leaving the spinal cord is 30% below untreated; pain 4.1 ..." */
export const describeOutcome = (reading: Reading): string =>
  t('narrate.outcome', {
    change: describeChange(reading.projection),
    pain: fixed(reading.pain, 1),
  });

/** After the time moved: "Week 6, day 1, 00:00. Simulated pain 4.1 out of 10, 12% less ..." */
export const describeTimeNow = (hours: number, reading: Reading): string =>
  t('narrate.time', {
    time: describeTime(hours),
    pain: fixed(reading.pain, 1),
    relief: Math.round(reading.relief * 100),
  });

/**
 * After a node was chosen: "Periaqueductal gray, simulated: 31% above untreated.", or in plain
 * words, by what the region does: "Brake switch, simulated: ...".
 */
export const describeNodeNow = (node: string, level: number): string =>
  t('narrate.node', {
    node: i18n.register === 'plain' ? regionFunction(node) : regionName(node),
    change: describeChange(level),
  });

/** After the condition or the person changed: the whole treatment in a sentence. */
export const describeScenarioNow = (treatment: Treatment): string =>
  t('narrate.scenario', { treatment: describeTreatment(treatment) });
