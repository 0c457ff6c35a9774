// The output arrays of a trajectory, resolved once per run so that recording a time point does
// no name lookups (simulate.ts fills them).
import type { ModelContext } from './context.ts';
import type { SeriesId } from './series.ts';

/** The output arrays resolved once per run, so recording a time point does no name lookups. */
export interface Columns {
  plasma: Float64Array[];
  occupancy: Float64Array[];
  nodes: Float64Array[];
  muDelta: Float64Array;
  kappa: Float64Array;
  serotonin: Float64Array;
  noradrenaline: Float64Array;
  inhibition: Float64Array;
  desensitisation: Float64Array;
  sensitisation: Float64Array;
  acupuncture: Float64Array;
  placebo: Float64Array;
  cyp2d6: Float64Array;
  analgesia: Float64Array;
  painNrs: Float64Array;
  dmnCoherence: Float64Array;
  dmnInsula: Float64Array;
  salience: Float64Array;
  pagPrefrontal: Float64Array;
  networkAcupuncture: Float64Array;
  nausea: Float64Array;
  discontinuation: Float64Array;
  serotoninToxicity: Float64Array;
  anticholinergic: Float64Array;
}

export function resolveColumns(ctx: ModelContext, series: Record<SeriesId, Float64Array>): Columns {
  return {
    plasma: ctx.drugOrder.map((id) => series[`plasma.${id}`]),
    occupancy: ctx.targets.map((t) => series[`occupancy.${t.target}`]),
    nodes: ctx.nodeReaders.map((n) => series[n.seriesId]!),
    muDelta: series['opioid.muDelta'],
    kappa: series['opioid.kappa'],
    serotonin: series['synapse.serotonin'],
    noradrenaline: series['synapse.noradrenaline'],
    inhibition: series['spinal.inhibition'],
    desensitisation: series['adaptation.desensitisation'],
    sensitisation: series['adaptation.sensitisation'],
    acupuncture: series['acupuncture.response'],
    placebo: series['placebo.expectation'],
    cyp2d6: series['cyp2d6.activity'],
    analgesia: series.analgesia,
    painNrs: series['pain.nrs'],
    dmnCoherence: series['network.dmnCoherence'],
    dmnInsula: series['network.dmnInsula'],
    salience: series['network.salience'],
    pagPrefrontal: series['network.pagPrefrontal'],
    networkAcupuncture: series['network.acupuncture'],
    nausea: series['risk.nausea'],
    discontinuation: series['risk.discontinuation'],
    serotoninToxicity: series['risk.serotoninToxicity'],
    anticholinergic: series['risk.anticholinergic'],
  };
}
