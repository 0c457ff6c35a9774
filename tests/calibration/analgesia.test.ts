// SCIENCE.md section 6, targets 5, 6, 10 and 11: the simulated analgesia of the drugs.
//
// Independence: the spinal sigmoid, its ceiling and the Na+ gain were fitted to targets 5, 6, 16,
// 18 and 21 together, and desensitisation's time constant to target 11, so those tests confirm
// fitted parameters. Target 10 (drug + acupuncture beats either) was not used in any fit.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trajectory } from '../../src/model/simulate.ts';
import { dailyDose, meanOver, run, valueAt, weeklyAnalgesia, type Drug } from './helpers.ts';

const EIGHT_WEEKS = 56;
const neuropathy = (drug: Drug, mg: number) =>
  run({
    condition: 'diabetic-neuropathy',
    days: EIGHT_WEEKS,
    drugs: [dailyDose(drug, mg, 0, EIGHT_WEEKS, drug === 'amitriptyline' ? 22 : 8)],
  });
const at8Weeks = (drug: Drug, mg: number) => weeklyAnalgesia(neuropathy(drug, mg), EIGHT_WEEKS);

describe('target 5: duloxetine dose-response (fitted)', () => {
  const mg20 = at8Weeks('duloxetine', 20);
  const mg60 = at8Weeks('duloxetine', 60);
  const mg120 = at8Weeks('duloxetine', 120);

  it('gives clearly less relief at 20 mg than at 60 mg (under three quarters)', () => {
    expect(mg20).toBeLessThan(0.75 * mg60);
  });

  it('gives 120 mg within 10% of 60 mg (a plateau)', () => {
    expect(Math.abs(mg120 - mg60) / mg60).toBeLessThanOrEqual(0.1);
  });
});

describe('target 6: ordering in neuropathic pain after 8 weeks at usual doses (fitted)', () => {
  // Amitriptyline at 75 mg, the top of its usual pain range (NICE; OPTION-DM's amitriptyline arm
  // went up to 75 mg), against duloxetine at its usual 60 mg.
  const amitriptyline = at8Weeks('amitriptyline', 75);
  const duloxetine = at8Weeks('duloxetine', 60);
  const sertraline = at8Weeks('sertraline', 50);

  it('ranks amitriptyline >= duloxetine > sertraline', () => {
    expect(amitriptyline).toBeGreaterThanOrEqual(duloxetine);
    expect(duloxetine).toBeGreaterThan(sertraline);
  });

  it('leaves sertraline near placebo (under a quarter of duloxetine, under 5% relief)', () => {
    expect(sertraline).toBeLessThan(0.25 * duloxetine);
    expect(sertraline).toBeLessThan(0.05);
  });
});

describe('target 10: a drug and acupuncture together (independent)', () => {
  it('gives more relief than either alone', () => {
    const base = { condition: 'chronic-low-back-pain' as const, days: EIGHT_WEEKS };
    const acupuncture = { mode: 'ea-2-100hz' as const, perWeek: 2 };
    const drug = [dailyDose('duloxetine', 60, 0, EIGHT_WEEKS)];
    const drugOnly = weeklyAnalgesia(run({ ...base, drugs: drug }), EIGHT_WEEKS);
    const needlesOnly = weeklyAnalgesia(run({ ...base, acupuncture }), EIGHT_WEEKS);
    const both = weeklyAnalgesia(run({ ...base, drugs: drug, acupuncture }), EIGHT_WEEKS);
    expect(both).toBeGreaterThan(drugOnly);
    expect(both).toBeGreaterThan(needlesOnly);
  });
});

describe('target 11: duloxetine onset and stopping (fitted)', () => {
  // Simulated once the tests run, not while the files are collected.
  let course: Trajectory;
  let maximum: number;
  beforeAll(() => {
    course = neuropathy('duloxetine', 60);
    maximum = weeklyAnalgesia(course, EIGHT_WEEKS);
  });

  it('is measurable in week 1 (over a quarter of its maximum)', () => {
    expect(weeklyAnalgesia(course, 7)).toBeGreaterThan(0.25 * maximum);
  });

  it('is near its maximum (at least 80%) by weeks 2-4', () => {
    expect(weeklyAnalgesia(course, 28)).toBeGreaterThanOrEqual(0.8 * maximum);
  });

  it('signals more discontinuation risk after an abrupt stop than after a 3-week taper', () => {
    const stopDay = 56;
    const days = 112;
    const abrupt = run({
      condition: 'diabetic-neuropathy',
      days,
      drugs: [dailyDose('duloxetine', 60, 0, stopDay)],
    });
    const taper = run({
      condition: 'diabetic-neuropathy',
      days,
      drugs: [
        {
          drug: 'duloxetine',
          schedule: [
            { fromDay: 0, toDay: stopDay, mgPerDay: 60, hour: 8 },
            { fromDay: stopDay, toDay: stopDay + 7, mgPerDay: 30, hour: 8 },
            { fromDay: stopDay + 7, toDay: stopDay + 14, mgPerDay: 20, hour: 8 },
            { fromDay: stopDay + 14, toDay: stopDay + 21, mgPerDay: 10, hour: 8 },
          ],
        },
      ],
    });
    const peak = (t: ReturnType<typeof run>) =>
      Math.max(...t.series['risk.discontinuation'].slice(stopDay * 24));
    expect(peak(abrupt)).toBeGreaterThan(0.2);
    expect(peak(taper)).toBeLessThan(0.75 * peak(abrupt));
    expect(valueAt(abrupt, 'risk.discontinuation', (stopDay - 1) * 24)).toBeLessThan(0.05);
    // Steady daily dosing is not a withdrawal: the daily dose cycle leaves the signal near zero.
    const steady = abrupt.series['risk.discontinuation'].slice(21 * 24, stopDay * 24);
    expect(Math.max(...steady)).toBeLessThan(0.02);
    expect(meanOver(abrupt, 'risk.discontinuation', (days - 7) * 24, days * 24)).toBeLessThan(
      peak(abrupt),
    );
  });
});
