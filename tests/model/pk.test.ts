// Pharmacokinetics (src/model/pharmacology/pk.ts): absorption rate from Tmax, the exact step
// propagator of the gut -> central -> metabolite chain (with first-pass formation), and the
// unit conversion to ng/mL.
import { describe, expect, it } from 'vitest';
import {
  absorptionRateForTmax,
  plasmaNgPerMl,
  pkParamsOf,
  propagator,
  type ChainRates,
  type Propagator,
} from '../../src/model/pharmacology/pk.ts';
import { modelContext } from '../../src/model/context.ts';
import { drugsFile } from '../../src/data/catalog.ts';

const ctx = modelContext();
const amitriptyline = ctx.pk[ctx.drugIndex('amitriptyline')]!;
const nortriptyline = ctx.pk[ctx.drugIndex('nortriptyline')]!;
const duloxetine = ctx.pk[ctx.drugIndex('duloxetine')]!;

interface Amounts {
  gut: number;
  central: number;
  metabolite: number;
}

/** Advances gut, central and metabolite amounts (mg) by one step of a propagator. */
function advance(p: Propagator, a: Amounts): Amounts {
  return {
    gut: a.gut * p.gutKeep,
    central: a.central * p.centralKeep + a.gut * p.centralFromGut,
    metabolite:
      a.metabolite * p.metaboliteKeep +
      a.central * p.metaboliteFromCentral +
      a.gut * p.metaboliteFromGut,
  };
}

/** Integrates dG = -ka G, dC = ka G - ke C, dM = kForm C + kFirstPass G - km M (forward Euler). */
function euler(rates: ChainRates, start: Amounts, hours: number, dtHours: number): Amounts {
  let { gut, central, metabolite } = start;
  const steps = Math.round(hours / dtHours);
  const { ka, ke, kForm, kFirstPass, km } = rates;
  for (let i = 0; i < steps; i++) {
    const dGut = -ka * gut;
    const dCentral = ka * gut - ke * central;
    const dMetabolite = kForm * central + kFirstPass * gut - km * metabolite;
    gut += dtHours * dGut;
    central += dtHours * dCentral;
    metabolite += dtHours * dMetabolite;
  }
  return { gut, central, metabolite };
}

/** The chain's rates for a drug as data gives them (normal adult, full CYP2D6 activity). */
function ratesOf(parent: typeof amitriptyline, metaboliteElimination = 1): ChainRates {
  const ka = parent.absorptionRatePerHour;
  const ke = parent.eliminationRatePerHour;
  return {
    ka,
    ke,
    kForm: parent.metaboliteFraction * ke,
    kFirstPass: parent.firstPassMetabolite * ka,
    km: metaboliteElimination,
  };
}

/** Time (h) of the peak of the central amount after an oral dose, found on a fine grid. */
function peakHours(rates: ChainRates): number {
  let best = -Infinity;
  let at = 0;
  for (let t = 0.005; t <= 48; t += 0.005) {
    const amount = propagator(rates, t).centralFromGut;
    if (amount > best) {
      best = amount;
      at = t;
    }
  }
  return at;
}

const relativeError = (value: number, reference: number) =>
  Math.abs(value - reference) / Math.abs(reference);

describe('absorptionRateForTmax', () => {
  it.each([
    [1, 0.1],
    [4, Math.LN2 / 21],
    [6, Math.LN2 / 13.5],
    [6.5, Math.LN2 / 26],
    [10, Math.LN2 / 12],
  ])('gives a rate whose one-dose curve peaks at Tmax = %s h (ke = %s /h)', (tmax, ke) => {
    const ka = absorptionRateForTmax(tmax, ke);
    expect(ka).toBeGreaterThan(ke);
    // The closed form the bisection solves...
    expect(Math.log(ka / ke) / (ka - ke)).toBeCloseTo(tmax, 9);
    // ...and, independently, the peak of the propagated central amount.
    const rates: ChainRates = { ka, ke, kForm: 0, kFirstPass: 0, km: 1 };
    expect(Math.abs(peakHours(rates) - tmax)).toBeLessThanOrEqual(0.01);
  });

  it('needs faster absorption for an earlier peak', () => {
    const ke = Math.LN2 / 20;
    expect(absorptionRateForTmax(2, ke)).toBeGreaterThan(absorptionRateForTmax(4, ke));
    expect(absorptionRateForTmax(4, ke)).toBeGreaterThan(absorptionRateForTmax(8, ke));
  });

  it('is what pkParamsOf uses for the data Tmax of amitriptyline (4 h) and duloxetine (6 h)', () => {
    expect(
      Math.abs(peakHours(ratesOf(amitriptyline, nortriptyline.eliminationRatePerHour)) - 4),
    ).toBeLessThanOrEqual(0.01);
    expect(Math.abs(peakHours(ratesOf(duloxetine)) - 6)).toBeLessThanOrEqual(0.01);
  });
});

describe('pkParamsOf', () => {
  const byId = new Map(drugsFile.drugs.map((d) => [d.id, d]));

  it('turns a half-life into an elimination rate of ln 2 / t1/2', () => {
    expect(amitriptyline.eliminationRatePerHour).toBeCloseTo(Math.LN2 / 21, 12);
    expect(duloxetine.eliminationRatePerHour).toBeCloseTo(Math.LN2 / 13.5, 12);
  });

  it('scales a volume in L/kg by body weight and keeps a volume in L as it is', () => {
    const amitriptylineData = byId.get('amitriptyline')!;
    const at70 = pkParamsOf(amitriptylineData, 70);
    const at35 = pkParamsOf(amitriptylineData, 35);
    expect(at70.volumeL).toBeCloseTo(16 * 70, 9);
    expect(at35.volumeL).toBeCloseTo(at70.volumeL / 2, 9);
    expect(pkParamsOf(byId.get('duloxetine')!, 35).volumeL).toBeCloseTo(1640, 9);
  });

  it('uses bioavailability only when the volume is a true (not apparent V/F) volume', () => {
    expect(amitriptyline.bioavailabilityUsed).toBeCloseTo(0.53, 12);
    expect(duloxetine.bioavailabilityUsed).toBe(1);
  });

  it('forms 25% of each amitriptyline dose as nortriptyline, half on the first pass', () => {
    const F = amitriptyline.bioavailabilityUsed;
    // Per mg of dose: the first pass, plus the share of what reaches the blood.
    const firstPass = amitriptyline.firstPassMetabolite * F;
    const systemic = amitriptyline.metaboliteFraction * F;
    expect(firstPass + systemic).toBeCloseTo(0.25, 12);
    expect(firstPass).toBeCloseTo(0.125, 12);
    expect(duloxetine.metaboliteFraction).toBe(0);
    expect(duloxetine.firstPassMetabolite).toBe(0);
  });

  it('reads the CYP2D6 share of clearance (nortriptyline most, duloxetine none modelled)', () => {
    expect(nortriptyline.cyp2d6Share).toBeGreaterThan(amitriptyline.cyp2d6Share);
    expect(amitriptyline.cyp2d6Share).toBeGreaterThan(0);
    expect(duloxetine.cyp2d6Share).toBe(0);
  });
});

describe('propagator', () => {
  const chain = ratesOf(amitriptyline, nortriptyline.eliminationRatePerHour);
  const afterDose: Amounts = { gut: 100, central: 0, metabolite: 0 };
  const mixed: Amounts = { gut: 40, central: 25, metabolite: 10 };

  it.each([0.5, 3, 12, 30])(
    'agrees with a fine-step Euler integration of the ODEs over %s h (relative 1e-3)',
    (hours) => {
      for (const start of [afterDose, mixed]) {
        const exact = advance(propagator(chain, hours), start);
        const numeric = euler(chain, start, hours, 2e-5);
        expect(relativeError(exact.gut, numeric.gut)).toBeLessThan(1e-3);
        expect(relativeError(exact.central, numeric.central)).toBeLessThan(1e-3);
        expect(relativeError(exact.metabolite, numeric.metabolite)).toBeLessThan(1e-3);
      }
    },
  );

  it('agrees with Euler for a drug without a metabolite, which then forms none', () => {
    const exact = advance(propagator(ratesOf(duloxetine), 8), afterDose);
    const numeric = euler(ratesOf(duloxetine), afterDose, 8, 1e-4);
    expect(relativeError(exact.central, numeric.central)).toBeLessThan(1e-3);
    expect(exact.metabolite).toBe(0);
  });

  it.each([0.01, 0.5, 1, 7, 24])(
    'gives the same amounts from two half-steps as from one full step of %s h (exact)',
    (dtHours) => {
      const half = propagator(chain, dtHours / 2);
      const full = propagator(chain, dtHours);
      for (const start of [afterDose, mixed]) {
        const twice = advance(half, advance(half, start));
        const once = advance(full, start);
        // Round-off only, measured against the drug in the body (the metabolite's tiny
        // amount after a very short step is a difference of large terms).
        const mass = start.gut + start.central + start.metabolite;
        expect(Math.abs(twice.gut - once.gut)).toBeLessThan(1e-12 * mass);
        expect(Math.abs(twice.central - once.central)).toBeLessThan(1e-12 * mass);
        expect(Math.abs(twice.metabolite - once.metabolite)).toBeLessThan(1e-12 * mass);
      }
    },
  );

  it('conserves drug: nothing is created, and nothing is lost in a zero-length step', () => {
    const none = propagator(chain, 0);
    expect(none.gutKeep).toBe(1);
    expect(none.centralKeep).toBe(1);
    expect(none.metaboliteKeep).toBe(1);
    expect(Math.abs(none.centralFromGut)).toBeLessThan(1e-15);
    const after = advance(propagator(chain, 5), afterDose);
    expect(after.gut + after.central).toBeLessThan(afterDose.gut);
    expect(after.metabolite).toBeGreaterThan(0);
    const mostEverFormed =
      afterDose.gut * (amitriptyline.metaboliteFraction + amitriptyline.firstPassMetabolite);
    expect(after.metabolite).toBeLessThan(mostEverFormed);
  });

  it('halves the central amount in one half-life once absorption is over', () => {
    const p = propagator(ratesOf(duloxetine), 13.5);
    expect(p.centralKeep).toBeCloseTo(0.5, 12);
  });
});

describe('plasmaNgPerMl', () => {
  it('reads 1 mg in 1 L as 1000 ng/mL (mg/L = ug/mL = 1000 ng/mL)', () => {
    expect(plasmaNgPerMl(1, 1)).toBe(1000);
  });

  it('is proportional to the amount and inversely proportional to the volume', () => {
    expect(plasmaNgPerMl(60, 1640)).toBeCloseTo((60 / 1640) * 1000, 12);
    expect(plasmaNgPerMl(120, 1640)).toBeCloseTo(2 * plasmaNgPerMl(60, 1640), 12);
    expect(plasmaNgPerMl(60, 3280)).toBeCloseTo(plasmaNgPerMl(60, 1640) / 2, 12);
    expect(plasmaNgPerMl(0, 1120)).toBe(0);
  });
});
