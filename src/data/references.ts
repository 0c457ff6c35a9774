// Cross-file checks that a schema alone cannot make: every id a file refers to must exist.
import type * as v from 'valibot';
import type { EvidenceFile, PathwaysFile, RegionsFile } from './schema.ts';
import { DataFileError } from './validate.ts';

interface Linked {
  regions: v.InferOutput<typeof RegionsFile>;
  pathways: v.InferOutput<typeof PathwaysFile>;
  evidence?: v.InferOutput<typeof EvidenceFile>;
}

/** Throws a DataFileError naming the file and path of the first dangling or repeated id. */
export function checkReferences({ regions, pathways, evidence }: Linked): void {
  const ids = new Set<string>();
  regions.regions.forEach((region, i) => {
    if (ids.has(region.id))
      throw new DataFileError(`data/regions.json: regions.${i}.id: "${region.id}" appears twice`);
    ids.add(region.id);
  });
  pathways.pathways.forEach((pathway, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(pathway[end]))
        throw new DataFileError(
          `data/pathways.json: pathways.${i}.${end}: unknown region "${pathway[end]}"`,
        );
    }
  });
  if (evidence !== undefined) checkEvidenceReferences(regions, evidence);
}

/** Throws a DataFileError naming the first evidence record that cites an unknown region. */
export function checkEvidenceReferences(
  regions: v.InferOutput<typeof RegionsFile>,
  evidence: v.InferOutput<typeof EvidenceFile>,
): void {
  const ids = new Set(regions.regions.map((r) => r.id));
  evidence.records.forEach((record, i) => {
    record.regions?.forEach((id, j) => {
      if (!ids.has(id))
        throw new DataFileError(
          `data/evidence.json: records.${i}.regions.${j}: unknown region "${id}"`,
        );
    });
  });
}
