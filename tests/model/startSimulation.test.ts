// startSimulation: a run advanced a few points at a time (as the browser does at start-up) gives
// exactly the trajectory of one call of simulateScenario, whatever the slice sizes, and says when
// it is complete.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { simulateScenario, startSimulation } from '../../src/model/simulate.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { SERIES_IDS } from '../../src/model/series.ts';
import { modelContext } from '../../src/model/context.ts';

const scenario = parseScenario(
  JSON.parse(readFileSync('data/scenarios/duloxetine-plus-ea.json', 'utf8')),
);

describe('startSimulation', () => {
  it.each([1, 7, 24, 500])('matches one whole run when advanced %i points at a time', (slice) => {
    const whole = simulateScenario(scenario);
    const sliced = startSimulation(scenario);
    let slices = 0;
    while (!sliced.advance(slice)) slices++;
    expect(slices).toBe(Math.ceil(whole.timeHours.length / slice) - 1);
    expect(sliced.trajectory.timeHours).toEqual(whole.timeHours);
    for (const id of SERIES_IDS(modelContext()))
      expect(sliced.trajectory.series[id], id).toEqual(whole.series[id]);
  });

  it('fills nothing past the points advanced, and nothing more once complete', () => {
    const run = startSimulation(scenario);
    expect(run.advance(10)).toBe(false);
    const plasma = run.trajectory.series['plasma.duloxetine'];
    expect(plasma.subarray(10).every((v) => v === 0)).toBe(true);
    expect(run.advance(Infinity)).toBe(true);
    const done = Float64Array.from(plasma);
    expect(run.advance(5)).toBe(true);
    expect(plasma).toEqual(done);
  });
});
