// SCIENCE.md section 6, target 23: DMN-insula coupling tracks relief, whatever brings it, and
// within-DMN coherence changes only modestly (a hypothesis).
//
// Independence: nothing was fitted to either; both follow from the network model's structure (the
// pain load sets the couplings) and the relief each treatment brings.
import { beforeAll, describe, expect, it } from 'vitest';
import { dailyDose, meanOver, run } from './helpers.ts';
import type { ScenarioInput } from '../../src/model/scenario.ts';
import { modelContext } from '../../src/model/context.ts';
import { emptyNetworkMeasures, networkMeasures } from '../../src/model/network/network.ts';

const DAYS = 56;
const CONDITIONS = ['chronic-low-back-pain', 'fibromyalgia', 'diabetic-neuropathy'] as const;
const TREATMENTS: Record<string, Omit<ScenarioInput, 'days' | 'condition'>> = {
  duloxetine: { drugs: [dailyDose('duloxetine', 60, 0, DAYS)] },
  amitriptyline: { drugs: [dailyDose('amitriptyline', 75, 0, DAYS, 22)] },
  electroacupuncture: { acupuncture: { mode: 'ea-2-100hz', perWeek: 2 } },
  sham: { acupuncture: { mode: 'sham', perWeek: 2 } },
  placebo: { placebo: { fromDay: 0, toDay: DAYS } },
};
const painFree = networkMeasures(
  modelContext().network,
  { painLoad: 0, pagExcess: 0, acupuncture: 0 },
  emptyNetworkMeasures(),
);

describe.each(CONDITIONS)('target 23 (%s, independent)', (condition) => {
  const week8 = (rest: Omit<ScenarioInput, 'days' | 'condition'>) => {
    const t = run({ condition, days: DAYS, ...rest });
    const mean = (id: Parameters<typeof meanOver>[1]) => meanOver(t, id, 49 * 24, 56 * 24);
    return {
      relief: mean('analgesia'),
      dmnInsula: mean('network.dmnInsula'),
      coherence: mean('network.dmnCoherence'),
    };
  };
  let untreated: ReturnType<typeof week8>;
  const treated = new Map<string, ReturnType<typeof week8>>();
  beforeAll(() => {
    untreated = week8({});
    for (const [name, rest] of Object.entries(TREATMENTS)) treated.set(name, week8(rest));
  });

  it('has DMN-insula coupling higher untreated than in a pain-free reference', () => {
    expect(untreated.dmnInsula).toBeGreaterThan(painFree.dmnInsula + 0.05);
  });

  it('lowers DMN-insula coupling by the same amount per unit of relief, whatever brings it (within 20%)', () => {
    const slopes = [...treated.values()].map((r) => (untreated.dmnInsula - r.dmnInsula) / r.relief);
    for (const slope of slopes) expect(slope).toBeGreaterThan(0);
    expect(Math.max(...slopes) / Math.min(...slopes)).toBeLessThanOrEqual(1.2);
  });

  it('moves within-DMN coherence back by less than half of its untreated deficit', () => {
    const deficit = painFree.dmnCoherence - untreated.coherence;
    expect(deficit).toBeGreaterThan(0);
    for (const [name, r] of treated)
      expect(Math.abs(r.coherence - untreated.coherence), name).toBeLessThan(deficit / 2);
  });
});
