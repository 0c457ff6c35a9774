// What the 3D scene shows at one moment, read from the simulation: each region's relative
// activity and simulated BOLD change, each pathway's flow rate, and each network link's
// connectivity. Pure: takes a series reader (app.valueNow in the app) so tests can feed values.
import type { ConditionId, Pathway, Region } from '../../data/schema.ts';
import { modelContext } from '../../model/context.ts';
import {
  connectivityMatrix,
  driversFromSeries,
  NETWORK_NODES,
  type NetworkNode,
} from '../../model/network/network.ts';
import type { SeriesId } from '../../model/series.ts';
import { steadyStateBoldPercent } from './steadyBold.ts';

export type SeriesReader = (id: SeriesId) => number;

export interface SceneValues {
  nodeLevels: Record<string, number>;
  boldPercent: Record<string, number>;
  pathwayRates: Record<string, number>;
  linkStrengths: Record<string, number>;
}

/**
 * A pathway's particle rate (1 = untreated): what travels along it. Serotonin and noradrenaline
 * pathways carry the transmitter level at the dorsal horn (which reuptake blockers raise); every
 * other pathway carries its source region's activity.
 */
export function pathwayRate(pathway: Pathway, read: SeriesReader): number {
  if (pathway.transmitter === '5-HT' && pathway.kind === 'descending-inhibitory')
    return read('synapse.serotonin');
  if (pathway.transmitter === 'NE') return read('synapse.noradrenaline');
  return read(`node.${pathway.from}`);
}

const networkIndex = (id: string) => NETWORK_NODES.indexOf(id as NetworkNode);

/** The scene's values at the reader's moment, for the given condition. */
export function sceneValues(
  read: SeriesReader,
  condition: ConditionId,
  regions: readonly Region[],
  pathways: readonly Pathway[],
): SceneValues {
  const ctx = modelContext();
  const nodeLevels: Record<string, number> = {};
  const boldPercent: Record<string, number> = {};
  for (const region of regions) {
    const level = read(`node.${region.id}`);
    nodeLevels[region.id] = level;
    boldPercent[region.id] = steadyStateBoldPercent(level, ctx.haemodynamics);
  }
  const pathwayRates: Record<string, number> = {};
  const linkStrengths: Record<string, number> = {};
  const links = pathways.filter((p) => p.kind === 'network');
  for (const pathway of pathways)
    if (pathway.kind !== 'network') pathwayRates[pathway.id] = pathwayRate(pathway, read);
  if (links.length > 0) {
    const drivers = driversFromSeries(
      ctx.conditionParams(condition).networkPainLoad,
      read('analgesia'),
      read('node.pag'),
      read('network.acupuncture'),
    );
    const matrix = connectivityMatrix(ctx.network, drivers);
    const n = NETWORK_NODES.length;
    for (const link of links) {
      const i = networkIndex(link.from);
      const j = networkIndex(link.to);
      linkStrengths[link.id] = i < 0 || j < 0 ? 0 : matrix[i * n + j]!;
    }
  }
  return { nodeLevels, boldPercent, pathwayRates, linkStrengths };
}
