// The pain-modulation circuit as a rate model: top-down PFC/rACC/amygdala -> PAG -> RVM ON/OFF
// and LC/A5-A7 -> dorsal horn gain -> projection neurons -> thalamus -> S1/S2, insula, ACC.
//
// Teaching simplification: every node is a firing rate relative to its untreated level, and the
// fast circuit settles instantly (milliseconds to seconds) compared with the minutes of a session
// and the weeks of a course, so it is evaluated algebraically at each time. The slow processes
// (autoreceptor desensitisation, central sensitisation) are state variables updated by simulate().
// The seconds-to-minutes alternation of ON- and OFF-cell firing is averaged out.
import type { Condition } from '../../data/schema.ts';
import { readParams } from '../params.ts';

export const CIRCUIT_PARAMS = [
  'topDownExpectationGain',
  'expectationOpioidGain',
  'pagTopDownWeight',
  'pagAfferentWeight',
  'pagOpioidWeight',
  'offCellPagGain',
  'offCellInhibitionWeight',
  'onCellPagSuppression',
  'onCellOpioidMaxInhibition',
  'opioidHalfRelease',
  'lcPagGain',
  'raphePagGain',
  'nonTransporterClearance',
  'autoreceptorFeedback',
  'alpha2InhibitionWeight',
  'alpha2HalfLevel',
  'serotoninInhibitoryWeight',
  'serotoninInhibitoryHalfLevel',
  'serotoninFacilitatoryWeight',
  'serotoninFacilitatoryHalfLevel',
  'muSpinalWeight',
  'kappaSpinalWeight',
  'interneuronSerotoninGain',
  'interneuronAfferentGain',
  'interneuronInhibitionWeight',
  'inhibitionCeiling',
  'inhibitionHalf',
  'inhibitionHillCoefficient',
  'onCellFacilitationWeight',
  'sodiumChannelEctopicBlock',
  'sensitisationDriveExponent',
  'nmdaAntiWindup',
  'amygdalaPainGain',
  'vmpfcAmygdalaInhibition',
  'affectiveAmygdalaWeight',
  'sensoryPainWeight',
  'dmnNeedlingDeactivation',
  'dmnReliefGain',
  'naccReliefGain',
  'hypothalamusPainGain',
] as const;
export type CircuitParams = Record<(typeof CIRCUIT_PARAMS)[number], number>;

export const CONDITION_PARAMS = [
  'painNrs',
  'sensitisation',
  'onCellFacilitation',
  'ectopicFraction',
  'networkPainLoad',
] as const;
export type ConditionParams = Record<(typeof CONDITION_PARAMS)[number], number>;

export function circuitParamsOf(record: Parameters<typeof readParams>[0]): CircuitParams {
  return readParams(record, CIRCUIT_PARAMS, 'data/model.json: circuit');
}

export function conditionParamsOf(condition: Condition): ConditionParams {
  return readParams(
    condition.baseline,
    CONDITION_PARAMS,
    `data/conditions.json: ${condition.id}.baseline`,
  );
}

/** What drives the circuit at one moment. Opioid and expectation units: 1 = one full session. */
export interface CircuitInputs {
  occSERT: number;
  occNET: number;
  occNav: number;
  occNMDA: number;
  opioidMuDelta: number;
  opioidKappa: number;
  expectation: number;
  afferent: number;
  /** Stimulation happening now (0-1): needling deactivates the DMN acutely. */
  needlingNow: number;
  /** Autoreceptor desensitisation (0 none, 1 complete) for 5-HT and NE. */
  desensitisation5ht: number;
  desensitisationNe: number;
  /** Central sensitisation as a gain multiplier (the condition's baseline at rest). */
  sensitisation: number;
}

/** The untreated inputs at rest: no drug, no needle, no expectation, no adaptation. */
export function restInputs(sensitisation: number): CircuitInputs {
  return {
    occSERT: 0,
    occNET: 0,
    occNav: 0,
    occNMDA: 0,
    opioidMuDelta: 0,
    opioidKappa: 0,
    expectation: 0,
    afferent: 0,
    needlingNow: 0,
    desensitisation5ht: 0,
    desensitisationNe: 0,
    sensitisation,
  };
}

/** Every computed quantity, before normalisation to the untreated baseline. */
export interface CircuitState {
  pfc: number;
  pag: number;
  onCell: number;
  offCell: number;
  lc: number;
  /** RVM serotonergic (raphe) cells: physiologically neutral cells, neither ON nor OFF. */
  raphe: number;
  /** Endogenous mu/delta opioid release above baseline (needling and expectation), input units. */
  endogenousMu: number;
  /** Synaptic 5-HT and NE relative to untreated: raw (before autoreceptor feedback) and net. */
  serotoninRaw: number;
  noradrenalineRaw: number;
  serotonin: number;
  noradrenaline: number;
  interneuron: number;
  nociceptor: number;
  spinalInhibition: number;
  projection: number;
  thalamus: number;
  amygdala: number;
  insula: number;
  dacc: number;
  pain: number;
  dmn: number;
  nacc: number;
  hypothalamus: number;
}

export function emptyCircuitState(): CircuitState {
  return {
    pfc: 0,
    pag: 0,
    onCell: 0,
    offCell: 0,
    lc: 0,
    raphe: 0,
    endogenousMu: 0,
    serotoninRaw: 0,
    noradrenalineRaw: 0,
    serotonin: 0,
    noradrenaline: 0,
    interneuron: 0,
    nociceptor: 0,
    spinalInhibition: 0,
    projection: 0,
    thalamus: 0,
    amygdala: 0,
    insula: 0,
    dacc: 0,
    pain: 0,
    dmn: 0,
    nacc: 0,
    hypothalamus: 0,
  };
}

const saturating = (x: number, half: number) => x / (x + half);

/** Synaptic level relative to untreated when reuptake is blocked: release / clearance. */
export function synapticLevel(release: number, occupancy: number, nonTransporter: number): number {
  return release / (nonTransporter + (1 - nonTransporter) * (1 - occupancy));
}

/**
 * Evaluates the circuit into `out` (no allocation). `relief` is 1 - pain relative to the
 * untreated baseline, passed back in from the previous evaluation for the nodes that follow
 * relief (reward, DMN) so that the fast circuit needs no inner iteration.
 */
export function evaluateCircuit(
  input: CircuitInputs,
  p: CircuitParams,
  condition: ConditionParams,
  baselinePain: number,
  out: CircuitState,
): CircuitState {
  // Top-down: expectation (any needling, sham included, or a placebo pill) engages PFC/rACC,
  // which drive the PAG; expectation also releases endogenous opioids (Eippert 2009).
  out.pfc = 1 + p.topDownExpectationGain * input.expectation;
  out.endogenousMu = input.opioidMuDelta + p.expectationOpioidGain * input.expectation;
  const muRelease = saturating(out.endogenousMu, p.opioidHalfRelease);
  const kappaRelease = saturating(input.opioidKappa, p.opioidHalfRelease);
  out.pag =
    1 +
    p.pagTopDownWeight * (out.pfc - 1) +
    p.pagAfferentWeight * input.afferent +
    p.pagOpioidWeight * muRelease;
  const pagExcess = out.pag - 1;

  // RVM: the PAG disinhibits OFF-cells and quietens ON-cells; mu opioids act on ON-cells directly.
  out.offCell = 1 + p.offCellPagGain * pagExcess;
  out.onCell =
    Math.max(0, 1 - p.onCellPagSuppression * pagExcess) *
    (1 - p.onCellOpioidMaxInhibition * muRelease);
  out.lc = 1 + p.lcPagGain * pagExcess;

  // Synapse: release from the RVM's serotonergic (raphe) cells, which are neither ON- nor
  // OFF-cells (Potrebic 1994; Gao & Mason 2000), and from LC/A5-A7 (NE); reuptake blocked by
  // occupancy. Autoreceptor feedback damps the rise until the autoreceptors desensitise.
  out.raphe = 1 + p.raphePagGain * pagExcess;
  out.serotoninRaw = synapticLevel(out.raphe, input.occSERT, p.nonTransporterClearance);
  out.noradrenalineRaw = synapticLevel(out.lc, input.occNET, p.nonTransporterClearance);
  out.serotonin = out.serotoninRaw ** (1 - p.autoreceptorFeedback * (1 - input.desensitisation5ht));
  out.noradrenaline =
    out.noradrenalineRaw ** (1 - p.autoreceptorFeedback * (1 - input.desensitisationNe));

  // Dorsal horn: inhibitory interneurons (5-HT, segmental needle input).
  out.interneuron =
    1 +
    p.interneuronSerotoninGain *
      (saturating(out.serotonin, p.serotoninInhibitoryHalfLevel) -
        saturating(1, p.serotoninInhibitoryHalfLevel)) +
    p.interneuronAfferentGain * input.afferent;

  // Spinal inhibition above the untreated tone: OFF-cell output (GABA/glycine), alpha-2A (NE),
  // mixed 5-HT (1B/1D/7 inhibit, 5-HT3 facilitates), mu/delta and kappa opioids, and the
  // interneurons.
  const alpha2 =
    saturating(out.noradrenaline, p.alpha2HalfLevel) - saturating(1, p.alpha2HalfLevel);
  const serotoninNet =
    p.serotoninInhibitoryWeight *
      (saturating(out.serotonin, p.serotoninInhibitoryHalfLevel) -
        saturating(1, p.serotoninInhibitoryHalfLevel)) -
    p.serotoninFacilitatoryWeight *
      (saturating(out.serotonin, p.serotoninFacilitatoryHalfLevel) -
        saturating(1, p.serotoninFacilitatoryHalfLevel));
  const inhibitionDrive =
    p.offCellInhibitionWeight * (out.offCell - 1) +
    p.alpha2InhibitionWeight * alpha2 +
    serotoninNet +
    p.muSpinalWeight * muRelease +
    p.kappaSpinalWeight * kappaRelease +
    p.interneuronInhibitionWeight * (out.interneuron - 1);
  // Sigmoid with a ceiling: small changes in descending drive barely move the dorsal horn, and
  // it cannot be shut down completely (the clinical plateau of duloxetine above 60 mg).
  const powered = inhibitionDrive > 0 ? inhibitionDrive ** p.inhibitionHillCoefficient : 0;
  out.spinalInhibition =
    (p.inhibitionCeiling * powered) / (powered + p.inhibitionHalf ** p.inhibitionHillCoefficient) +
    Math.min(0, inhibitionDrive);

  // Input: Na+ channel block quietens the ectopic (neuropathic) part of nociceptor firing.
  out.nociceptor = 1 - condition.ectopicFraction * p.sodiumChannelEctopicBlock * input.occNav;

  // Projection neuron: input x ON-cell facilitation x sensitisation / descending inhibition.
  const onFacilitation =
    1 + p.onCellFacilitationWeight * condition.onCellFacilitation * (out.onCell - 1);
  out.projection =
    (out.nociceptor * Math.max(0, onFacilitation) * input.sensitisation) /
    (1 + out.spinalInhibition);

  // Ascending relay and cortical appraisal.
  out.thalamus = out.projection;
  out.amygdala =
    1 + p.amygdalaPainGain * (out.projection - 1) - p.vmpfcAmygdalaInhibition * (out.pfc - 1);
  const affective =
    (1 - p.affectiveAmygdalaWeight) * out.thalamus + p.affectiveAmygdalaWeight * out.amygdala;
  out.insula = affective;
  out.dacc = affective;
  out.pain = p.sensoryPainWeight * out.thalamus + (1 - p.sensoryPainWeight) * affective;

  const relief = baselinePain > 0 ? Math.max(0, 1 - out.pain / baselinePain) : 0;
  out.dmn = 1 - p.dmnNeedlingDeactivation * input.needlingNow + p.dmnReliefGain * relief;
  out.nacc = 1 + p.naccReliefGain * relief;
  out.hypothalamus = 1 + p.hypothalamusPainGain * (out.pain / (baselinePain || 1) - 1);
  return out;
}
