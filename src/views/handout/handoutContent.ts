// What the handout says, worked out from the treatment and its simulated course: each treatment
// switched on with how it works, its schedule and what to expect; the simulated pain at a few
// weeks beside the untreated course; the day half the week-8 relief has come; and the reasons to
// call the prescriber. Every number comes from the model's runs.
import { t } from '../../i18n/i18n.svelte.ts';
import { stimulationWindows } from '../../model/acupuncture/sessions.ts';
import type { Trajectory } from '../../model/simulate.ts';
import { describeTreatment } from '../../state/describe.ts';
import { howItWorks, isOn, only, partKind, PARTS, type Part } from '../../state/narration.ts';
import { scenarioFromTreatment, type Treatment } from '../../state/treatment.ts';
import { describeSchedule, describeSessions } from '../shared/scheduleText.ts';

export interface HandoutPart {
  part: Part;
  /** "Duloxetine 60 mg each morning". */
  name: string;
  /** How it works along the pathway, in one sentence. */
  how: string;
  /** Its doses or sessions over the course ('' for the placebo pill, taken every morning). */
  schedule: string;
  /** What to expect, and when. */
  expect: string;
}

const EXPECT = {
  acupuncture: 'handout.expect.acupuncture',
  sham: 'handout.expect.sham',
  amitriptyline: 'handout.expect.amitriptyline',
  duloxetine: 'handout.expect.duloxetine',
  sertraline: 'handout.expect.sertraline',
  placebo: 'handout.expect.placebo',
} as const;

/** The parts of the treatment that are on, in the controls' order. */
export function handoutParts(treatment: Treatment): HandoutPart[] {
  const scenario = scenarioFromTreatment(treatment);
  return PARTS.filter((part) => isOn(treatment, part)).map((part) => {
    let schedule = '';
    if (part === 'acupuncture')
      schedule = describeSessions(stimulationWindows(scenario.acupuncture, scenario.days));
    else if (part !== 'placebo') {
      const course = scenario.drugs.find((d) => d.drug === part);
      if (course !== undefined) schedule = describeSchedule(course);
    }
    return {
      part,
      name: describeTreatment(only(treatment, part)),
      how: howItWorks(treatment, part),
      schedule,
      expect: t(EXPECT[partKind(treatment, part)]),
    };
  });
}

/** Reasons to call the prescriber for this treatment: the medicines' own, then the general one. */
export function reasonsToCall(treatment: Treatment): string[] {
  const reasons: string[] = [];
  if (treatment.duloxetine.mg > 0) reasons.push(t('handout.call.duloxetine'));
  if (treatment.amitriptyline.mg > 0) reasons.push(t('handout.call.amitriptyline'));
  if (treatment.duloxetine.mg + treatment.amitriptyline.mg + treatment.sertraline.mg > 0)
    reasons.push(t('handout.call.mood'));
  reasons.push(t('handout.call.always'));
  return reasons;
}

const HOURS_PER_DAY = 24;
/** The weeks the handout's pain table shows. */
export const PAIN_WEEKS = [1, 2, 4, 8, 12] as const;
/** The week the onset is measured against (trials report at 8-12 weeks). */
const REFERENCE_WEEK = 8;
/** Below this difference (points of 0-10) there is no relief to time. */
const NO_RELIEF = 0.1;

/** Simulated pain over one day of the course (days from 0): the mean of its hourly values. */
export function dayPain(trajectory: Trajectory, day: number): number {
  const values = trajectory.series['pain.nrs'];
  const times = trajectory.timeHours;
  let sum = 0;
  let count = 0;
  for (let k = 0; k < times.length; k++) {
    const hours = times[k]!;
    if (hours >= day * HOURS_PER_DAY && hours < (day + 1) * HOURS_PER_DAY) {
      sum += values[k]!;
      count += 1;
    }
  }
  return count === 0 ? Number.NaN : sum / count;
}

export interface PainRow {
  week: number;
  untreated: number;
  treated: number;
}

/** Simulated pain on the last day of each of PAIN_WEEKS, untreated and with the treatment. */
export const painRows = (course: Trajectory, untreated: Trajectory): PainRow[] =>
  PAIN_WEEKS.map((week) => ({
    week,
    untreated: dayPain(untreated, week * 7 - 1),
    treated: dayPain(course, week * 7 - 1),
  }));

/**
 * The day (from 1) by which half the week-8 relief (pain below untreated) has come, or null when
 * there is no relief at week 8 to speak of.
 */
export function halfReliefDay(course: Trajectory, untreated: Trajectory): number | null {
  const relief = (day: number) => dayPain(untreated, day) - dayPain(course, day);
  const reference = relief(REFERENCE_WEEK * 7 - 1);
  if (!(reference >= NO_RELIEF)) return null;
  for (let day = 0; day < REFERENCE_WEEK * 7; day++)
    if (relief(day) >= reference / 2) return day + 1;
  return null;
}
