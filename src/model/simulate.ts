// simulate(scenario) -> trajectory: the one entry point the app, the tests and the command line
// call. Deterministic: the same scenario always gives the same numbers. The run itself is
// conducted by ./run.ts.
import { parseScenario, type Scenario } from './scenario.ts';
import { outputGridOf } from './grid.ts';
import { modelContext, type ModelContext } from './context.ts';
import { SERIES_IDS, type SeriesId } from './series.ts';
import { SAME_TIME_HOURS } from './units.ts';
import { Run } from './run.ts';

export { SERIES_IDS, type SeriesId } from './series.ts';

/** The simulated time series: every array has the length of `timeHours`. */
export interface Trajectory {
  scenario: Scenario;
  timeHours: Float64Array;
  series: Record<SeriesId, Float64Array>;
}

/** Runs the model for a scenario (validated first; throws ScenarioError naming a bad field). */
export function simulate(input: unknown, context: ModelContext = modelContext()): Trajectory {
  return simulateScenario(parseScenario(input), context);
}

/** Runs the model for a scenario that is already valid by construction (typed, not parsed). */
export function simulateScenario(
  scenario: Scenario,
  context: ModelContext = modelContext(),
): Trajectory {
  const run = startSimulation(scenario, context);
  run.advance(Infinity);
  return run.trajectory;
}

/** A run that can be advanced a few output points at a time (see `startSimulation`). */
export interface SimulationInProgress {
  /** Fills up to `outputs` more output points; returns true once the trajectory is complete. */
  advance(outputs: number): boolean;
  /** The trajectory: complete once `advance` has returned true; zeros after the last point filled. */
  readonly trajectory: Trajectory;
}

/**
 * Starts a run without running it, so a caller can spread it over several short slices of time
 * (the browser does this at start-up, while the model's code is not yet compiled and a whole
 * course takes longest). Slices give exactly the numbers one call of `simulateScenario` gives.
 */
export function startSimulation(
  scenario: Scenario,
  context: ModelContext = modelContext(),
): SimulationInProgress {
  const grid = outputGridOf(scenario);
  const count = Math.floor((grid.toHours - grid.fromHours) / grid.stepHours + SAME_TIME_HOURS) + 1;
  const timeHours = new Float64Array(count);
  for (let k = 0; k < count; k++) timeHours[k] = grid.fromHours + k * grid.stepHours;

  const series = {} as Record<SeriesId, Float64Array>;
  for (const id of SERIES_IDS(context)) series[id] = new Float64Array(count);

  const run = new Run(scenario, context);
  let next = 0;
  return {
    advance(outputs) {
      const until = Math.min(count, next + Math.max(0, outputs));
      run.simulateInto(timeHours, series, next, until);
      next = until;
      return next >= count;
    },
    trajectory: { scenario, timeHours, series },
  };
}
