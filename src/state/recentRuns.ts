// The last few model runs, keyed by their scenario. The untreated comparison of an untreated
// course is the course itself, and switching a treatment off and on again (the commonest thing a
// person does) finds its run here instead of simulating again. At start-up the first runs are
// made here in short slices (`prepare`), so the page never stops answering for a whole run while
// the model's code is still cold.
import { startSimulation, type SimulationInProgress, type Trajectory } from '../model/simulate.ts';
import type { Scenario } from '../model/scenario.ts';

export interface RecentRuns {
  /** The scenario's trajectory: kept from before, or simulated now. */
  run(scenario: Scenario): Trajectory;
  /**
   * Simulates the scenarios not yet kept, about `sliceMs` at a time, each slice in a task of its
   * own (`nextTask()` resolves in the next one); resolves once all are kept.
   */
  prepare(
    scenarios: readonly Scenario[],
    nextTask: () => Promise<void>,
    sliceMs?: number,
  ): Promise<void>;
  /** How many trajectories are kept. */
  readonly size: number;
}

/** Output points simulated between two looks at the clock while preparing. */
const POINTS_PER_CHECK = 12;

/** A run cache holding at most `capacity` trajectories, dropping the least recently used. */
export function recentRuns(
  capacity: number,
  start: (scenario: Scenario) => SimulationInProgress = startSimulation,
  now: () => number = () => performance.now(),
): RecentRuns {
  const runs = new Map<string, Trajectory>();
  const keep = (key: string, trajectory: Trajectory) => {
    runs.delete(key);
    runs.set(key, trajectory);
    if (runs.size > capacity) runs.delete(runs.keys().next().value!);
  };
  return {
    run(scenario) {
      const key = JSON.stringify(scenario);
      let trajectory = runs.get(key);
      if (trajectory === undefined) {
        const simulation = start(scenario);
        simulation.advance(Infinity);
        trajectory = simulation.trajectory;
      }
      keep(key, trajectory);
      return trajectory;
    },
    async prepare(scenarios, nextTask, sliceMs = 4) {
      for (const scenario of scenarios) {
        const key = JSON.stringify(scenario);
        if (runs.has(key)) continue;
        const simulation = start(scenario);
        let done = false;
        while (!done) {
          await nextTask();
          const sliceStart = now();
          do done = simulation.advance(POINTS_PER_CHECK);
          while (!done && now() - sliceStart < sliceMs);
        }
        keep(key, simulation.trajectory);
      }
    },
    get size() {
      return runs.size;
    },
  };
}
