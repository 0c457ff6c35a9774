// The risk signals (0-1) recorded beside the pain outcome. Each is a teaching signal scaled to a
// reported figure or defined from the simulated occupancy, not a probability for any person.

/** The outcome parameters (data/model.json: outcomes). */
export interface RiskParams {
  nauseaExcessRisk: number;
  nauseaReferenceRise: number;
  discontinuationRiskPerMismatch: number;
  serotoninToxicityPerPair: number;
}

const clampToUnit = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Duloxetine's early nausea: the rise in its SERT block that the body has not yet got used to,
 * scaled so starting 60 mg gives the excess reported in trials (29.3% vs 11.4% on placebo).
 */
export function nauseaSignal(p: RiskParams, duloxetineSert: number, adapted: number): number {
  return clampToUnit(
    (p.nauseaExcessRisk * Math.max(0, duloxetineSert - adapted)) / p.nauseaReferenceRise,
  );
}

/**
 * Discontinuation: autoreceptors still desensitised for a synaptic level that has since fallen,
 * scaled so an abrupt stop after 60 mg duloxetine reaches the ~44% Perahia 2005 reported.
 */
export function discontinuationSignal(p: RiskParams, mismatch: number): number {
  return clampToUnit(p.discontinuationRiskPerMismatch * mismatch);
}

/**
 * Serotonin toxicity: every pair of serotonergic medicines taken together, weighted by how
 * strongly each blocks serotonin reuptake on its own (its SERT occupancy were it alone). One
 * medicine alone gives exactly 0; two give more at higher doses. The labels warn against these
 * combinations (SCIENCE.md s.2); the signal shows where the risk comes from, not how likely it is.
 */
export function serotoninToxicitySignal(p: RiskParams, ownSertBlock: ArrayLike<number>): number {
  let pairs = 0;
  for (let a = 0; a < ownSertBlock.length; a++)
    for (let b = a + 1; b < ownSertBlock.length; b++)
      pairs += (ownSertBlock[a] ?? 0) * (ownSertBlock[b] ?? 0);
  return clampToUnit(p.serotoninToxicityPerPair * pairs);
}

/**
 * Anticholinergic load: the muscarinic block of the free drug (dry mouth is common; the higher
 * it goes, the more constipation, urinary retention, blurred vision and, in older people,
 * confusion and falls).
 */
export function anticholinergicSignal(muscarinicOccupancy: number): number {
  return clampToUnit(muscarinicOccupancy);
}
