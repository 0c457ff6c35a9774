// The example scenarios shipped in data/scenarios, validated, in a stable order.
import { parseScenario, type Scenario } from '../model/scenario.ts';

const files = import.meta.glob<unknown>('../../data/scenarios/*.json', {
  eager: true,
  import: 'default',
});

export interface Example {
  id: string;
  scenario: Scenario;
}

/** Every example scenario, named by its file (e.g. "duloxetine-plus-ea"). */
export const examples: readonly Example[] = Object.entries(files)
  .map(([path, json]) => ({
    id: path.replace(/^.*\/(.*)\.json$/, '$1'),
    scenario: parseScenario(json),
  }))
  .sort((a, b) => a.id.localeCompare(b.id));
