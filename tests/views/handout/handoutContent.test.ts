// What the handout says comes from the treatment and its simulated course: each treatment on,
// in the controls' order, with how it works, its schedule and what to expect; simulated pain by
// week beside the untreated course; the day half the week-8 relief has come; and the reasons to
// call the prescriber (the medicines' own first, the general one always).
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate, type Trajectory } from '../../../src/model/simulate.ts';
import {
  defaultTreatment,
  scenarioFromTreatment,
  type Treatment,
} from '../../../src/state/treatment.ts';
import {
  dayPain,
  halfReliefDay,
  handoutParts,
  painRows,
  PAIN_WEEKS,
  reasonsToCall,
} from '../../../src/views/handout/handoutContent.ts';

const withDuloxetine = (): Treatment => {
  const treatment = defaultTreatment();
  treatment.condition = 'diabetic-neuropathy';
  treatment.duloxetine.mg = 60;
  return treatment;
};

let untreated: Trajectory;
let duloxetine: Trajectory;

beforeAll(() => {
  const none = defaultTreatment();
  none.condition = 'diabetic-neuropathy';
  untreated = simulate(scenarioFromTreatment(none));
  duloxetine = simulate(scenarioFromTreatment(withDuloxetine()));
}, 30_000);

describe('the handout', () => {
  it('names each treatment that is on, in the controls’ order, with its schedule', () => {
    const treatment = withDuloxetine();
    treatment.acupuncture.mode = 'ea-2hz';
    treatment.placebo = true;
    const parts = handoutParts(treatment);
    expect(parts.map((p) => p.part)).toEqual(['acupuncture', 'duloxetine', 'placebo']);
    const dul = parts[1]!;
    expect(dul.name).toBe('duloxetine 60 mg each morning');
    expect(dul.schedule).toContain('30 mg');
    expect(dul.schedule).toContain('60 mg');
    expect(dul.expect).toMatch(/^Duloxetine:/);
    expect(parts[0]!.schedule).toMatch(/24 in all/);
    expect(parts[2]!.schedule).toBe('');
    expect(handoutParts(defaultTreatment())).toEqual([]);
  });

  it('says sham needles work by expectation, not as acupuncture', () => {
    const treatment = defaultTreatment();
    treatment.acupuncture.mode = 'sham';
    const [sham] = handoutParts(treatment);
    expect(sham!.expect).toMatch(/^Sham needles/);
    expect(sham!.how).toMatch(/expectation/);
  });

  it('gives simulated pain by week: below the untreated course with duloxetine', () => {
    const rows = painRows(duloxetine, untreated);
    expect(rows.map((r) => r.week)).toEqual([...PAIN_WEEKS]);
    for (const row of rows) {
      expect(row.untreated).toBeGreaterThan(0);
      expect(row.untreated).toBeLessThanOrEqual(10);
      expect(row.treated).toBeLessThan(row.untreated);
    }
    // The untreated rows are the untreated course's own day means.
    expect(rows[3]!.untreated).toBeCloseTo(dayPain(untreated, 8 * 7 - 1), 10);
  });

  it('times the onset from the model: half the week-8 relief within the first weeks', () => {
    const day = halfReliefDay(duloxetine, untreated);
    expect(day).not.toBeNull();
    expect(day!).toBeGreaterThanOrEqual(1);
    expect(day!).toBeLessThanOrEqual(28);
    const relief = (d: number) => dayPain(untreated, d) - dayPain(duloxetine, d);
    expect(relief(day! - 1)).toBeGreaterThanOrEqual(relief(8 * 7 - 1) / 2);
    // No treatment, no onset to time.
    expect(halfReliefDay(untreated, untreated)).toBeNull();
  });

  it('gives the medicines’ own reasons to call the prescriber, and always the general one', () => {
    const reasons = reasonsToCall(withDuloxetine());
    expect(reasons[0]).toMatch(/do not stop it suddenly/);
    expect(reasons.some((r) => /harming yourself/.test(r))).toBe(true);
    expect(reasons.at(-1)).toMatch(/Call your prescriber/);
    expect(reasonsToCall(defaultTreatment())).toEqual([reasons.at(-1)]);
  });
});
