// The words that compare two plans: one plain sentence on the difference at the clock's time
// (simulated pain, from the two courses) and on their risk signals over the course (which plan's
// peak is higher), and the evidence records behind each plan's treatments.
import { t } from '../../i18n/i18n.svelte.ts';
import { fixed, listOf, sentences } from '../../i18n/format.ts';
import type { SeriesId } from '../../model/series.ts';
import type { Trajectory } from '../../model/simulate.ts';
import { describeTime } from '../../state/describe.ts';
import { sampleAt } from '../../state/sampling.ts';
import type { Treatment } from '../../state/treatment.ts';

export type PlanId = 'a' | 'b';

/** The risk signals compared, in the Effects panel's order. */
export const RISKS = [
  'risk.nausea',
  'risk.anticholinergic',
  'risk.serotoninToxicity',
  'risk.discontinuation',
] as const satisfies readonly SeriesId[];
export type RiskId = (typeof RISKS)[number];

/** A pain difference under this (points of 0-10) reads as "about the same". */
const SAME_PAIN = 0.25;
/** A risk signal's peaks closer than this (on its 0-1 teaching scale) read as alike. */
const SAME_RISK = 0.05;

/** The highest value of a series over a course. */
export function peak(course: Trajectory, id: SeriesId): number {
  let highest = 0;
  for (const value of course.series[id] ?? []) if (value > highest) highest = value;
  return highest;
}

export interface Difference {
  /** Plan A's simulated pain minus plan B's at the time, points of 0-10. */
  pain: number;
  /** For each risk signal whose peaks differ, the plan with the higher one. */
  higherRisk: readonly HigherRisk[];
}

export interface HigherRisk {
  risk: RiskId;
  plan: PlanId;
}

/** Which plan peaks higher on each risk signal over the course (a course's peaks do not move). */
export function higherRisks(a: Trajectory, b: Trajectory): HigherRisk[] {
  return RISKS.flatMap((risk) => {
    const gap = peak(a, risk) - peak(b, risk);
    return Math.abs(gap) < SAME_RISK
      ? []
      : [{ risk, plan: gap > 0 ? ('a' as const) : ('b' as const) }];
  });
}

/**
 * How plan A and plan B differ at `hours` (pain) and over the course (risk signals: pass them
 * in when they are already known, so a moving clock does not scan both courses again).
 */
export function difference(
  a: Trajectory,
  b: Trajectory,
  hours: number,
  higherRisk: readonly HigherRisk[] = higherRisks(a, b),
): Difference {
  return {
    pain: sampleAt(a, 'pain.nrs', hours) - sampleAt(b, 'pain.nrs', hours),
    higherRisk,
  };
}

/** "Plan A" or "Plan B". */
export const planName = (plan: PlanId): string =>
  t(plan === 'a' ? 'compare.planA' : 'compare.planB');

/** "At week 8, day 1, 00:00, plan A simulates about 1.1 points lower pain than plan B. ..." */
export function describeDifference(diff: Difference, hours: number): string {
  const time = describeTime(hours);
  const parts = [
    Math.abs(diff.pain) < SAME_PAIN
      ? t('compare.painSame', { time })
      : t('compare.painLower', {
          time,
          lower: planName(diff.pain < 0 ? 'a' : 'b'),
          other: planName(diff.pain < 0 ? 'b' : 'a'),
          points: fixed(Math.abs(diff.pain), 1),
        }),
  ];
  for (const plan of ['a', 'b'] as const) {
    const risks = diff.higherRisk.filter((r) => r.plan === plan).map((r) => t(`compare.${r.risk}`));
    if (risks.length > 0)
      parts.push(t('compare.riskHigher', { plan: planName(plan), risks: listOf(risks) }));
  }
  if (diff.higherRisk.length === 0) parts.push(t('compare.riskSame'));
  return sentences(parts);
}

/** The evidence records behind each treatment of a plan (ids in data/evidence.json). */
export function planEvidence(plan: Treatment): string[] {
  const ids: string[] = [];
  const mode = plan.acupuncture.mode;
  if (mode === 'sham') ids.push('acupuncture-vs-sham');
  else if (mode !== 'off')
    ids.push(
      'acupuncture-vs-no-acupuncture',
      'acupuncture-vs-sham',
      'acupuncture-serious-adverse-events',
    );
  if (plan.amitriptyline.mg > 0)
    ids.push('nnt-tricyclics', 'nnh-tricyclics', 'amitriptyline-adverse-effects');
  if (plan.duloxetine.mg > 0) {
    ids.push('nnt-snris', 'nnh-snris', 'duloxetine-dose-and-onset', 'duloxetine-tolerability');
    if (plan.duloxetine.ending !== 'continue') ids.push('duloxetine-discontinuation');
  }
  if (plan.sertraline.mg > 0) ids.push('nnt-ssris', 'sertraline-ssri-contrast');
  if (plan.placebo) ids.push('placebo-size');
  return [...new Set(ids)];
}
