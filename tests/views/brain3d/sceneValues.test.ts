// What the 3D view reads from the simulation (views/brain3d/sceneValues.ts): region levels and
// their simulated BOLD, pathway flow rates, and link connectivity that agrees with the model's
// own network series.
import { describe, expect, it } from 'vitest';
import { pathways, regions } from '../../../src/data/catalog.ts';
import { simulate } from '../../../src/model/simulate.ts';
import type { SeriesId } from '../../../src/model/series.ts';
import { sampleAt } from '../../../src/state/sampling.ts';
import { defaultTreatment, scenarioFromTreatment } from '../../../src/state/treatment.ts';
import { pathwayRate, sceneValues } from '../../../src/views/brain3d/sceneValues.ts';

const untreatedReader = (id: SeriesId) =>
  id === 'analgesia' || id === 'network.acupuncture' ? 0 : 1;

describe('sceneValues', () => {
  it('shows untreated levels as 1, no BOLD change and the untreated flow everywhere', () => {
    const values = sceneValues(untreatedReader, 'chronic-low-back-pain', regions, pathways);
    for (const region of regions) {
      expect(values.nodeLevels[region.id]).toBe(1);
      expect(values.boldPercent[region.id]).toBeCloseTo(0, 9);
    }
    for (const rate of Object.values(values.pathwayRates)) expect(rate).toBe(1);
  });

  it('has a rate for every tube and a strength (0-1) for every network link', () => {
    const values = sceneValues(untreatedReader, 'fibromyalgia', regions, pathways);
    for (const p of pathways) {
      if (p.kind === 'network') {
        expect(values.linkStrengths[p.id], p.id).toBeGreaterThan(0);
        expect(values.linkStrengths[p.id], p.id).toBeLessThanOrEqual(1);
      } else expect(values.pathwayRates[p.id], p.id).toBeDefined();
    }
  });

  it("agrees with the model's PAG-prefrontal connectivity series under treatment", () => {
    const treatment = defaultTreatment();
    treatment.duloxetine.mg = 60;
    treatment.acupuncture.mode = 'ea-2-100hz';
    const course = simulate(scenarioFromTreatment(treatment));
    for (const hours of [24 * 10, 24 * 42, 24 * 70]) {
      const read = (id: SeriesId) => sampleAt(course, id, hours);
      const values = sceneValues(read, treatment.condition, regions, pathways);
      const mean =
        (values.linkStrengths['pag-to-racc']! + values.linkStrengths['pag-to-dlpfc']!) / 2;
      expect(mean).toBeCloseTo(read('network.pagPrefrontal'), 2);
    }
  });

  it('carries serotonin and noradrenaline levels on the 5-HT and NE pathways', () => {
    const read = (id: SeriesId) =>
      ({ 'synapse.serotonin': 3, 'synapse.noradrenaline': 1.5 })[id as string] ?? 1;
    const byId = (id: string) => pathways.find((p) => p.id === id)!;
    expect(pathwayRate(byId('rvm-5ht-to-dh-projection'), read)).toBe(3);
    expect(pathwayRate(byId('lc-to-dh-projection'), read)).toBe(1.5);
    const pagRead = (id: SeriesId) => (id === 'node.pag' ? 1.3 : 1);
    expect(pathwayRate(byId('pag-to-rvm-off'), pagRead)).toBe(1.3);
  });
});
