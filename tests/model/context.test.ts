// The model context (context.ts) and the series contract (series.ts).
import { describe, expect, it } from 'vitest';
import { modelContext } from '../../src/model/context.ts';
import { SERIES_IDS } from '../../src/model/series.ts';
import { TARGETS } from '../../src/model/pharmacology/occupancy.ts';
import regionsJson from '../../data/regions.json';

const ctx = modelContext();

describe('modelContext', () => {
  it('is built once and cached', () => {
    expect(modelContext()).toBe(ctx);
  });

  it('links amitriptyline to its metabolite nortriptyline both ways', () => {
    const parent = ctx.drugIndex('amitriptyline');
    const metabolite = ctx.drugIndex('nortriptyline');
    expect(ctx.metaboliteOf[parent]).toBe(metabolite);
    expect(ctx.parentOf[metabolite]).toBe(parent);
    expect(ctx.parentOf[ctx.drugIndex('duloxetine')]).toBe(-1);
    expect(ctx.metaboliteOf[ctx.drugIndex('duloxetine')]).toBe(-1);
  });

  it('reads one circuit node for every region in data/regions.json', () => {
    expect(ctx.nodeReaders.map((n) => n.regionId)).toEqual(regionsJson.regions.map((r) => r.id));
  });

  it('indexes every target', () => {
    TARGETS.forEach((target, i) => expect(ctx.targetIndex[target]).toBe(i));
  });

  it('gives each condition its baseline parameters', () => {
    expect(ctx.conditionParams('fibromyalgia').painNrs).toBe(6.5);
    expect(ctx.conditionParams('diabetic-neuropathy').ectopicFraction).toBeGreaterThan(
      ctx.conditionParams('chronic-low-back-pain').ectopicFraction,
    );
  });
});

describe('SERIES_IDS', () => {
  const ids = SERIES_IDS(ctx);

  it('lists plasma, occupancy, the fixed series, then one node per region, without repeats', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 4)).toEqual(ctx.drugOrder.map((id) => `plasma.${id}`));
    expect(ids.slice(4, 4 + TARGETS.length)).toEqual(TARGETS.map((t) => `occupancy.${t}`));
    expect(ids.slice(-regionsJson.regions.length)).toEqual(
      regionsJson.regions.map((r) => `node.${r.id}`),
    );
  });
});
