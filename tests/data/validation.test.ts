// Validation of data/ (src/data/validate.ts, references.ts): every shipped file passes, and a
// malformed copy fails with a DataFileError naming the file and the path inside it.
import { describe, expect, it } from 'vitest';
import { DataFileError, parseDataFile } from '../../src/data/validate.ts';
import { checkReferences } from '../../src/data/references.ts';
import type { DataFileName } from '../../src/data/schema.ts';
import regionsJson from '../../data/regions.json';
import pathwaysJson from '../../data/pathways.json';
import drugsJson from '../../data/drugs.json';
import acupunctureJson from '../../data/acupuncture.json';
import conditionsJson from '../../data/conditions.json';
import modelJson from '../../data/model.json';
import evidenceJson from '../../data/evidence.json';
import patientsJson from '../../data/patients.json';
import cautionsJson from '../../data/cautions.json';

const FILES: Record<DataFileName, unknown> = {
  'regions.json': regionsJson,
  'pathways.json': pathwaysJson,
  'drugs.json': drugsJson,
  'acupuncture.json': acupunctureJson,
  'conditions.json': conditionsJson,
  'model.json': modelJson,
  'evidence.json': evidenceJson,
  'patients.json': patientsJson,
  'cautions.json': cautionsJson,
};

/** A deep copy of a shipped file's JSON, changed by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a malformed copy has no type
function malformed(json: unknown, edit: (copy: any) => void): unknown {
  const copy = structuredClone(json);
  edit(copy);
  return copy;
}

/** The DataFileError that `action` throws (fails the test if it throws none). */
function dataError(action: () => unknown): DataFileError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return error as DataFileError;
  }
  throw new Error('expected a DataFileError, but nothing was thrown');
}

/** The three files checkReferences links, parsed, optionally from malformed copies. */
function linked(change: { regions?: unknown; pathways?: unknown; evidence?: unknown } = {}) {
  return {
    regions: parseDataFile('regions.json', change.regions ?? regionsJson),
    pathways: parseDataFile('pathways.json', change.pathways ?? pathwaysJson),
    evidence: parseDataFile('evidence.json', change.evidence ?? evidenceJson),
  };
}

describe('parseDataFile on the shipped data', () => {
  it.each(Object.keys(FILES) as DataFileName[])('accepts data/%s', (file) => {
    expect(() => parseDataFile(file, FILES[file])).not.toThrow();
  });
});

describe('parseDataFile on a malformed copy', () => {
  it('names data/regions.json and regions.3.mni for a coordinate given as "north"', () => {
    const json = malformed(regionsJson, (copy) => {
      copy.regions[3].mni = 'north';
    });
    const error = dataError(() => parseDataFile('regions.json', json));
    expect(error.message).toContain('data/regions.json: regions.3.mni:');
  });

  it('names data/drugs.json and drugs.0.pk.halfLifeHours.value for a half-life given as text', () => {
    const json = malformed(drugsJson, (copy) => {
      copy.drugs[0].pk.halfLifeHours.value = '21';
    });
    const error = dataError(() => parseDataFile('drugs.json', json));
    expect(error.message).toContain('data/drugs.json: drugs.0.pk.halfLifeHours.value:');
  });

  it('names data/evidence.json and records.5.source for a record without its source', () => {
    const json = malformed(evidenceJson, (copy) => {
      delete copy.records[5].source;
    });
    const error = dataError(() => parseDataFile('evidence.json', json));
    expect(error.message).toContain('data/evidence.json: records.5.source:');
  });

  it('names data/model.json and the parameter for a model parameter without a source', () => {
    const json = malformed(modelJson, (copy) => {
      delete copy.circuit.lcPagGain.source;
    });
    const error = dataError(() => parseDataFile('model.json', json));
    expect(error.message).toContain('data/model.json: circuit.lcPagGain.source:');
  });

  it('names data/acupuncture.json and the mode for an unknown acupuncture mode id', () => {
    const json = malformed(acupunctureJson, (copy) => {
      copy.modes[1].id = 'cupping';
    });
    const error = dataError(() => parseDataFile('acupuncture.json', json));
    expect(error.message).toContain('data/acupuncture.json: modes.1.id:');
  });

  it('names data/pathways.json and the key for an unknown key (strict objects)', () => {
    const json = malformed(pathwaysJson, (copy) => {
      copy.pathways[2].colour = 'red';
    });
    const error = dataError(() => parseDataFile('pathways.json', json));
    expect(error.message).toContain('data/pathways.json: pathways.2.colour:');
  });

  it('names the top level for a file that is not an object (a bare string)', () => {
    const error = dataError(() => parseDataFile('conditions.json', 'conditions'));
    expect(error.message).toContain('data/conditions.json: (top level):');
  });

  it('lists at most five problems, one per line', () => {
    const json = malformed(regionsJson, (copy) => {
      for (const region of copy.regions) region.mni = 'north';
    });
    const lines = dataError(() => parseDataFile('regions.json', json)).message.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.every((line) => line.startsWith('data/regions.json: regions.'))).toBe(true);
  });
});

describe('checkReferences', () => {
  it('accepts the shipped regions, pathways and evidence', () => {
    expect(() => checkReferences(linked())).not.toThrow();
  });

  it('names data/pathways.json: pathways.N.from for a pathway from an unknown region', () => {
    const pathways = malformed(pathwaysJson, (copy) => {
      copy.pathways[4].from = 'cerebellum';
    });
    const error = dataError(() => checkReferences(linked({ pathways })));
    expect(error.message).toContain('data/pathways.json: pathways.4.from:');
    expect(error.message).toContain('"cerebellum"');
  });

  it('names data/pathways.json: pathways.N.to for a pathway to an unknown region', () => {
    const pathways = malformed(pathwaysJson, (copy) => {
      copy.pathways[7].to = 'cerebellum';
    });
    const error = dataError(() => checkReferences(linked({ pathways })));
    expect(error.message).toContain('data/pathways.json: pathways.7.to:');
  });

  it('names data/regions.json: regions.N.id for a region id that appears twice', () => {
    const regions = malformed(regionsJson, (copy) => {
      copy.regions[5].id = copy.regions[2].id;
    });
    const error = dataError(() => checkReferences(linked({ regions })));
    expect(error.message).toContain('data/regions.json: regions.5.id:');
    expect(error.message).toContain('appears twice');
  });

  it('names data/evidence.json: records.N.regions.M for evidence about an unknown region', () => {
    const index = evidenceJson.records.findIndex((r) => (r.regions?.length ?? 0) > 0);
    const evidence = malformed(evidenceJson, (copy) => {
      copy.records[index].regions[0] = 'cerebellum';
    });
    const error = dataError(() => checkReferences(linked({ evidence })));
    expect(error.message).toContain(`data/evidence.json: records.${index}.regions.0:`);
  });
});
