// Pharmacokinetics: first-order absorption from the gut, one central compartment, first-order
// elimination, and for amitriptyline the formation of nortriptyline (on the first pass through
// the liver and from the circulation). The system is linear over a step, so each step is
// propagated exactly (no integration error, whatever the step length).
import type { Drug, DrugId } from '../../data/schema.ts';

export interface PkParams {
  drug: DrugId;
  absorptionRatePerHour: number;
  /** Elimination rate of a normal adult with full CYP2D6 activity. */
  eliminationRatePerHour: number;
  /** Litres of plasma-equivalent volume the absorbed amount spreads into. */
  volumeL: number;
  /** Fraction of an oral dose that reaches the central compartment (1 when V is apparent). */
  bioavailabilityUsed: number;
  /** Share of the elimination that runs through CYP2D6 (0 when not modelled). */
  cyp2d6Share: number;
  /** For a parent drug: the share of its normal elimination that forms its metabolite. */
  metaboliteFraction: number;
  /** For a parent drug: metabolite formed on the first pass, per mg that reaches the blood. */
  firstPassMetabolite: number;
}

/** Solves Tmax = ln(ka/ke)/(ka-ke) for the absorption rate ka > ke (bisection on a monotone map). */
export function absorptionRateForTmax(tmaxHours: number, eliminationRatePerHour: number): number {
  const ke = eliminationRatePerHour;
  const tmaxOf = (ka: number) => Math.log(ka / ke) / (ka - ke);
  let low = ke * 1.000001;
  let high = 50;
  if (tmaxOf(high) > tmaxHours) return high;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    // Tmax falls as ka rises: a too-late peak needs faster absorption.
    if (tmaxOf(mid) > tmaxHours) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Derives the rate constants a drug's data imply, for a reference body weight. */
export function pkParamsOf(drug: Drug, bodyWeightKg: number): PkParams {
  const { pk } = drug;
  const eliminationRatePerHour = Math.LN2 / pk.halfLifeHours.value;
  const volumeL =
    pk.volumeOfDistributionL.unit === 'L/kg'
      ? pk.volumeOfDistributionL.value * bodyWeightKg
      : pk.volumeOfDistributionL.value;
  let absorptionRatePerHour = pk.absorptionRatePerHour?.value ?? 0;
  if (absorptionRatePerHour === 0 && pk.tmaxHours !== undefined)
    absorptionRatePerHour = absorptionRateForTmax(pk.tmaxHours.value, eliminationRatePerHour);
  const bioavailabilityUsed = pk.volumeIsApparent ? 1 : pk.bioavailability.value;
  // Of each dose, `fractionOfDose` becomes the metabolite: `firstPassShare` of it on the way in,
  // the rest from the parent in the circulation (a share of what reaches the blood).
  const metabolite = pk.metabolite;
  const ofDose = metabolite?.fractionOfDose.value ?? 0;
  const firstPass = ofDose * (metabolite?.firstPassShare.value ?? 0);
  return {
    drug: drug.id,
    absorptionRatePerHour,
    eliminationRatePerHour,
    volumeL,
    bioavailabilityUsed,
    cyp2d6Share: pk.cyp2d6Share?.value ?? 0,
    metaboliteFraction: (ofDose - firstPass) / bioavailabilityUsed,
    firstPassMetabolite: firstPass / bioavailabilityUsed,
  };
}

/** The rate constants (per hour) of one parent -> metabolite chain over a step. */
export interface ChainRates {
  /** Absorption from the gut. */
  ka: number;
  /** The parent's elimination (all routes). */
  ke: number;
  /** Formation of the metabolite from the parent in the circulation (part of ke). */
  kForm: number;
  /** Formation of the metabolite from the gut on the first pass (per mg in the gut). */
  kFirstPass: number;
  /** The metabolite's elimination. */
  km: number;
}

/**
 * The exact propagators of the gut -> central -> metabolite chain over one step of `dtHours`.
 * Amounts are in mg; the metabolite is counted in mg of parent equivalents (the small molar-mass
 * difference is folded into its fraction formed).
 */
export interface Propagator {
  gutKeep: number;
  centralFromGut: number;
  centralKeep: number;
  metaboliteFromGut: number;
  metaboliteFromCentral: number;
  metaboliteKeep: number;
}

/**
 * (e^(-r s) - e^(-k s)) / (k - r), from the two decays already taken: what a unit input decaying
 * at r leaves after s in a pool emptying at k.
 */
const transfer = (decayR: number, decayK: number, r: number, k: number) =>
  (decayR - decayK) / (k - r);

/** A propagator with every entry 0, to be filled by propagatorInto. */
export const emptyPropagator = (): Propagator => ({
  gutKeep: 0,
  centralFromGut: 0,
  centralKeep: 0,
  metaboliteFromGut: 0,
  metaboliteFromCentral: 0,
  metaboliteKeep: 0,
});

/** The chain's exact propagator over dtHours, written into `out` (no allocation). */
export function propagatorInto(rates: ChainRates, dtHours: number, out: Propagator): Propagator {
  const { ka, ke, kForm, kFirstPass, km } = rates;
  const ea = Math.exp(-ka * dtHours);
  const ee = Math.exp(-ke * dtHours);
  const em = Math.exp(-km * dtHours);
  const gutToCentral = ka / (ke - ka);
  let metaboliteFromCentral = 0;
  let metaboliteFromGut = 0;
  if (kForm > 0 || kFirstPass > 0) {
    const fromGut = transfer(ea, em, ka, km);
    const fromCentral = transfer(ee, em, ke, km);
    metaboliteFromCentral = kForm * fromCentral;
    metaboliteFromGut = kForm * gutToCentral * (fromGut - fromCentral) + kFirstPass * fromGut;
  }
  out.gutKeep = ea;
  out.centralFromGut = gutToCentral * (ea - ee);
  out.centralKeep = ee;
  out.metaboliteFromGut = metaboliteFromGut;
  out.metaboliteFromCentral = metaboliteFromCentral;
  out.metaboliteKeep = em;
  return out;
}

/** The chain's exact propagator over dtHours (rates constant within the step; ke != ka). */
export function propagator(rates: ChainRates, dtHours: number): Propagator {
  return propagatorInto(rates, dtHours, emptyPropagator());
}

/** ng/mL in one mg/L. */
export const NG_PER_ML_PER_MG_PER_L = 1000;

/** Converts an amount in a volume to a plasma concentration: mg / L = 1000 ng/mL. */
export function plasmaNgPerMl(amountMg: number, volumeL: number): number {
  return (amountMg / volumeL) * NG_PER_ML_PER_MG_PER_L;
}

/**
 * One exponential's contribution to the effect site over a step: the exact solution of
 * dCe/dt = k0 (Cp - Ce) when Cp(s) = c e^(-r s). `keepRate` is e^(-r dt), `keepSite` e^(-k0 dt).
 */
export function effectSiteTerm(
  c: number,
  rate: number,
  keepRate: number,
  k0: number,
  keepSite: number,
  dtHours: number,
): number {
  const gap = k0 - rate;
  if (Math.abs(gap) < 1e-9) return c * k0 * dtHours * keepSite;
  return (c * k0 * (keepRate - keepSite)) / gap;
}
