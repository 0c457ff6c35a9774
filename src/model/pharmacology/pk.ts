// Pharmacokinetics: first-order absorption from the gut, one central compartment, first-order
// elimination, and for amitriptyline the formation of nortriptyline. The system is linear, so
// each step is propagated exactly (no integration error, whatever the step length).
import type { Drug, DrugId } from '../../data/schema.ts';

export interface PkParams {
  drug: DrugId;
  absorptionRatePerHour: number;
  eliminationRatePerHour: number;
  /** Litres of plasma-equivalent volume the absorbed amount spreads into. */
  volumeL: number;
  /** Fraction of an oral dose that reaches the central compartment (1 when V is apparent). */
  bioavailabilityUsed: number;
  /** Fraction of the parent's elimination that forms the metabolite, if any. */
  metaboliteFraction: number;
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
export function pkParamsOf(drug: Drug, bodyWeightKg: number, metaboliteFraction = 0): PkParams {
  const { pk } = drug;
  const eliminationRatePerHour = Math.LN2 / pk.halfLifeHours.value;
  const volumeL =
    pk.volumeOfDistributionL.unit === 'L/kg'
      ? pk.volumeOfDistributionL.value * bodyWeightKg
      : pk.volumeOfDistributionL.value;
  let absorptionRatePerHour = pk.absorptionRatePerHour?.value ?? 0;
  if (absorptionRatePerHour === 0 && pk.tmaxHours !== undefined)
    absorptionRatePerHour = absorptionRateForTmax(pk.tmaxHours.value, eliminationRatePerHour);
  return {
    drug: drug.id,
    absorptionRatePerHour,
    eliminationRatePerHour,
    volumeL,
    bioavailabilityUsed: pk.volumeIsApparent ? 1 : pk.bioavailability.value,
    metaboliteFraction,
  };
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

export function propagator(
  parent: PkParams,
  metaboliteEliminationPerHour: number,
  dtHours: number,
): Propagator {
  const ka = parent.absorptionRatePerHour;
  const ke = parent.eliminationRatePerHour;
  const km = metaboliteEliminationPerHour;
  const ea = Math.exp(-ka * dtHours);
  const ee = Math.exp(-ke * dtHours);
  const em = Math.exp(-km * dtHours);
  const fm = parent.metaboliteFraction;
  const centralFromGut = (ka / (ke - ka)) * (ea - ee);
  let metaboliteFromCentral = 0;
  let metaboliteFromGut = 0;
  if (fm > 0) {
    metaboliteFromCentral = ((fm * ke) / (km - ke)) * (ee - em);
    metaboliteFromGut =
      fm *
      ke *
      ka *
      (ea / ((ke - ka) * (km - ka)) + ee / ((ka - ke) * (km - ke)) + em / ((ka - km) * (ke - km)));
  }
  return {
    gutKeep: ea,
    centralFromGut,
    centralKeep: ee,
    metaboliteFromGut,
    metaboliteFromCentral,
    metaboliteKeep: em,
  };
}

/** Converts an amount in a volume to a plasma concentration: mg / L = 1000 ng/mL. */
export function plasmaNgPerMl(amountMg: number, volumeL: number): number {
  return (amountMg / volumeL) * 1000;
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
