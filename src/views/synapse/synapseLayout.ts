// Where everything sits in the synapse close-up, in a tall arrangement (phones, narrow columns)
// and a wide one: the serotonin and noradrenaline endings at the top with their transporters
// round their lower edge, the gap (cleft) below them, and the pain neuron's membrane with its
// receptors at the bottom, its cell body and its axon carrying spikes towards the brain.
import { curveTrack, type Track } from '../shared/tracks.ts';
import type { ReceptorSegment } from './receptors.ts';
import { seededUniform } from '../../model/random.ts';

export type Transmitter = 'serotonin' | 'noradrenaline';
export const TRANSPORTERS_PER_ENDING = 10;

export interface Ending {
  transmitter: Transmitter;
  /** The ending's outline: straight sides from the top, a half-ellipse at the bottom. */
  d: string;
  cx: number;
  rx: number;
  ry: number;
  /** y of the half-ellipse's centre (where the sides stop). */
  shoulderY: number;
  bottomY: number;
  transporters: { x: number; y: number; angle: number }[];
  vesicles: { x: number; y: number }[];
  /** Where transmitter leaves the ending. */
  release: { x: number; y: number }[];
  titleY: number;
  blockedY: number;
}

export interface SynapseLayout {
  id: 'tall' | 'wide';
  width: number;
  height: number;
  endings: Record<Transmitter, Ending>;
  cleft: { top: number; bottom: number };
  membraneY: number;
  receptors: readonly ReceptorSegment[];
  /** Space between receptor groups, in receptor spacings. */
  groupGapSteps: number;
  /** Receptor group labels alternate between two rows when space is short. */
  staggerLabels: boolean;
  soma: { x: number; y: number; r: number };
  axon: Track;
  firingLabel: { x: number; y: number; anchor: 'start' | 'end' };
  axonLabel: { x: number; y: number };
  /** Size of transporters, receptors and particles, in viewBox units. */
  glyph: number;
}

function ending(
  transmitter: Transmitter,
  cx: number,
  rx: number,
  ry: number,
  bottomY: number,
  titleY: number,
  blockedY: number,
  vesicleRows: readonly number[],
): Ending {
  const shoulderY = bottomY - ry;
  const transporters = Array.from({ length: TRANSPORTERS_PER_ENDING }, (_, k) => {
    // From the right shoulder round the bottom to the left, avoiding the very sides.
    const theta = ((30 + (120 * k) / (TRANSPORTERS_PER_ENDING - 1)) * Math.PI) / 180;
    const normal = Math.atan2(Math.sin(theta) / ry, Math.cos(theta) / rx);
    return {
      x: cx + rx * Math.cos(theta),
      y: shoulderY + ry * Math.sin(theta),
      angle: (normal * 180) / Math.PI - 90,
    };
  });
  const vesicles = vesicleRows.flatMap((y, row) =>
    [-0.5, 0, 0.5].map((offset) => ({ x: cx + offset * rx + (row % 2) * rx * 0.18, y })),
  );
  const release = [-0.18, 0.18].map((offset) => ({
    x: cx + offset * rx,
    y: shoulderY + ry * Math.sqrt(1 - offset * offset) + 4,
  }));
  return {
    transmitter,
    d: `M${cx - rx} -2V${shoulderY}A${rx} ${ry} 0 0 0 ${cx + rx} ${shoulderY}V-2Z`,
    cx,
    rx,
    ry,
    shoulderY,
    bottomY,
    transporters,
    vesicles,
    release,
    titleY,
    blockedY,
  };
}

const WIDE: SynapseLayout = {
  id: 'wide',
  width: 900,
  height: 560,
  endings: {
    serotonin: ending('serotonin', 225, 185, 95, 215, 28, 72, [124, 154]),
    noradrenaline: ending('noradrenaline', 675, 185, 95, 215, 28, 72, [124, 154]),
  },
  cleft: { top: 224, bottom: 326 },
  membraneY: 344,
  receptors: [
    {
      shape: 'line',
      groups: ['ht-inhibitory', 'ht3', 'mu-delta', 'kappa', 'alpha2'],
      fromX: 20,
      toX: 880,
      y: 344,
    },
  ],
  groupGapSteps: 1.6,
  staggerLabels: false,
  soma: { x: 150, y: 470, r: 62 },
  axon: curveTrack(212, 486, 880, 486, 0, 0, 0),
  firingLabel: { x: 222, y: 460, anchor: 'start' },
  axonLabel: { x: 880, y: 522 },
  glyph: 10,
};

const TALL: SynapseLayout = {
  id: 'tall',
  width: 360,
  height: 556,
  endings: {
    serotonin: ending('serotonin', 92, 86, 62, 212, 22, 96, [62]),
    noradrenaline: ending('noradrenaline', 268, 86, 62, 212, 22, 96, [62]),
  },
  cleft: { top: 220, bottom: 300 },
  membraneY: 314,
  receptors: [
    { shape: 'line', groups: ['ht-inhibitory', 'ht3'], fromX: 6, toX: 178, y: 314 },
    { shape: 'line', groups: ['alpha2'], fromX: 182, toX: 354, y: 314 },
    {
      shape: 'arc',
      groups: ['mu-delta'],
      cx: 180,
      cy: 452,
      r: 56,
      fromDegrees: 150,
      toDegrees: 230,
    },
    { shape: 'arc', groups: ['kappa'], cx: 180, cy: 452, r: 56, fromDegrees: 310, toDegrees: 390 },
  ],
  groupGapSteps: 1.2,
  staggerLabels: true,
  soma: { x: 180, y: 452, r: 56 },
  axon: curveTrack(212, 500, 352, 500, 0, 0, 0),
  firingLabel: { x: 352, y: 528, anchor: 'end' },
  axonLabel: { x: 352, y: 547 },
  glyph: 7,
};

export const SYNAPSE_WIDE_FROM_PX = 560;

export function synapseLayoutFor(widthPx: number): SynapseLayout {
  return widthPx >= SYNAPSE_WIDE_FROM_PX ? WIDE : TALL;
}

/** Which transporters fill first (rank per transporter): a fixed, scattered order from a seed. */
export function fillOrder(seed: number): number[] {
  const random = seededUniform(seed);
  const order = Array.from({ length: TRANSPORTERS_PER_ENDING }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const rank = new Array<number>(order.length);
  order.forEach((slot, position) => (rank[slot] = position));
  return rank;
}
