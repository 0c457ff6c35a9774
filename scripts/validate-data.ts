// Validates every file in data/ (and the example scenarios) before a build or dev server
// starts, so a malformed file fails loudly with the file and the path inside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { dataSchemas, type DataFileName } from '../src/data/schema.ts';
import { DataFileError, parseDataFile } from '../src/data/validate.ts';
import { checkReferences } from '../src/data/references.ts';
import { parseScenario, ScenarioError } from '../src/model/scenario.ts';

function readJson(dir: string, relative: string): unknown {
  const text = readFileSync(join(dir, relative), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataFileError(
      `data/${relative}: (top level): malformed JSON (${(error as Error).message})`,
    );
  }
}

/** Throws a DataFileError naming the first bad file and the path inside it. */
export function validateDataDirectory(dir: string): void {
  const files = Object.keys(dataSchemas) as DataFileName[];
  const parsed = Object.fromEntries(
    files.map((file) => [file, parseDataFile(file, readJson(dir, file))]),
  ) as { [F in DataFileName]: ReturnType<typeof parseDataFile<F>> };
  checkReferences({
    regions: parsed['regions.json'],
    pathways: parsed['pathways.json'],
    evidence: parsed['evidence.json'],
  });
  for (const name of readdirSync(join(dir, 'scenarios')).filter((f) => f.endsWith('.json'))) {
    const relative = `scenarios/${name}`;
    try {
      parseScenario(readJson(dir, relative));
    } catch (error) {
      if (error instanceof ScenarioError)
        throw new DataFileError(`data/${relative}: ${error.field}: ${error.problem}`);
      throw error;
    }
  }
}

/** Vite plugin: validate data/ when a build or the dev server starts. */
export function dataValidation(dir: string): Plugin {
  return {
    name: 'painbrake-data-validation',
    buildStart() {
      try {
        validateDataDirectory(dir);
      } catch (error) {
        this.error((error as Error).message);
      }
    },
  };
}
