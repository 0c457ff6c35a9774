// Transporter and receptor occupancy (pharmacology/occupancy.ts): competitive binding of every
// drug present, a ceiling, and the share each drug holds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  inVivoScales,
  ownOccupancy,
  occupancyByDrug,
  occupancyOf,
  plasmaEc50Of,
  targetBindings,
  TARGETS,
  type TargetBinding,
} from '../../src/model/pharmacology/occupancy.ts';
import { modelContext } from '../../src/model/context.ts';
import { drugsFile } from '../../src/data/catalog.ts';

/** Two drugs on SERT with plasma EC50s of 4 and 40 ng/mL, under a 0.94 ceiling. */
const sert: TargetBinding = {
  target: 'SERT',
  ceiling: 0.94,
  terms: [
    { drugIndex: 0, perNgPerMl: 1 / 4 },
    { drugIndex: 1, perNgPerMl: 1 / 40 },
  ],
};

describe('occupancyOf', () => {
  it('is zero without drug', () => {
    expect(occupancyOf(sert, [0, 0])).toBe(0);
  });

  it('is half the ceiling at one drug’s EC50', () => {
    expect(occupancyOf(sert, [4, 0])).toBeCloseTo(0.47, 12);
    expect(occupancyOf(sert, [0, 40])).toBeCloseTo(0.47, 12);
  });

  it('adds two drugs on one target competitively: each at its EC50 gives 2/3 of the ceiling', () => {
    expect(occupancyOf(sert, [4, 40])).toBeCloseTo((0.94 * 2) / 3, 12);
  });

  it('treats a second drug like more of the first, in EC50 units', () => {
    // 2 ng/mL of drug 0 plus 20 ng/mL of drug 1 binds like 4 ng/mL of drug 0 alone.
    expect(occupancyOf(sert, [2, 20])).toBeCloseTo(occupancyOf(sert, [4, 0]), 12);
  });

  it('gives less than the sum of what each drug gives alone (they compete for one site)', () => {
    const together = occupancyOf(sert, [4, 40]);
    expect(together).toBeGreaterThan(occupancyOf(sert, [4, 0]));
    expect(together).toBeLessThan(occupancyOf(sert, [4, 0]) + occupancyOf(sert, [0, 40]));
  });

  it('ignores drugs that do not bind the target', () => {
    expect(occupancyOf(sert, [4, 0, 1000])).toBeCloseTo(occupancyOf(sert, [4, 0]), 12);
  });

  it('rises with concentration toward, and never past, the ceiling', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (a, b, factor) => {
          const occupancy = occupancyOf(sert, [a, b]);
          expect(occupancy).toBeGreaterThanOrEqual(0);
          expect(occupancy).toBeLessThanOrEqual(sert.ceiling);
          // Monotone up to round-off (near the ceiling the ratio r/(1+r) is flat).
          expect(occupancyOf(sert, [a * factor, b * factor])).toBeGreaterThanOrEqual(
            occupancy - 1e-12,
          );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
    expect(occupancyOf(sert, [1e9, 1e9])).toBeCloseTo(0.94, 6);
  });
});

describe('occupancyByDrug', () => {
  it('gives each drug its share, and the shares sum to the total', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (a, b) => {
          const total = occupancyOf(sert, [a, b]);
          const sum = occupancyByDrug(sert, [a, b], 0) + occupancyByDrug(sert, [a, b], 1);
          expect(Math.abs(sum - total)).toBeLessThan(1e-12);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('splits the occupancy in proportion to concentration / EC50', () => {
    const first = occupancyByDrug(sert, [4, 120], 0); // ratio 1
    const second = occupancyByDrug(sert, [4, 120], 1); // ratio 3
    expect(second / first).toBeCloseTo(3, 12);
  });

  it('is zero for a drug not bound to the target', () => {
    expect(occupancyByDrug(sert, [4, 40, 500], 2)).toBe(0);
  });

  it('sums to the total for every target of the real drugs at once', () => {
    const ctx = modelContext();
    const concentrations = [120, 80, 30, 25]; // ng/mL, in ctx.drugOrder
    for (const binding of ctx.targets) {
      const total = occupancyOf(binding, concentrations);
      const sum = ctx.drugOrder.reduce(
        (acc, _, i) => acc + occupancyByDrug(binding, concentrations, i),
        0,
      );
      expect(Math.abs(sum - total)).toBeLessThan(1e-12);
    }
  });
});

describe('ownOccupancy', () => {
  it('is what the given terms would reach with nothing else bound', () => {
    const [first, second] = sert.terms;
    expect(ownOccupancy(0.94, [first!], [4, 40])).toBeCloseTo(occupancyOf(sert, [4, 0]), 12);
    expect(ownOccupancy(0.94, sert.terms, [4, 40])).toBeCloseTo(occupancyOf(sert, [4, 40]), 12);
    expect(ownOccupancy(0.94, [], [4, 40])).toBe(0);
    expect(second).toBeDefined();
  });
});

describe('targetBindings', () => {
  const drugOrder = drugsFile.drugs.map((d) => d.id);
  const byId = new Map(drugsFile.drugs.map((d) => [d.id, d]));
  const bindings = targetBindings(drugOrder, byId, 0.94, 1);
  const binding = (target: string) => bindings.find((b) => b.target === target)!;
  const duloxetineIndex = drugOrder.indexOf('duloxetine');
  const amitriptylineIndex = drugOrder.indexOf('amitriptyline');

  it('has one binding per target, in TARGETS order', () => {
    expect(bindings.map((b) => b.target)).toEqual([...TARGETS]);
  });

  it('gives transporters the transporter ceiling and receptors the receptor ceiling', () => {
    expect(binding('SERT').ceiling).toBe(0.94);
    expect(binding('NET').ceiling).toBe(0.94);
    expect(binding('H1').ceiling).toBe(1);
    expect(binding('hERG').ceiling).toBe(1);
  });

  it('uses the in-vivo plasma EC50 for a transporter (duloxetine SERT 3.7 ng/mL)', () => {
    const concentrations = new Float64Array(drugOrder.length);
    concentrations[duloxetineIndex] = 3.7;
    expect(occupancyOf(binding('SERT'), concentrations)).toBeCloseTo(0.47, 9);
  });

  it('scales a receptor Ki by the in-vivo scale and the free fraction (amitriptyline H1)', () => {
    const drug = byId.get('amitriptyline')!;
    const ki = drug.bindings.find((b) => b.target === 'H1')!.kiNanomolar.value;
    const scale = inVivoScales(drugsFile.drugs).get('amitriptyline')!;
    // Ki nM x molar mass / 1000 = ng/mL free at half occupancy in vitro; x scale in vivo; the
    // total level is higher by 1 / free fraction (amitriptyline is ~95% bound to protein).
    const halfNgPerMl = (ki * drug.molarMassGPerMol.value * scale) / 1000 / 0.05;
    const concentrations = new Float64Array(drugOrder.length);
    concentrations[amitriptylineIndex] = halfNgPerMl;
    expect(occupancyOf(binding('H1'), concentrations)).toBeCloseTo(0.5, 9);
    expect(plasmaEc50Of(drug, 'H1', scale)).toBeCloseTo(halfNgPerMl, 9);
  });

  it('takes each PET-measured drug’s scale from its own transporter EC50', () => {
    const scales = inVivoScales(drugsFile.drugs);
    // Duloxetine: SERT EC50 3.7 ng/mL x 4% free / (Ki 0.8 nM x 297.4 / 1000).
    expect(scales.get('duloxetine')!).toBeCloseTo((3.7 * 0.04) / ((0.8 * 297.4) / 1000), 9);
    // Nortriptyline: NET EC50 70 ng/mL x 8% free / (Ki 4.4 nM x 263.4 / 1000).
    expect(scales.get('nortriptyline')!).toBeCloseTo((70 * 0.08) / ((4.4 * 263.4) / 1000), 9);
    // Amitriptyline (no PET study): the geometric mean of the two measured ones.
    expect(scales.get('amitriptyline')!).toBeCloseTo(
      Math.sqrt(scales.get('duloxetine')! * scales.get('nortriptyline')!),
      9,
    );
  });

  it('derives an unmeasured transporter EC50 the same way (nortriptyline SERT)', () => {
    const drug = byId.get('nortriptyline')!;
    const scale = inVivoScales(drugsFile.drugs).get('nortriptyline')!;
    // Nortriptyline SERT: its own NET scaling applied to its SERT Ki (18 nM): ~290 ng/mL.
    expect(plasmaEc50Of(drug, 'SERT', scale)).toBeCloseTo((70 * 18) / 4.4, 6);
  });

  it('leaves out drugs with no binding on a target (duloxetine on H1)', () => {
    expect(binding('H1').terms.some((t) => t.drugIndex === duloxetineIndex)).toBe(false);
  });
});
