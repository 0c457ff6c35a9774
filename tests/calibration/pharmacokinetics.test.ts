// SCIENCE.md section 6, target 1 (and the dose fraction of target 14): pharmacokinetics of
// duloxetine, amitriptyline and nortriptyline.
//
// Independence: Tmax and half-lives are data inputs, so most of these tests confirm inputs (that
// the model turns them into curves correctly). The steady-state level of duloxetine is an
// independent check: nothing was fitted to Sharma 2000's oral clearance.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trajectory } from '../../src/model/simulate.ts';
import { dailyDose, halfLifeHours, peakTime, run } from './helpers.ts';

const minuteGrid = (hours: number) => ({ fromHours: 0, toHours: hours, stepHours: 0.05 });

describe('target 1: pharmacokinetics (confirms inputs)', () => {
  // Simulated once the tests run, not while the files are collected.
  let duloxetine: Trajectory;
  let amitriptyline: Trajectory;
  beforeAll(() => {
    duloxetine = run({
      condition: 'diabetic-neuropathy',
      days: 7,
      drugs: [dailyDose('duloxetine', 60, 0, 1, 0)],
      output: minuteGrid(150),
    });
    amitriptyline = run({
      condition: 'diabetic-neuropathy',
      days: 14,
      drugs: [dailyDose('amitriptyline', 25, 0, 1, 0)],
      output: { fromHours: 0, toHours: 330, stepHours: 0.05 },
    });
  });

  it('peaks duloxetine plasma at 6 +- 1.5 h after one dose', () => {
    expect(peakTime(duloxetine, 'plasma.duloxetine').timeHours).toBeGreaterThanOrEqual(4.5);
    expect(peakTime(duloxetine, 'plasma.duloxetine').timeHours).toBeLessThanOrEqual(7.5);
  });

  it('halves duloxetine plasma every 12 +- 2 h once absorbed', () => {
    const t = halfLifeHours(duloxetine, 'plasma.duloxetine', 48, 144);
    expect(t).toBeGreaterThanOrEqual(10);
    expect(t).toBeLessThanOrEqual(14);
  });

  it('peaks amitriptyline plasma at 4 +- 1.5 h and halves it every 21 +- 4 h', () => {
    const peak = peakTime(amitriptyline, 'plasma.amitriptyline').timeHours;
    expect(peak).toBeGreaterThanOrEqual(2.5);
    expect(peak).toBeLessThanOrEqual(5.5);
    const t = halfLifeHours(amitriptyline, 'plasma.amitriptyline', 48, 200);
    expect(t).toBeGreaterThanOrEqual(17);
    expect(t).toBeLessThanOrEqual(25);
  });

  it('forms nortriptyline that halves every 30 +- 6 h', () => {
    const t = halfLifeHours(amitriptyline, 'plasma.nortriptyline', 200, 330);
    expect(t).toBeGreaterThanOrEqual(24);
    expect(t).toBeLessThanOrEqual(36);
  });

  it('turns about 25% of an amitriptyline dose into nortriptyline (target 14)', async () => {
    const { drugsFile } = await import('../../src/data/catalog.ts');
    const nortriptyline = drugsFile.drugs.find((d) => d.id === 'nortriptyline')!;
    const volumeL =
      nortriptyline.pk.volumeOfDistributionL.value * drugsFile.referenceBodyWeightKg.value;
    const clearanceLPerHour = (volumeL * Math.LN2) / nortriptyline.pk.halfLifeHours.value;
    // Amount formed = AUC x clearance (mass balance), as a fraction of the absorbed dose.
    const step = 0.05;
    let aucNgHourPerMl = 0;
    amitriptyline.series['plasma.nortriptyline'].forEach((c) => (aucNgHourPerMl += c * step));
    const formedMg = (aucNgHourPerMl / 1000) * clearanceLPerHour;
    // The window ends before nortriptyline is fully eliminated: allow for the tail.
    expect(formedMg / 25).toBeGreaterThan(0.22);
    expect(formedMg / 25).toBeLessThanOrEqual(0.25);
  });
});

describe('target 1, independent check: the duloxetine level on 60 mg a day', () => {
  it('averages within the range Sharma 2000’s oral clearance implies (44-218 L/h: 11-57 ng/mL)', () => {
    const t = run({
      condition: 'fibromyalgia',
      days: 14,
      drugs: [dailyDose('duloxetine', 60, 0, 14)],
    });
    let sum = 0;
    let n = 0;
    t.timeHours.forEach((h, k) => {
      if (h >= 13 * 24 && h < 14 * 24) {
        sum += t.series['plasma.duloxetine'][k]!;
        n++;
      }
    });
    const averageNgPerMl = sum / n;
    // Average level = dose rate / oral clearance: 60 mg / 24 h / (44 to 218 L/h).
    expect(averageNgPerMl).toBeGreaterThan(((60 / 24) * 1000) / 218);
    expect(averageNgPerMl).toBeLessThan(((60 / 24) * 1000) / 44);
  });
});
