// Shared helpers for the calibration tests: build scenarios and read trajectories.
import { simulate, type Trajectory } from '../../src/model/simulate.ts';
import type { SeriesId } from '../../src/model/series.ts';
import type { ScenarioInput } from '../../src/model/scenario.ts';

export type Condition = 'chronic-low-back-pain' | 'fibromyalgia' | 'diabetic-neuropathy';
export type Drug = 'amitriptyline' | 'duloxetine' | 'sertraline';

/** A course of one drug at a fixed daily dose. */
export function dailyDose(drug: Drug, mgPerDay: number, fromDay: number, toDay: number, hour = 8) {
  return { drug, schedule: [{ fromDay, toDay, mgPerDay, hour }] };
}

export function run(scenario: ScenarioInput): Trajectory {
  return simulate(scenario);
}

/** The value of a series at (the output point nearest) a time in hours. */
export function valueAt(trajectory: Trajectory, id: SeriesId, hours: number): number {
  const { timeHours } = trajectory;
  const step = (timeHours[1] ?? 1) - (timeHours[0] ?? 0);
  const k = Math.round((hours - (timeHours[0] ?? 0)) / step);
  const value = trajectory.series[id]?.[k];
  if (value === undefined) throw new Error(`no ${id} at ${hours} h`);
  return value;
}

/** Mean of a series over [fromHours, toHours). */
export function meanOver(trajectory: Trajectory, id: SeriesId, fromHours: number, toHours: number) {
  let sum = 0;
  let n = 0;
  trajectory.timeHours.forEach((t, k) => {
    if (t >= fromHours && t < toHours) {
      sum += trajectory.series[id]![k]!;
      n++;
    }
  });
  return sum / n;
}

/** Time (hours) of the maximum of a series within [fromHours, toHours]. */
export function peakTime(trajectory: Trajectory, id: SeriesId, fromHours = 0, toHours = Infinity) {
  let best = -Infinity;
  let at = NaN;
  trajectory.timeHours.forEach((t, k) => {
    const v = trajectory.series[id]![k]!;
    if (t >= fromHours && t <= toHours && v > best) {
      best = v;
      at = t;
    }
  });
  return { timeHours: at, value: best };
}

/** Fits the log-linear decay rate of a series over [fromHours, toHours]; returns the half-life. */
export function halfLifeHours(
  trajectory: Trajectory,
  id: SeriesId,
  fromHours: number,
  toHours: number,
  floor = 0,
) {
  const xs: number[] = [];
  const ys: number[] = [];
  trajectory.timeHours.forEach((t, k) => {
    const v = trajectory.series[id]![k]! - floor;
    if (t >= fromHours && t <= toHours && v > 0) {
      xs.push(t);
      ys.push(Math.log(v));
    }
  });
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
  });
  return -Math.LN2 / (sxy / sxx);
}

/** Analgesia averaged over the last week before `day`, in a scenario of `days` days. */
export function weeklyAnalgesia(trajectory: Trajectory, day: number) {
  return meanOver(trajectory, 'analgesia', (day - 7) * 24, day * 24);
}
