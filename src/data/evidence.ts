// The evidence records (data/evidence.json), validated. Kept apart from the rest of the
// catalogue so the app loads them only when a panel that shows evidence opens.
import evidenceJson from '../../data/evidence.json';
import { parseDataFile } from './validate.ts';
import './trusted.ts';
import type { EvidenceFile } from './schema.ts';
import type * as v from 'valibot';
import { checkEvidenceReferences } from './references.ts';
import { regionsFile } from './catalog.ts';

export const evidenceFile: v.InferOutput<typeof EvidenceFile> =
  typeof __DATA_VALIDATED_AT_BUILD__ !== 'undefined' && __DATA_VALIDATED_AT_BUILD__
    ? (evidenceJson as v.InferOutput<typeof EvidenceFile>)
    : parseDataFile('evidence.json', evidenceJson);
checkEvidenceReferences(regionsFile, evidenceFile);

export const evidence = evidenceFile.records;
