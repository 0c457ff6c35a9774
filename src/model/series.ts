// The names of every series a trajectory carries (a contract the command line documents).
import type { DrugId, TargetId } from '../data/schema.ts';
import type { ModelContext } from './context.ts';

export type SeriesId =
  | `plasma.${DrugId}`
  | `occupancy.${TargetId}`
  | `node.${string}`
  | 'opioid.muDelta'
  | 'opioid.kappa'
  | 'synapse.serotonin'
  | 'synapse.noradrenaline'
  | 'spinal.inhibition'
  | 'adaptation.desensitisation'
  | 'adaptation.sensitisation'
  | 'acupuncture.response'
  | 'placebo.expectation'
  | 'cyp2d6.activity'
  | 'analgesia'
  | 'pain.nrs'
  | 'network.dmnCoherence'
  | 'network.dmnInsula'
  | 'network.salience'
  | 'network.pagPrefrontal'
  | 'network.acupuncture'
  | 'risk.nausea'
  | 'risk.discontinuation'
  | 'risk.serotoninToxicity'
  | 'risk.anticholinergic';

const FIXED: readonly SeriesId[] = [
  'opioid.muDelta',
  'opioid.kappa',
  'synapse.serotonin',
  'synapse.noradrenaline',
  'spinal.inhibition',
  'adaptation.desensitisation',
  'adaptation.sensitisation',
  'acupuncture.response',
  'placebo.expectation',
  'cyp2d6.activity',
  'analgesia',
  'pain.nrs',
  'network.dmnCoherence',
  'network.dmnInsula',
  'network.salience',
  'network.pagPrefrontal',
  'network.acupuncture',
  'risk.nausea',
  'risk.discontinuation',
  'risk.serotoninToxicity',
  'risk.anticholinergic',
];

/** Every series id, in output order: plasma, occupancy, the fixed ids, then one per region. */
export function SERIES_IDS(ctx: ModelContext): SeriesId[] {
  return [
    ...ctx.drugOrder.map((id) => `plasma.${id}` as const),
    ...ctx.targets.map((t) => `occupancy.${t.target}` as const),
    ...FIXED,
    ...ctx.nodeReaders.map((n) => n.seriesId),
  ];
}
