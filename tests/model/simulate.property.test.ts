// Properties of simulate() over arbitrary valid scenarios (fast-check, fixed seed): bounded and
// finite series, occupancy monotone in dose for every target and every kind of person, no
// serotonin-toxicity signal from one medicine alone, deterministic, and the full set of series
// the views read.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate, type Trajectory } from '../../src/model/simulate.ts';
import type { SeriesId } from '../../src/model/series.ts';
import type { ScenarioInput } from '../../src/model/scenario.ts';
import regionsJson from '../../data/regions.json';

const RUNS = { seed: 42, numRuns: 40 };

const CONDITIONS = ['chronic-low-back-pain', 'fibromyalgia', 'diabetic-neuropathy'] as const;
const DRUGS = ['amitriptyline', 'duloxetine', 'sertraline'] as const;
const MODES = ['sham', 'manual', 'ea-2hz', 'ea-100hz', 'ea-2-100hz'] as const;

/** A day range [fromDay, toDay] with fromDay <= toDay <= days. */
const dayRange = (days: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: days }), fc.integer({ min: 0, max: days }))
    .map(([a, b]) => ({ fromDay: Math.min(a, b), toDay: Math.max(a, b) }));

const scheduleStep = (days: number) =>
  fc
    .record({
      range: dayRange(days),
      mgPerDay: fc.oneof(
        fc.integer({ min: 0, max: 150 }),
        fc.double({ min: 0, max: 150, noNaN: true }),
      ),
      hour: fc.integer({ min: 0, max: 23 }),
    })
    .map(({ range, mgPerDay, hour }) => ({ ...range, mgPerDay, hour }));

const drugCourse = (days: number) =>
  fc.record({
    drug: fc.constantFrom(...DRUGS),
    schedule: fc.array(scheduleStep(days), { minLength: 1, maxLength: 3 }),
  });

const session = (days: number) =>
  fc.record({
    day: fc.integer({ min: 0, max: days - 1 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minutes: fc.integer({ min: 10, max: 60 }),
  });

const acupuncture = (days: number) =>
  fc.oneof(
    fc.record(
      {
        mode: fc.constantFrom(...MODES),
        perWeek: fc.integer({ min: 1, max: 3 }),
        fromDay: fc.integer({ min: 0, max: days - 1 }),
        minutes: fc.integer({ min: 10, max: 60 }),
      },
      { requiredKeys: ['mode', 'perWeek'] },
    ),
    fc.record({
      mode: fc.constantFrom(...MODES),
      sessions: fc.array(session(days), { minLength: 1, maxLength: 4 }),
    }),
  );

const patient = fc.record(
  {
    age: fc.constantFrom('adult' as const, 'older' as const),
    smoker: fc.boolean(),
    cyp2d6: fc.constantFrom('normal' as const, 'poor' as const, 'ultrarapid' as const),
    liver: fc.constantFrom('normal' as const, 'impaired' as const),
    kidney: fc.constantFrom('normal' as const, 'severe' as const),
  },
  { requiredKeys: [] },
);

const placebo = (days: number) => dayRange(days).map(({ fromDay, toDay }) => ({ fromDay, toDay }));

/** An output window inside the simulated days, hourly or every 15 minutes. */
const output = (days: number) =>
  fc
    .record({
      stepHours: fc.constantFrom(1, 0.25),
      a: fc.integer({ min: 0, max: days * 24 }),
      b: fc.integer({ min: 0, max: days * 24 }),
    })
    .map(({ stepHours, a, b }) => ({
      fromHours: Math.min(a, b),
      toHours: Math.max(a, b),
      stepHours,
    }));

const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .integer({ min: 1, max: 60 })
  .chain((days) =>
    fc.record(
      {
        condition: fc.constantFrom(...CONDITIONS),
        days: fc.constant(days),
        drugs: fc.array(drugCourse(days), { minLength: 0, maxLength: 3 }),
        acupuncture: acupuncture(days),
        placebo: placebo(days),
        patient,
        output: output(days),
      },
      { requiredKeys: ['condition', 'days', 'drugs', 'output'] },
    ),
  );

/** The same scenario with every daily dose multiplied by `factor`. */
function scaledDoses(scenario: ScenarioInput, factor: number): ScenarioInput {
  return {
    ...scenario,
    drugs: (scenario.drugs ?? []).map((course) => ({
      ...course,
      schedule: course.schedule.map((s) => ({ ...s, mgPerDay: s.mgPerDay * factor })),
    })),
  };
}

const seriesOf = (t: Trajectory) => Object.entries(t.series) as [SeriesId, Float64Array][];

const OCCUPANCY: SeriesId[] = [
  'occupancy.SERT',
  'occupancy.NET',
  'occupancy.H1',
  'occupancy.M1',
  'occupancy.alpha1',
  'occupancy.Nav',
  'occupancy.hERG',
  'occupancy.NMDA',
];

const REQUIRED: SeriesId[] = [
  'plasma.amitriptyline',
  'plasma.nortriptyline',
  'plasma.duloxetine',
  'plasma.sertraline',
  ...OCCUPANCY,
  'opioid.muDelta',
  'opioid.kappa',
  'analgesia',
  'pain.nrs',
  'network.dmnCoherence',
  'risk.nausea',
  'risk.discontinuation',
  'risk.serotoninToxicity',
  'risk.anticholinergic',
  'network.dmnInsula',
  'placebo.expectation',
  'cyp2d6.activity',
  ...regionsJson.regions.map((r) => `node.${r.id}` as SeriesId),
];

function everyValue(values: Float64Array | undefined, holds: (value: number) => boolean): boolean {
  if (values === undefined) return false;
  for (const value of values) if (!holds(value)) return false;
  return true;
}

/** The first index where two arrays differ (bit for bit, NaN equal to NaN), or -1. */
function firstDifference(a: Float64Array | undefined, b: Float64Array): number {
  if (a === undefined) return 0;
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return k;
  return -1;
}

describe('simulate on arbitrary valid scenarios', () => {
  it('gives every series, each as long as timeHours, on the requested grid', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const t = simulate(scenario);
        const grid = scenario.output!;
        const count = Math.round((grid.toHours - grid.fromHours) / grid.stepHours) + 1;
        expect(t.timeHours).toHaveLength(count);
        expect(t.timeHours[0]).toBe(grid.fromHours);
        expect(t.timeHours[count - 1]).toBeCloseTo(grid.toHours, 9);
        for (const id of REQUIRED) expect(t.series[id], id).toBeInstanceOf(Float64Array);
        for (const [id, values] of seriesOf(t)) expect(values, id).toHaveLength(count);
      }),
      RUNS,
    );
  });

  it('has no NaN or infinity anywhere and no negative plasma concentration', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const t = simulate(scenario);
        for (const [id, values] of seriesOf(t)) {
          expect(everyValue(values, Number.isFinite), `${id} finite`).toBe(true);
          if (id.startsWith('plasma.'))
            expect(
              everyValue(values, (v) => v >= 0),
              `${id} >= 0`,
            ).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('keeps occupancy, analgesia and risks within [0, 1] and pain within NRS [0, 10]', () => {
    const inUnit = (v: number) => v >= 0 && v <= 1;
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const t = simulate(scenario);
        for (const id of [
          ...OCCUPANCY,
          'analgesia',
          'risk.nausea',
          'risk.discontinuation',
          'risk.serotoninToxicity',
          'risk.anticholinergic',
        ] as const)
          expect(everyValue(t.series[id], inUnit), id).toBe(true);
        expect(everyValue(t.series['pain.nrs'], (v) => v >= 0 && v <= 10)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never gives less occupancy of any target for more of every dose, for any person', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.double({ min: 1, max: 2, noNaN: true }),
        (scenario, factor) => {
          const base = simulate(scenario);
          const more = simulate(scaledDoses(scenario, factor));
          for (const id of OCCUPANCY) {
            const low = base.series[id]!;
            const high = more.series[id]!;
            let worstShortfall = 0;
            for (let k = 0; k < low.length; k++)
              worstShortfall = Math.max(worstShortfall, low[k]! - high[k]!);
            expect(worstShortfall, id).toBeLessThanOrEqual(1e-12);
          }
        },
      ),
      RUNS,
    );
  });

  it('gives no serotonin-toxicity signal when only one medicine is taken, whatever its dose', () => {
    const oneDrug = scenarioArbitrary.chain((scenario) =>
      fc.constantFrom(...DRUGS).map((drug) => ({
        ...scenario,
        drugs: (scenario.drugs ?? []).map((course) => ({ ...course, drug })),
      })),
    );
    fc.assert(
      fc.property(oneDrug, (scenario) => {
        const t = simulate(scenario);
        expect(everyValue(t.series['risk.serotoninToxicity'], (v) => v === 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives identical arrays when the same scenario is simulated twice', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const first = simulate(scenario);
        const second = simulate(structuredClone(scenario));
        expect(firstDifference(second.timeHours, first.timeHours)).toBe(-1);
        for (const [id, values] of seriesOf(first))
          expect(firstDifference(second.series[id], values), id).toBe(-1);
      }),
      RUNS,
    );
  });
});
