// The validated content of data/, loaded once. Everything the model and the views know about
// regions, drugs, acupuncture, conditions and evidence comes through here.
import regionsJson from '../../data/regions.json';
import pathwaysJson from '../../data/pathways.json';
import drugsJson from '../../data/drugs.json';
import acupunctureJson from '../../data/acupuncture.json';
import conditionsJson from '../../data/conditions.json';
import modelJson from '../../data/model.json';
import evidenceJson from '../../data/evidence.json';
import { parseDataFile } from './validate.ts';
import { checkReferences } from './references.ts';

export const regionsFile = parseDataFile('regions.json', regionsJson);
export const pathwaysFile = parseDataFile('pathways.json', pathwaysJson);
export const drugsFile = parseDataFile('drugs.json', drugsJson);
export const acupunctureFile = parseDataFile('acupuncture.json', acupunctureJson);
export const conditionsFile = parseDataFile('conditions.json', conditionsJson);
export const modelFile = parseDataFile('model.json', modelJson);
export const evidenceFile = parseDataFile('evidence.json', evidenceJson);

checkReferences({
  regions: regionsFile,
  pathways: pathwaysFile,
  evidence: evidenceFile,
});

export const regions = regionsFile.regions;
export const pathways = pathwaysFile.pathways;
export const drugs = drugsFile.drugs;
export const acupunctureModes = acupunctureFile.modes;
export const conditions = conditionsFile.conditions;
export const evidence = evidenceFile.records;
