// simulate() on worked examples: the untreated baseline, dose timing, the output grid, and
// validation. Arbitrary scenarios are covered by simulate.property.test.ts.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/model/simulate.ts';
import { ScenarioError } from '../../src/model/scenario.ts';
import type { SeriesId } from '../../src/model/series.ts';
import { modelContext } from '../../src/model/context.ts';

const CONDITIONS = ['chronic-low-back-pain', 'fibromyalgia', 'diabetic-neuropathy'] as const;

describe('simulate: an untreated condition', () => {
  it.each(CONDITIONS)('stays at its baseline pain with no drug in the body (%s)', (condition) => {
    const t = simulate({ condition, days: 3 });
    const painNrs = modelContext().conditionParams(condition).painNrs;
    for (let k = 0; k < t.timeHours.length; k++) {
      expect(t.series.analgesia[k]).toBe(0);
      expect(t.series['pain.nrs'][k]).toBeCloseTo(painNrs, 12);
      expect(t.series['plasma.duloxetine'][k]).toBe(0);
      expect(t.series['occupancy.SERT'][k]).toBe(0);
      expect(t.series['risk.discontinuation'][k]).toBe(0);
    }
  });

  it.each(CONDITIONS)('shows every region at its untreated level of 1 (%s)', (condition) => {
    const t = simulate({ condition, days: 2 });
    const last = t.timeHours.length - 1;
    for (const reader of modelContext().nodeReaders) {
      expect(t.series[reader.seriesId]![0], reader.seriesId).toBeCloseTo(1, 12);
      expect(t.series[reader.seriesId]![last], reader.seriesId).toBeCloseTo(1, 12);
    }
  });
});

describe('simulate: dosing', () => {
  const scenario = {
    condition: 'fibromyalgia' as const,
    days: 3,
    drugs: [
      { drug: 'duloxetine' as const, schedule: [{ fromDay: 1, toDay: 2, mgPerDay: 60, hour: 8 }] },
    ],
  };

  it('has no drug in plasma before the first dose and some after it', () => {
    const t = simulate(scenario);
    const plasma = t.series['plasma.duloxetine'];
    for (let h = 0; h <= 32; h++) expect(plasma[h]).toBe(0);
    expect(plasma[33]!).toBeGreaterThan(0);
  });

  it('forms nortriptyline from amitriptyline, and no other drug', () => {
    const t = simulate({
      condition: 'diabetic-neuropathy',
      days: 3,
      drugs: [
        { drug: 'amitriptyline', schedule: [{ fromDay: 0, toDay: 3, mgPerDay: 25, hour: 22 }] },
      ],
    });
    expect(t.series['plasma.nortriptyline'].at(-1)!).toBeGreaterThan(0);
    expect(t.series['plasma.duloxetine'].every((v) => v === 0)).toBe(true);
    expect(t.series['plasma.sertraline'].every((v) => v === 0)).toBe(true);
  });

  it('gives the same plasma levels whatever the output grid (exact PK)', () => {
    const hourly = simulate(scenario);
    const fine = simulate({
      ...scenario,
      output: { fromHours: 0, toHours: 72, stepHours: 1 / 12 },
    });
    const window = simulate({
      ...scenario,
      output: { fromHours: 30, toHours: 60, stepHours: 0.25 },
    });
    const id: SeriesId = 'plasma.duloxetine';
    for (let h = 0; h <= 72; h++) {
      const reference = hourly.series[id][h]!;
      expect(Math.abs(fine.series[id][h * 12]! - reference)).toBeLessThanOrEqual(1e-9 * reference);
      if (h >= 30 && h <= 60)
        expect(Math.abs(window.series[id][(h - 30) * 4]! - reference)).toBeLessThanOrEqual(
          1e-9 * reference,
        );
    }
  });
});

describe('simulate: interactions on the hour', () => {
  it('gives the same nortriptyline levels whatever the output grid when duloxetine inhibits CYP2D6', () => {
    const scenario = {
      condition: 'diabetic-neuropathy' as const,
      days: 4,
      drugs: [
        {
          drug: 'amitriptyline' as const,
          schedule: [{ fromDay: 0, toDay: 4, mgPerDay: 50, hour: 22 }],
        },
        {
          drug: 'duloxetine' as const,
          schedule: [{ fromDay: 0, toDay: 4, mgPerDay: 60, hour: 8 }],
        },
      ],
    };
    const hourly = simulate(scenario);
    const odd = simulate({ ...scenario, output: { fromHours: 0, toHours: 96, stepHours: 0.35 } });
    const id: SeriesId = 'plasma.nortriptyline';
    // 0.35 h and 1 h meet every 7 h.
    for (let h = 7; h <= 91; h += 7) {
      const reference = hourly.series[id][h]!;
      expect(Math.abs(odd.series[id][Math.round(h / 0.35)]! - reference)).toBeLessThanOrEqual(
        1e-9 * reference,
      );
    }
  });
});

describe('simulate: the output grid and validation', () => {
  it('defaults to hourly points from 0 to days x 24 inclusive', () => {
    const t = simulate({ condition: 'fibromyalgia', days: 2 });
    expect(t.timeHours).toHaveLength(49);
    expect(t.timeHours[0]).toBe(0);
    expect(t.timeHours[48]).toBe(48);
  });

  it('throws a ScenarioError naming the field for an invalid scenario', () => {
    expect(() => simulate({ condition: 'fibromyalgia', days: 0 })).toThrow(ScenarioError);
    expect(() => simulate({ condition: 'fibromyalgia', days: 0 })).toThrow(/^days:/);
  });
});
