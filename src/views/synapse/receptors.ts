// The receptors on the pain neuron and how many of each are bound at a moment. The fraction bound
// is the model's own saturating term for that receptor (level / (level + half-level), with the
// half-levels from data/model.json via the model context), so the drawing shows what the
// simulation computes: 5-HT1B/1D/7 and alpha-2A calm the neuron, 5-HT3 excites it, mu/delta and
// kappa opioid receptors calm it.
import type { CircuitParams } from '../../model/circuit/circuit.ts';
import type { SeriesId } from '../../model/series.ts';

export type Ligand = 'serotonin' | 'noradrenaline' | 'opioidMuDelta' | 'opioidKappa';
export type ReceptorGroupId = 'ht-inhibitory' | 'ht3' | 'mu-delta' | 'kappa' | 'alpha2';

export interface ReceptorGroup {
  id: ReceptorGroupId;
  count: number;
  ligand: Ligand;
  effect: 'calms' | 'excites';
  series: SeriesId;
  halfLevel: (p: CircuitParams) => number;
}

/** Left to right: under the serotonin ending, the middle, under the noradrenaline ending. */
export const RECEPTOR_GROUPS: readonly ReceptorGroup[] = [
  {
    id: 'ht-inhibitory',
    count: 4,
    ligand: 'serotonin',
    effect: 'calms',
    series: 'synapse.serotonin',
    halfLevel: (p) => p.serotoninInhibitoryHalfLevel,
  },
  {
    id: 'ht3',
    count: 2,
    ligand: 'serotonin',
    effect: 'excites',
    series: 'synapse.serotonin',
    halfLevel: (p) => p.serotoninFacilitatoryHalfLevel,
  },
  {
    id: 'mu-delta',
    count: 3,
    ligand: 'opioidMuDelta',
    effect: 'calms',
    series: 'opioid.muDelta',
    halfLevel: (p) => p.opioidHalfRelease,
  },
  {
    id: 'kappa',
    count: 3,
    ligand: 'opioidKappa',
    effect: 'calms',
    series: 'opioid.kappa',
    halfLevel: (p) => p.opioidHalfRelease,
  },
  {
    id: 'alpha2',
    count: 6,
    ligand: 'noradrenaline',
    effect: 'calms',
    series: 'synapse.noradrenaline',
    halfLevel: (p) => p.alpha2HalfLevel,
  },
];

/** How many of `count` receptors are bound at `level` with the given half-level. */
export function boundCount(count: number, level: number, halfLevel: number): number {
  if (!(level > 0)) return 0;
  return Math.round((count * level) / (level + halfLevel));
}

export interface PlacedReceptor {
  group: ReceptorGroup;
  index: number;
  x: number;
  y: number;
  /** Rotation in degrees: 0 opens upwards. */
  angle: number;
}

export interface GroupLabel {
  id: ReceptorGroupId;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Row under a straight membrane (labels alternate rows when space is short). */
  row: number;
}

/** A stretch of membrane carrying some receptor groups: straight, or an arc round the cell body. */
export type ReceptorSegment =
  | { shape: 'line'; groups: readonly ReceptorGroupId[]; fromX: number; toX: number; y: number }
  | {
      shape: 'arc';
      groups: readonly ReceptorGroupId[];
      cx: number;
      cy: number;
      r: number;
      fromDegrees: number;
      toDegrees: number;
    };

const byId = new Map(RECEPTOR_GROUPS.map((group) => [group.id, group]));

/**
 * Receptor positions along each segment, evenly spaced, with a gap of `gapSteps` spacings
 * between groups; and where each group's label goes.
 */
export function placeReceptors(
  segments: readonly ReceptorSegment[],
  gapSteps: number,
  labelOffset: number,
  stagger: boolean,
): { receptors: PlacedReceptor[]; labels: GroupLabel[] } {
  const receptors: PlacedReceptor[] = [];
  const labels: GroupLabel[] = [];
  for (const segment of segments) {
    const groups = segment.groups.map((id) => byId.get(id)!);
    const steps = groups.reduce((sum, g) => sum + g.count - 1, 0) + gapSteps * (groups.length - 1);
    let step = 0;
    groups.forEach((group, n) => {
      const first = step;
      for (let index = 0; index < group.count; index++) {
        const fraction = steps > 0 ? step / steps : 0.5;
        if (segment.shape === 'line') {
          const margin = (segment.toX - segment.fromX) * 0.04;
          const x = segment.fromX + margin + fraction * (segment.toX - segment.fromX - 2 * margin);
          receptors.push({ group, index, x, y: segment.y, angle: 0 });
        } else {
          const degrees =
            segment.fromDegrees + fraction * (segment.toDegrees - segment.fromDegrees);
          const radians = (degrees * Math.PI) / 180;
          receptors.push({
            group,
            index,
            x: segment.cx + segment.r * Math.cos(radians),
            y: segment.cy + segment.r * Math.sin(radians),
            angle: degrees + 90,
          });
        }
        if (index < group.count - 1) step += 1;
      }
      const middle = (first + step) / 2 / (steps || 1);
      if (segment.shape === 'line') {
        const margin = (segment.toX - segment.fromX) * 0.04;
        labels.push({
          id: group.id,
          x: segment.fromX + margin + middle * (segment.toX - segment.fromX - 2 * margin),
          y: segment.y + labelOffset,
          anchor: 'middle',
          row: stagger ? n % 2 : 0,
        });
      } else {
        const degrees = segment.fromDegrees + middle * (segment.toDegrees - segment.fromDegrees);
        const radians = (degrees * Math.PI) / 180;
        const reach = segment.r + labelOffset;
        const cos = Math.cos(radians);
        labels.push({
          id: group.id,
          x: segment.cx + reach * cos,
          y: segment.cy + reach * Math.sin(radians),
          anchor: cos < -0.2 ? 'end' : cos > 0.2 ? 'start' : 'middle',
          row: 0,
        });
      }
      step += gapSteps;
    });
  }
  return { receptors, labels };
}
