// The words that compare two plans come from their simulated courses: the pain gap at the
// clock's time (or "about the same"), the plan with the higher peak of each risk signal, and the
// evidence records behind each plan's treatments (ids that exist in data/evidence.json).
import { beforeAll, describe, expect, it } from 'vitest';
import { evidence } from '../../../src/data/evidence.ts';
import { simulate, type Trajectory } from '../../../src/model/simulate.ts';
import {
  defaultTreatment,
  scenarioFromTreatment,
  type Treatment,
} from '../../../src/state/treatment.ts';
import {
  describeDifference,
  difference,
  peak,
  planEvidence,
} from '../../../src/views/compare/compareText.ts';

const plan = (change: (t: Treatment) => void): Treatment => {
  const treatment = defaultTreatment();
  treatment.condition = 'diabetic-neuropathy';
  change(treatment);
  return treatment;
};
const amitriptyline = plan((t) => (t.amitriptyline.mg = 25));
const duloxetine = plan((t) => (t.duloxetine.mg = 60));
let a: Trajectory;
let b: Trajectory;
const WEEK_8 = 8 * 7 * 24;

beforeAll(() => {
  a = simulate(scenarioFromTreatment(amitriptyline));
  b = simulate(scenarioFromTreatment(duloxetine));
}, 30_000);

describe('comparing two plans', () => {
  it('measures the pain gap at the time and which plan peaks higher on each risk', () => {
    const diff = difference(a, b, WEEK_8);
    // Duloxetine 60 mg relieves diabetic neuropathy a little more than amitriptyline 25 mg.
    expect(diff.pain).toBeGreaterThan(0.2);
    expect(diff.pain).toBeLessThan(1);
    // Amitriptyline's anticholinergic signal, duloxetine's nausea.
    expect(diff.higherRisk).toContainEqual({ risk: 'risk.anticholinergic', plan: 'a' });
    expect(diff.higherRisk).toContainEqual({ risk: 'risk.nausea', plan: 'b' });
    expect(peak(a, 'risk.anticholinergic')).toBeGreaterThan(peak(b, 'risk.anticholinergic'));
  });

  it('says so in one plain sentence, and "about the same" for the same plan', () => {
    const text = describeDifference(difference(a, b, WEEK_8), WEEK_8);
    expect(text).toMatch(
      /^Week 8, day 1, 00:00: Plan B simulates about 0\.4 points lower pain than Plan A\./,
    );
    expect(text).toContain('Plan A has the higher dry-mouth (anticholinergic) signal.');
    expect(text).toContain('Plan B has the higher nausea signal.');
    const same = describeDifference(difference(a, a, WEEK_8), WEEK_8);
    expect(same).toBe(
      'Week 8, day 1, 00:00: both plans simulate about the same pain. Their risk signals are about the same.',
    );
  });

  it('finds the evidence behind each plan’s treatments', () => {
    const ids = new Set(evidence.map((record) => record.id));
    const everything = plan((t) => {
      t.acupuncture.mode = 'manual';
      t.amitriptyline.mg = 10;
      t.duloxetine.mg = 30;
      t.duloxetine.ending = 'taper';
      t.sertraline.mg = 50;
      t.placebo = true;
    });
    const found = planEvidence(everything);
    for (const id of found) expect(ids.has(id), id).toBe(true);
    expect(found).toContain('duloxetine-discontinuation');
    expect(planEvidence(duloxetine)).not.toContain('duloxetine-discontinuation');
    expect(planEvidence(plan((t) => (t.acupuncture.mode = 'sham')))).toEqual([
      'acupuncture-vs-sham',
    ]);
    expect(planEvidence(defaultTreatment())).toEqual([]);
  });
});
