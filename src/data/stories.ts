// Checking the guided stories (data/stories/<id>.json, one file each): the schema, ids that match
// the file names, unique steps and orders, and the regions and evidence they point to. Used by
// the app's story catalogue (./storyCatalog.ts) and the build (scripts/validate-data.ts), which
// also checks each step's scene against the URL codec.
import * as v from 'valibot';
import { StoryFile, type EvidenceFile, type RegionsFile, type Story } from './schema.ts';
import { DataFileError, describeIssues } from './validate.ts';

/** The file name without folder or extension: a story's id must equal it. */
const idOfPath = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');

/**
 * Validates story files (keyed by path) and returns them in their `order`. Throws a
 * DataFileError naming the file and the field of the first problem.
 */
export function parseStories(files: Readonly<Record<string, unknown>>): Story[] {
  return checkStories(
    Object.fromEntries(
      Object.entries(files).map(([path, json]) => {
        const result = v.safeParse(StoryFile, json);
        if (!result.success)
          throw new DataFileError(
            describeIssues(`data/stories/${idOfPath(path)}.json`, result.issues),
          );
        return [path, result.output];
      }),
    ),
  );
}

/**
 * Stories that match the schema (parsed, or checked at build time), in their `order`; throws
 * a DataFileError for an id that is not the file's name, a repeated step id or order.
 */
export function checkStories(files: Readonly<Record<string, Story>>): Story[] {
  const stories = Object.entries(files).map(([path, story]) => {
    const file = `data/stories/${idOfPath(path)}.json`;
    if (story.id !== idOfPath(path))
      throw new DataFileError(`${file}: id: "${story.id}" must match the file name`);
    const stepIds = new Set<string>();
    story.steps.forEach((step, i) => {
      if (stepIds.has(step.id))
        throw new DataFileError(`${file}: steps.${i}.id: "${step.id}" appears twice`);
      stepIds.add(step.id);
    });
    return story;
  });
  stories.sort((a, b) => a.order - b.order);
  stories.forEach((story, i) => {
    if (i > 0 && stories[i - 1]!.order === story.order)
      throw new DataFileError(
        `data/stories/${story.id}.json: order: ${story.order} is also the order of "${stories[i - 1]!.id}"`,
      );
  });
  return stories;
}

/** Throws a DataFileError naming the first highlight or evidence id that does not exist. */
export function checkStoryReferences(
  stories: readonly Story[],
  regions: v.InferOutput<typeof RegionsFile>,
  evidence: v.InferOutput<typeof EvidenceFile>,
): void {
  const regionIds = new Set(regions.regions.map((r) => r.id));
  const recordIds = new Set(evidence.records.map((r) => r.id));
  for (const story of stories) {
    story.steps.forEach((step, i) => {
      const where = `data/stories/${story.id}.json: steps.${i}`;
      step.highlight?.forEach((id, j) => {
        if (!regionIds.has(id))
          throw new DataFileError(`${where}.highlight.${j}: unknown region "${id}"`);
      });
      step.evidence.forEach((id, j) => {
        if (!recordIds.has(id))
          throw new DataFileError(`${where}.evidence.${j}: unknown evidence record "${id}"`);
      });
    });
  }
}
