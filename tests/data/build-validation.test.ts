// A malformed data file fails the build (the Vite plugin's check) naming the file and the path.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataDirectory } from '../../scripts/validate-data.ts';

function withDataCopy(edit: (dir: string) => void): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'painbrake-data-'));
  cpSync('data', dir, { recursive: true });
  edit(dir);
  return () => {
    try {
      validateDataDirectory(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits arbitrary JSON shapes
const editJson = (dir: string, file: string, change: (json: any) => void) => {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json));
};

describe('data validation at build time', () => {
  it('accepts the data as shipped', () => {
    expect(() => validateDataDirectory('data')).not.toThrow();
  });

  it('names the file and the path of a wrongly typed parameter', () => {
    const check = withDataCopy((dir) =>
      editJson(dir, 'drugs.json', (json) => (json.drugs[2].pk.halfLifeHours.value = 'twelve')),
    );
    expect(check).toThrow(/^data\/drugs\.json: drugs\.2\.pk\.halfLifeHours\.value: /);
  });

  it('names the file of malformed JSON', () => {
    const check = withDataCopy((dir) =>
      writeFileSync(join(dir, 'conditions.json'), '{ "conditions": ['),
    );
    expect(check).toThrow(/^data\/conditions\.json: \(top level\): malformed JSON/);
  });

  it('names the scenario file and field of a bad example scenario', () => {
    const check = withDataCopy((dir) =>
      editJson(dir, 'scenarios/untreated.json', (json) => (json.days = 0)),
    );
    expect(check).toThrow(/^data\/scenarios\/untreated\.json: days: /);
  });

  it('names a pathway that points at a region that does not exist', () => {
    const check = withDataCopy((dir) =>
      editJson(dir, 'pathways.json', (json) => (json.pathways[0].to = 'cerebellum')),
    );
    expect(check).toThrow(/^data\/pathways\.json: pathways\.0\.to: unknown region "cerebellum"/);
  });
});

describe('trimming provenance for the browser bundle', () => {
  it('drops source, mark and note from sourced values and keeps everything else', async () => {
    const { withoutProvenance } = await import('../../scripts/validate-data.ts');
    const trimmed = withoutProvenance({
      name: 'x',
      source: 'kept: not a sourced value',
      halfLifeHours: { value: 12, unit: 'h', source: 'label', mark: 'V', note: 'n' },
      list: [{ value: 1, unit: 'L/kg', source: 's', mark: 'M' }],
    });
    expect(trimmed).toEqual({
      name: 'x',
      source: 'kept: not a sourced value',
      halfLifeHours: { value: 12, unit: 'h' },
      list: [{ value: 1, unit: 'L/kg' }],
    });
  });
});
