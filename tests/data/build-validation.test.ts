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

describe('story validation at build time', () => {
  it('names the story file and the step of an unknown evidence record', () => {
    const check = withDataCopy((dir) =>
      editJson(dir, 'stories/ssri.json', (json) => (json.steps[1].evidence[0] = 'no-such-record')),
    );
    expect(check).toThrow(
      /^data\/stories\/ssri\.json: steps\.1\.evidence\.0: unknown evidence record "no-such-record"/,
    );
  });

  it('names a highlighted node that does not exist', () => {
    const check = withDataCopy((dir) =>
      editJson(dir, 'stories/pain-brake.json', (json) => (json.steps[0].highlight = ['spleen'])),
    );
    expect(check).toThrow(
      /^data\/stories\/pain-brake\.json: steps\.0\.highlight\.0: unknown region/,
    );
  });

  it('names a scene value the app cannot show, and a setting that belongs to the person', () => {
    const bad = withDataCopy((dir) =>
      editJson(dir, 'stories/ssri.json', (json) => (json.steps[0].state = 'ser=75')),
    );
    expect(bad).toThrow(/^data\/stories\/ssri\.json: steps\.0\.state: ser=75 is not a value/);
    const personal = withDataCopy((dir) =>
      editJson(dir, 'stories/ssri.json', (json) => (json.steps[0].state = 'ser=50&lang=es')),
    );
    expect(personal).toThrow(/steps\.0\.state: "lang" is the person's setting/);
  });

  it('names a story whose id is not its file name, a repeated order and a missing field', () => {
    const id = withDataCopy((dir) =>
      editJson(dir, 'stories/ssri.json', (json) => (json.id = 'ssris')),
    );
    expect(id).toThrow(/^data\/stories\/ssri\.json: id: "ssris" must match the file name/);
    const order = withDataCopy((dir) =>
      editJson(dir, 'stories/ssri.json', (json) => (json.order = 1)),
    );
    expect(order).toThrow(/order: 1 is also the order of/);
    const missing = withDataCopy((dir) =>
      editJson(dir, 'stories/ssri.json', (json) => delete json.steps[2].evidence),
    );
    expect(missing).toThrow(/^data\/stories\/ssri\.json: steps\.2\.evidence: /);
  });

  it('refuses a file that is not JSON, naming it', () => {
    const check = withDataCopy((dir) => writeFileSync(join(dir, 'stories/ssri.json'), '{'));
    expect(check).toThrow(/^data\/stories\/ssri\.json: \(top level\): malformed JSON/);
  });
});
