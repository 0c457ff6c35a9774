// The output grid of a scenario. Kept apart from the schema (scenario.ts) so that code which
// only runs typed scenarios does not pull in the validator.
import type { OutputGrid, Scenario } from './scenario.ts';

/** The output grid a scenario asks for, defaulting to hourly over all its days. */
export function outputGridOf(scenario: Scenario): OutputGrid {
  return scenario.output ?? { fromHours: 0, toHours: scenario.days * 24, stepHours: 1 };
}
