// SCIENCE.md section 6, targets 14, 15 and 16: nortriptyline from amitriptyline, off-target
// occupancy from the free drug, and amitriptyline's plateau.
//
// Independence: target 14's ratio is independent (only the 25% dose fraction is an input; the
// ratio follows from the two clearances). Target 15 is independent: receptor occupancy uses the
// in-vivo scaling derived from the transporter PET data, and nothing was fitted to receptors.
// Target 16's plateau confirms the fitted spinal sigmoid; the rising adverse signals are
// independent.
import { beforeAll, describe, expect, it } from 'vitest';
import { dailyDose, meanOver, run, weeklyAnalgesia } from './helpers.ts';
import type { Trajectory } from '../../src/model/simulate.ts';

const STEADY_DAYS = 28;
/** A steady course of one drug, read over its last week. */
const steady = (drug: 'amitriptyline' | 'duloxetine', mg: number) =>
  run({
    condition: 'diabetic-neuropathy',
    days: STEADY_DAYS,
    drugs: [dailyDose(drug, mg, 0, STEADY_DAYS, drug === 'amitriptyline' ? 22 : 8)],
  });
const lastWeek = (t: Trajectory, id: Parameters<typeof meanOver>[1]) =>
  meanOver(t, id, (STEADY_DAYS - 7) * 24, STEADY_DAYS * 24);

describe('target 14: nortriptyline at steady state (independent)', () => {
  it('runs at 0.5-1.2 times the amitriptyline level on 75 mg a day', () => {
    const t = steady('amitriptyline', 75);
    const ratio = lastWeek(t, 'plasma.nortriptyline') / lastWeek(t, 'plasma.amitriptyline');
    expect(ratio).toBeGreaterThanOrEqual(0.5);
    expect(ratio).toBeLessThanOrEqual(1.2);
  });

  it('keeps the same ratio at every dose (linear kinetics)', () => {
    const ratioAt = (mg: number) => {
      const t = steady('amitriptyline', mg);
      return lastWeek(t, 'plasma.nortriptyline') / lastWeek(t, 'plasma.amitriptyline');
    };
    expect(ratioAt(10)).toBeCloseTo(ratioAt(75), 6);
  });
});

describe('target 15: off-target occupancy from the free drug (independent)', () => {
  let amitriptyline25: Trajectory;
  let duloxetine60: Trajectory;
  beforeAll(() => {
    amitriptyline25 = steady('amitriptyline', 25);
    duloxetine60 = steady('duloxetine', 60);
  });

  it('blocks 10-40% of muscarinic receptors on amitriptyline 25 mg (dry mouth, not toxicity)', () => {
    const m1 = lastWeek(amitriptyline25, 'occupancy.M1');
    expect(m1).toBeGreaterThanOrEqual(0.1);
    expect(m1).toBeLessThanOrEqual(0.4);
  });

  it('blocks over half of histamine H1 receptors on amitriptyline 25 mg (sleepiness)', () => {
    expect(lastWeek(amitriptyline25, 'occupancy.H1')).toBeGreaterThan(0.5);
  });

  it('leaves Na+ channels, NMDA and hERG little touched at pain doses (under 5%)', () => {
    for (const id of ['occupancy.Nav', 'occupancy.NMDA', 'occupancy.hERG'] as const)
      expect(lastWeek(amitriptyline25, id), id).toBeLessThan(0.05);
  });

  it('keeps duloxetine 60 mg under 5% at H1, muscarinic and alpha-1 receptors', () => {
    for (const id of ['occupancy.H1', 'occupancy.M1', 'occupancy.alpha1'] as const)
      expect(lastWeek(duloxetine60, id), id).toBeLessThan(0.05);
  });
});

describe('target 16: amitriptyline plateaus while its adverse signals rise', () => {
  const DOSES = [10, 25, 50, 75, 150] as const;
  const EIGHT_WEEKS = 56;
  const relief = new Map<number, number>();
  const anticholinergic = new Map<number, number>();
  const herg = new Map<number, number>();
  beforeAll(() => {
    for (const mg of DOSES) {
      const t = run({
        condition: 'diabetic-neuropathy',
        days: EIGHT_WEEKS,
        drugs: [dailyDose('amitriptyline', mg, 0, EIGHT_WEEKS, 22)],
      });
      relief.set(mg, weeklyAnalgesia(t, EIGHT_WEEKS));
      anticholinergic.set(mg, meanOver(t, 'risk.anticholinergic', 49 * 24, 56 * 24));
      herg.set(mg, meanOver(t, 'occupancy.hERG', 49 * 24, 56 * 24));
    }
  }, 30_000);

  it('relieves more from 10 to 75 mg (fitted)', () => {
    for (let i = 1; i < 4; i++)
      expect(relief.get(DOSES[i]!)!).toBeGreaterThan(relief.get(DOSES[i - 1]!)!);
  });

  it('gives 150 mg within 10% of 75 mg (fitted)', () => {
    expect(Math.abs(relief.get(150)! / relief.get(75)! - 1)).toBeLessThanOrEqual(0.1);
  });

  it('keeps raising the anticholinergic and hERG signals with every dose step (independent)', () => {
    for (let i = 1; i < DOSES.length; i++) {
      expect(anticholinergic.get(DOSES[i]!)!).toBeGreaterThan(anticholinergic.get(DOSES[i - 1]!)!);
      expect(herg.get(DOSES[i]!)!).toBeGreaterThan(herg.get(DOSES[i - 1]!)!);
    }
    // From 75 to 150 mg the muscarinic signal rises by far more than the relief does.
    const signalRise = anticholinergic.get(150)! / anticholinergic.get(75)! - 1;
    const reliefRise = relief.get(150)! / relief.get(75)! - 1;
    expect(signalRise).toBeGreaterThan(3 * reliefRise);
  });
});
