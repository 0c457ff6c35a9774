// Which signal each edge of the stage carries and which simulated series sets its rate. The
// edges come from data/pathways.json; this file only decides how each is drawn:
// - the pain signal (ascending) follows the sending node: nociceptor, projection neuron, thalamus;
// - the brain's commands to the PAG, and the PAG's to the RVM and LC, follow the PAG; the
//   OFF-cells' own brake on the dorsal horn (GABA/glycine) follows the OFF-cells;
// - serotonin (the RVM's serotonergic raphe cells, neither ON nor OFF) and noradrenaline
//   (LC/A5-A7) follow the level at the spinal synapse, which already includes release and
//   reuptake block; their brightness follows the sending cells;
// - the ON-cells' facilitation follows the ON-cells.
// Opioids act where they are released (RVM ON-cells, dorsal horn), so they circle those nodes.
import { pathways } from '../../data/catalog.ts';
import type { Pathway } from '../../data/schema.ts';
import type { SeriesId } from '../../model/series.ts';
import { STAGE_NODE_ORDER } from './layout.ts';
import type { ParticleKind } from '../shared/shapes.ts';
import { staticMarkerCount } from '../shared/particles.ts';

export { staticMarkerCount };

export type EdgeEnd = 'excites' | 'inhibits';

export interface StageEdge {
  key: string;
  from: string;
  to: string;
  pathway: Pathway;
  /** The particle shape; null for an edge drawn without particles (the short local one). */
  kind: ParticleKind | null;
  /** The colour of the line when there are no particles. */
  lineColour: string;
  end: EdgeEnd;
  /** The series whose value (1 = untreated) sets the particle rate and the line's thickness. */
  rateSeries: SeriesId;
  /** The series whose value sets the particles' brightness. */
  brightnessSeries: SeriesId;
}

export interface OpioidCloud {
  key: string;
  node: string;
  kind: 'opioidMuDelta' | 'opioidKappa';
  series: SeriesId;
}

/** Particles per second at the untreated level (a display scale; the ratio is the model's). */
export const BASE_RATE_PER_SECOND: Readonly<Record<ParticleKind, number>> = {
  ascending: 1.3,
  command: 0.8,
  serotonin: 0.9,
  noradrenaline: 0.9,
  facilitation: 0.7,
  opioidMuDelta: 0,
  opioidKappa: 0,
};

const onStage = new Set<string>(STAGE_NODE_ORDER);

function kindOf(p: Pathway): ParticleKind | null {
  if (p.kind === 'local') return null;
  if (p.transmitter === '5-HT') return 'serotonin';
  if (p.transmitter === 'NE') return 'noradrenaline';
  if (p.kind === 'ascending') return 'ascending';
  if (p.kind === 'descending-facilitatory') return 'facilitation';
  return 'command';
}

/**
 * The effect on the receiving cell. The data's kind names the system (the PAG's outputs belong to
 * the inhibitory, pain-relieving system) but the model (src/model/circuit/circuit.ts) has the PAG
 * quieten ON-cells while it switches on OFF-cells and the LC, so the arrowheads follow the model.
 */
function endOf(p: Pathway): EdgeEnd {
  if (p.kind === 'local') return 'inhibits';
  if (p.from === 'pag') return p.to === 'rvm-on' ? 'inhibits' : 'excites';
  return p.kind === 'descending-inhibitory' ? 'inhibits' : 'excites';
}

function rateSeriesOf(p: Pathway, kind: ParticleKind | null): SeriesId {
  if (kind === 'serotonin') return 'synapse.serotonin';
  if (kind === 'noradrenaline') return 'synapse.noradrenaline';
  if (kind === 'command') return p.from === 'pag' || p.to === 'pag' ? 'node.pag' : `node.${p.from}`;
  return `node.${p.from}`;
}

const LINE_COLOUR: Readonly<Record<ParticleKind, string>> = {
  ascending: 'var(--ascending)',
  command: 'var(--top-down-ink)',
  serotonin: 'var(--serotonin)',
  noradrenaline: 'var(--noradrenaline)',
  facilitation: 'var(--ascending-ink)',
  opioidMuDelta: 'var(--opioid)',
  opioidKappa: 'var(--opioid)',
};

/** The stage's edges: every pathway between two stage nodes except the network links. */
export const STAGE_EDGES: readonly StageEdge[] = pathways
  .filter((p) => p.kind !== 'network' && onStage.has(p.from) && onStage.has(p.to))
  .map((p) => {
    const kind = kindOf(p);
    return {
      key: `${p.from}>${p.to}`,
      from: p.from,
      to: p.to,
      pathway: p,
      kind,
      lineColour: kind === null ? 'var(--ink-muted)' : LINE_COLOUR[kind],
      end: endOf(p),
      rateSeries: rateSeriesOf(p, kind),
      brightnessSeries:
        kind === 'serotonin' || kind === 'noradrenaline' ? `node.${p.from}` : rateSeriesOf(p, kind),
    };
  });

/** Edges that carry particles, in a fixed order (the particle pool is laid out by it). */
export const PARTICLE_EDGES: readonly StageEdge[] = STAGE_EDGES.filter((e) => e.kind !== null);

/** Opioids: mu/delta at the RVM ON-cells (the cells opioids act on directly) and the dorsal horn; kappa (dynorphin) in the dorsal horn. */
export const OPIOID_CLOUDS: readonly OpioidCloud[] = [
  { key: 'rvm-on:mu', node: 'rvm-on', kind: 'opioidMuDelta', series: 'opioid.muDelta' },
  { key: 'dh:mu', node: 'dh-projection', kind: 'opioidMuDelta', series: 'opioid.muDelta' },
  { key: 'dh:kappa', node: 'dh-projection', kind: 'opioidKappa', series: 'opioid.kappa' },
];

/** Triangles around a node at most (when release saturates). */
export const CLOUD_SLOTS = 8;

/**
 * How many triangles circle a node: the model's own saturating opioid effect
 * (release / (release + half-release), src/model/circuit/circuit.ts) times the ring's capacity.
 */
export function opioidCount(release: number, halfRelease: number): number {
  if (!(release > 0)) return 0;
  return Math.round((CLOUD_SLOTS * release) / (release + halfRelease));
}

/** Line thickness in screen pixels for a signal at `level` (1 = untreated). */
export function lineWidthPx(level: number): number {
  const clamped = Number.isFinite(level) ? Math.min(Math.max(level, 0), 4) : 1;
  return 1 + 1.4 * clamped;
}

/** Particle opacity for a brightness level (1 = untreated): dimmer when quieter, never invisible. */
export function brightness(level: number): number {
  const clamped = Number.isFinite(level) ? Math.min(Math.max(level, 0), 2) : 1;
  return 0.5 + 0.25 * clamped;
}
