// The run cache: a scenario seen before is not simulated again, equal scenarios built separately
// share a run, the least recently used run is dropped first, a kept run is the model's own, and
// `prepare` runs in slices (one task each) and keeps what `run` then returns.
import { describe, expect, it } from 'vitest';
import {
  simulateScenario,
  startSimulation,
  type SimulationInProgress,
} from '../../src/model/simulate.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { recentRuns } from '../../src/state/recentRuns.ts';
import { COURSE_DAYS, defaultTreatment, scenarioFromTreatment } from '../../src/state/treatment.ts';

const scenarioFor = (days: number): Scenario => ({
  condition: 'fibromyalgia',
  days,
  drugs: [],
});

/** Starts real runs, noting the days of each scenario started. */
function countingStarts() {
  const started: number[] = [];
  const start = (scenario: Scenario): SimulationInProgress => {
    started.push(scenario.days);
    return startSimulation(scenario);
  };
  return { started, start };
}

describe('recentRuns', () => {
  it('simulates a scenario once and then returns the kept trajectory', () => {
    const { started, start } = countingStarts();
    const runs = recentRuns(2, start);
    const first = runs.run(scenarioFor(3));
    expect(runs.run(scenarioFor(3))).toBe(first);
    expect(started).toEqual([3]);
  });

  it('drops the least recently used run when full', () => {
    const { started, start } = countingStarts();
    const runs = recentRuns(2, start);
    runs.run(scenarioFor(1));
    runs.run(scenarioFor(2));
    runs.run(scenarioFor(1)); // 1 is now the most recent
    runs.run(scenarioFor(3)); // drops 2
    expect(runs.size).toBe(2);
    runs.run(scenarioFor(1));
    runs.run(scenarioFor(2));
    expect(started).toEqual([1, 2, 3, 2]);
  });

  it('shares one run between an untreated course and the untreated comparison', () => {
    const { started, start } = countingStarts();
    const runs = recentRuns(4, start);
    runs.run(scenarioFromTreatment(defaultTreatment()));
    runs.run({ condition: defaultTreatment().condition, days: COURSE_DAYS, drugs: [] });
    expect(started).toHaveLength(1);
  });

  it('keeps exactly what the model gives', () => {
    const scenario = scenarioFor(2);
    const kept = recentRuns(1).run(scenario);
    const fresh = simulateScenario(scenario);
    expect(kept.series['pain.nrs'].length).toBeGreaterThan(0);
    expect(kept.series['pain.nrs']).toEqual(fresh.series['pain.nrs']);
  });

  it('prepares runs in slices, one task each, and keeps them for run()', async () => {
    const { started, start } = countingStarts();
    let clock = 0;
    let tasks = 0;
    // Each look at the clock advances it 1 ms, so a 4 ms slice is a few looks.
    const runs = recentRuns(4, start, () => clock++);
    const scenarios = [scenarioFor(2), scenarioFor(3), scenarioFor(2)];
    await runs.prepare(scenarios, async () => void tasks++, 4);
    expect(started).toEqual([2, 3]);
    expect(tasks).toBeGreaterThan(2);
    const prepared = runs.run(scenarioFor(3));
    expect(started).toEqual([2, 3]);
    expect(prepared.series['pain.nrs']).toEqual(
      simulateScenario(scenarioFor(3)).series['pain.nrs'],
    );
  });
});
