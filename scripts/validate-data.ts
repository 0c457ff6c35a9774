// Validates every file in data/ (and the example scenarios) before a build or dev server
// starts, so a malformed file fails loudly with the file and the path inside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { dataSchemas, type DataFileName } from '../src/data/schema.ts';
import { DataFileError, parseDataFile } from '../src/data/validate.ts';
import { checkReferences } from '../src/data/references.ts';
import { parseScenario, ScenarioError } from '../src/model/scenario.ts';
import { checkStoryReferences, parseStories } from '../src/data/stories.ts';
import { decodeViewState } from '../src/state/url.ts';

/** Keys a story step may not set: the person's own settings and the story itself. */
const NOT_IN_A_SCENE = new Set(['aud', 'reg', 'lang', 'spd', 'motion', 'story', 'step']);

/** Throws a DataFileError naming the first story step whose scene the URL codec cannot read. */
export function checkStoryScenes(stories: ReturnType<typeof parseStories>): void {
  for (const story of stories) {
    story.steps.forEach((step, i) => {
      const where = `data/stories/${story.id}.json: steps.${i}.state`;
      for (const key of new URLSearchParams(step.state).keys())
        if (NOT_IN_A_SCENE.has(key))
          throw new DataFileError(`${where}: "${key}" is the person's setting, not the scene's`);
      const { ignored } = decodeViewState(step.state);
      if (ignored.length > 0)
        throw new DataFileError(
          `${where}: ${ignored[0]!.key}=${ignored[0]!.value} is not a value the app can show`,
        );
    });
  }
}

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
  const storyNames = readdirSync(join(dir, 'stories')).filter((f) => f.endsWith('.json'));
  const stories = parseStories(
    Object.fromEntries(storyNames.map((name) => [name, readJson(dir, `stories/${name}`)])),
  );
  checkStoryReferences(stories, parsed['regions.json'], parsed['evidence.json']);
  checkStoryScenes(stories);
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

/** Drops `source`, `mark` and `note` from every sourced value ({ value: number, ... }). */
export function withoutProvenance(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(withoutProvenance);
  if (json === null || typeof json !== 'object') return json;
  const entries = Object.entries(json as Record<string, unknown>);
  const isSourcedValue = typeof (json as { value?: unknown }).value === 'number';
  return Object.fromEntries(
    entries
      .filter(
        ([key]) => !(isSourcedValue && (key === 'source' || key === 'mark' || key === 'note')),
      )
      .map(([key, value]) => [key, withoutProvenance(value)]),
  );
}

/**
 * Vite plugin for the app's production bundle: the browser computes with the parameters but
 * never shows their provenance (that lives in data/ and docs/model.md, and was validated by
 * dataValidation before this runs), so the bundle leaves `source`, `mark` and `note` out.
 */
export function trimProvenanceForBrowser(): Plugin {
  return {
    name: 'painbrake-trim-provenance',
    enforce: 'pre',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    transform(code, id) {
      if (!/\/data\/(drugs|acupuncture|conditions|model|patients|cautions)\.json$/.test(id))
        return undefined;
      return { code: JSON.stringify(withoutProvenance(JSON.parse(code))), map: null };
    },
  };
}
