// The validated content of data/, loaded once. Everything the model and the views know about
// regions, drugs, acupuncture and conditions comes through here (evidence: ./evidence.ts).
import regionsJson from '../../data/regions.json';
import pathwaysJson from '../../data/pathways.json';
import drugsJson from '../../data/drugs.json';
import acupunctureJson from '../../data/acupuncture.json';
import conditionsJson from '../../data/conditions.json';
import modelJson from '../../data/model.json';
import patientsJson from '../../data/patients.json';
import cautionsJson from '../../data/cautions.json';
import { parseDataFile } from './validate.ts';
import './trusted.ts';
import type { dataSchemas, DataFileName } from './schema.ts';
import type * as v from 'valibot';
import { checkReferences } from './references.ts';

/** A data file's content: parsed by its schema, or taken as is when the build validated it. */
function load<F extends DataFileName>(
  file: F,
  json: unknown,
): v.InferOutput<(typeof dataSchemas)[F]> {
  return typeof __DATA_VALIDATED_AT_BUILD__ !== 'undefined' && __DATA_VALIDATED_AT_BUILD__
    ? (json as v.InferOutput<(typeof dataSchemas)[F]>)
    : parseDataFile(file, json);
}

export const regionsFile = load('regions.json', regionsJson);
export const pathwaysFile = load('pathways.json', pathwaysJson);
export const drugsFile = load('drugs.json', drugsJson);
export const acupunctureFile = load('acupuncture.json', acupunctureJson);
export const conditionsFile = load('conditions.json', conditionsJson);
export const modelFile = load('model.json', modelJson);
export const patientsFile = load('patients.json', patientsJson);
export const cautionsFile = load('cautions.json', cautionsJson);

checkReferences({ regions: regionsFile, pathways: pathwaysFile });

export const regions = regionsFile.regions;
export const pathways = pathwaysFile.pathways;
export const drugs = drugsFile.drugs;
export const acupunctureModes = acupunctureFile.modes;
export const conditions = conditionsFile.conditions;
export const cautions = cautionsFile.cautions;
