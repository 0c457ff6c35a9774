// Where everything sits on the stage, in two arrangements of the same schematic: a tall one for
// phones and narrow columns, a wide one for desktops and projectors. Body and spinal cord at the
// bottom, brainstem in the middle, brain on top; the ascending path on the left of the midline
// and the descending brake on the right. Coordinates are viewBox units.

export type LayoutId = 'tall' | 'medium' | 'wide';
export type LabelSide = 'above' | 'below' | 'left' | 'right';

/** The stage's nodes in tab order: body to brain, then the descending brake, then the rest. */
export const STAGE_NODE_ORDER = [
  'nociceptor',
  'dh-projection',
  'dh-interneuron',
  'thalamus',
  's1',
  's2',
  'insula',
  'dacc',
  'dlpfc',
  'vmpfc',
  'racc',
  'amygdala',
  'hypothalamus',
  'pag',
  'rvm-off',
  'rvm-on',
  'lc',
  'mpfc',
  'pcc',
  'precuneus',
  'angular',
  'nacc',
] as const;
export type StageNodeId = (typeof STAGE_NODE_ORDER)[number];

/** Resting-state (DMN) and reward regions, drawn small in their own box (the networks panel has them in full). */
export const GROUPED_NODES: ReadonlySet<string> = new Set([
  'mpfc',
  'pcc',
  'precuneus',
  'angular',
  'nacc',
]);

export interface NodePlace {
  x: number;
  y: number;
  label: LabelSide;
}

export interface Area {
  id: 'brain' | 'brainstem' | 'spinal' | 'body';
  d: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/** A treatment's mark and its label (wrapped to `labelWidth`). */
export interface EntryMark {
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  labelWidth: number;
  anchor: 'start' | 'end';
}

export interface StageLayout {
  id: LayoutId;
  width: number;
  height: number;
  nodeRadius: number;
  groupedRadius: number;
  /** Particle speed along edges, viewBox units per second. */
  speed: number;
  nodes: Readonly<Record<StageNodeId, NodePlace>>;
  /** Sideways bend of an edge ("from>to"), as a fraction of its length. */
  bends: Readonly<Record<string, number>>;
  areas: readonly Area[];
  group: { x: number; y: number; width: number; height: number; titleX: number; titleY: number };
  tract: { x: number; y: number; rotate: number };
  needles: EntryMark;
  drug: EntryMark;
}

const roundedBox = (x: number, y: number, w: number, h: number, r: number) =>
  `M${x + r} ${y}H${x + w - r}Q${x + w} ${y} ${x + w} ${y + r}V${y + h - r}Q${x + w} ${y + h} ${x + w - r} ${y + h}H${x + r}Q${x} ${y + h} ${x} ${y + h - r}V${y + r}Q${x} ${y} ${x + r} ${y}Z`;

const WIDE: StageLayout = {
  id: 'wide',
  width: 1000,
  height: 610,
  nodeRadius: 19,
  groupedRadius: 11,
  speed: 85,
  nodes: {
    nociceptor: { x: 120, y: 540, label: 'below' },
    'dh-projection': { x: 420, y: 530, label: 'below' },
    'dh-interneuron': { x: 535, y: 560, label: 'right' },
    thalamus: { x: 420, y: 262, label: 'left' },
    s1: { x: 110, y: 110, label: 'above' },
    s2: { x: 215, y: 110, label: 'above' },
    insula: { x: 320, y: 110, label: 'above' },
    dacc: { x: 425, y: 110, label: 'above' },
    dlpfc: { x: 545, y: 110, label: 'above' },
    vmpfc: { x: 650, y: 110, label: 'above' },
    racc: { x: 755, y: 110, label: 'above' },
    amygdala: { x: 510, y: 225, label: 'below' },
    hypothalamus: { x: 740, y: 245, label: 'below' },
    pag: { x: 610, y: 340, label: 'right' },
    'rvm-off': { x: 560, y: 440, label: 'left' },
    'rvm-on': { x: 660, y: 440, label: 'right' },
    lc: { x: 755, y: 390, label: 'right' },
    mpfc: { x: 862, y: 92, label: 'right' },
    pcc: { x: 862, y: 135, label: 'right' },
    precuneus: { x: 862, y: 178, label: 'right' },
    angular: { x: 862, y: 221, label: 'right' },
    nacc: { x: 862, y: 264, label: 'right' },
  },
  bends: {
    'rvm-on>dh-projection': -0.12,
    'lc>dh-projection': 0.2,
    'rvm-off>dh-interneuron': 0.05,
    'thalamus>s1': 0.06,
    'thalamus>s2': 0.04,
    'nociceptor>dh-projection': 0.06,
  },
  areas: [
    { id: 'brain', d: roundedBox(12, 14, 976, 296, 70), labelX: 28, labelY: 44, anchor: 'start' },
    {
      id: 'brainstem',
      d: 'M520 300H800L790 400Q760 470 700 480H600Q540 470 528 400Z',
      labelX: 795,
      labelY: 470,
      anchor: 'start',
    },
    {
      id: 'spinal',
      d: roundedBox(300, 488, 520, 108, 50),
      labelX: 808,
      labelY: 586,
      anchor: 'end',
    },
    { id: 'body', d: roundedBox(12, 488, 270, 108, 24), labelX: 28, labelY: 586, anchor: 'start' },
  ],
  group: { x: 822, y: 40, width: 166, height: 248, titleX: 830, titleY: 62 },
  tract: { x: 452, y: 400, rotate: -90 },
  needles: { x: 62, y: 548, labelX: 28, labelY: 512, labelWidth: 400, anchor: 'start' },
  drug: { x: 372, y: 468, labelX: 346, labelY: 474, labelWidth: 320, anchor: 'end' },
};

const MEDIUM: StageLayout = {
  id: 'medium',
  width: 600,
  height: 640,
  nodeRadius: 17,
  groupedRadius: 9,
  speed: 65,
  nodes: {
    nociceptor: { x: 110, y: 616, label: 'left' },
    'dh-projection': { x: 200, y: 546, label: 'below' },
    'dh-interneuron': { x: 322, y: 568, label: 'right' },
    thalamus: { x: 215, y: 275, label: 'left' },
    s1: { x: 40, y: 140, label: 'above' },
    s2: { x: 110, y: 140, label: 'above' },
    insula: { x: 180, y: 140, label: 'above' },
    dacc: { x: 250, y: 140, label: 'above' },
    dlpfc: { x: 350, y: 140, label: 'above' },
    vmpfc: { x: 430, y: 140, label: 'above' },
    racc: { x: 510, y: 140, label: 'above' },
    amygdala: { x: 298, y: 228, label: 'below' },
    hypothalamus: { x: 528, y: 255, label: 'below' },
    pag: { x: 405, y: 365, label: 'right' },
    'rvm-off': { x: 360, y: 452, label: 'left' },
    'rvm-on': { x: 455, y: 452, label: 'right' },
    lc: { x: 532, y: 398, label: 'below' },
    mpfc: { x: 24, y: 52, label: 'right' },
    pcc: { x: 134, y: 52, label: 'right' },
    precuneus: { x: 244, y: 52, label: 'right' },
    angular: { x: 374, y: 52, label: 'right' },
    nacc: { x: 484, y: 52, label: 'right' },
  },
  bends: {
    'lc>dh-projection': 0.2,
    'rvm-on>dh-projection': -0.1,
    'thalamus>s1': 0.05,
  },
  areas: [
    { id: 'brain', d: roundedBox(6, 88, 588, 250, 50), labelX: 16, labelY: 328, anchor: 'start' },
    {
      id: 'brainstem',
      d: 'M330 330H590V440Q580 488 520 494H380Q340 488 334 440Z',
      labelX: 584,
      labelY: 486,
      anchor: 'end',
    },
    { id: 'spinal', d: roundedBox(6, 502, 588, 88, 36), labelX: 584, labelY: 580, anchor: 'end' },
    { id: 'body', d: roundedBox(6, 596, 588, 40, 14), labelX: 584, labelY: 622, anchor: 'end' },
  ],
  group: { x: 6, y: 6, width: 588, height: 72, titleX: 14, titleY: 24 },
  tract: { x: 196, y: 410, rotate: -90 },
  needles: { x: 152, y: 612, labelX: 174, labelY: 622, labelWidth: 340, anchor: 'start' },
  drug: { x: 140, y: 522, labelX: 14, labelY: 496, labelWidth: 300, anchor: 'start' },
};

const TALL: StageLayout = {
  id: 'tall',
  width: 360,
  height: 700,
  nodeRadius: 15,
  groupedRadius: 9,
  speed: 55,
  nodes: {
    nociceptor: { x: 62, y: 668, label: 'right' },
    'dh-projection': { x: 96, y: 572, label: 'left' },
    'dh-interneuron': { x: 190, y: 602, label: 'right' },
    thalamus: { x: 112, y: 262, label: 'left' },
    s1: { x: 28, y: 140, label: 'above' },
    s2: { x: 86, y: 140, label: 'above' },
    insula: { x: 146, y: 140, label: 'above' },
    dacc: { x: 206, y: 140, label: 'above' },
    dlpfc: { x: 268, y: 140, label: 'above' },
    vmpfc: { x: 330, y: 140, label: 'above' },
    racc: { x: 208, y: 215, label: 'below' },
    amygdala: { x: 330, y: 210, label: 'below' },
    hypothalamus: { x: 318, y: 282, label: 'below' },
    pag: { x: 250, y: 335, label: 'left' },
    'rvm-off': { x: 208, y: 430, label: 'left' },
    'rvm-on': { x: 290, y: 430, label: 'below' },
    lc: { x: 330, y: 375, label: 'above' },
    mpfc: { x: 34, y: 50, label: 'below' },
    pcc: { x: 104, y: 50, label: 'below' },
    precuneus: { x: 180, y: 50, label: 'below' },
    angular: { x: 256, y: 50, label: 'below' },
    nacc: { x: 326, y: 50, label: 'below' },
  },
  bends: {
    'lc>dh-projection': -0.3,
    'rvm-on>dh-projection': -0.1,
    'thalamus>dh-projection': 0,
  },
  areas: [
    { id: 'brain', d: roundedBox(6, 96, 348, 218, 40), labelX: 14, labelY: 306, anchor: 'start' },
    {
      id: 'brainstem',
      d: 'M170 306H354V470Q340 500 300 502H210Q180 500 174 470Z',
      labelX: 346,
      labelY: 494,
      anchor: 'end',
    },
    {
      id: 'spinal',
      d: roundedBox(6, 520, 348, 108, 40),
      labelX: 346,
      labelY: 620,
      anchor: 'end',
    },
    { id: 'body', d: roundedBox(6, 636, 348, 60, 18), labelX: 346, labelY: 690, anchor: 'end' },
  ],
  group: { x: 6, y: 6, width: 348, height: 84, titleX: 14, titleY: 24 },
  tract: { x: 88, y: 420, rotate: -90 },
  needles: { x: 172, y: 664, labelX: 192, labelY: 661, labelWidth: 150, anchor: 'start' },
  drug: { x: 44, y: 538, labelX: 14, labelY: 514, labelWidth: 330, anchor: 'start' },
};

export const LAYOUTS: Readonly<Record<LayoutId, StageLayout>> = {
  tall: TALL,
  medium: MEDIUM,
  wide: WIDE,
};

/** Narrow columns (phones, the middle column of a small laptop) get the tall arrangement. */
export const MEDIUM_FROM_PX = 480;
/** Wide columns (large desktops, projectors) get the landscape arrangement. */
export const WIDE_FROM_PX = 860;

/** The arrangement for a drawing `widthPx` wide on screen. */
export function layoutFor(widthPx: number): StageLayout {
  if (widthPx >= WIDE_FROM_PX) return WIDE;
  return widthPx >= MEDIUM_FROM_PX ? MEDIUM : TALL;
}

/**
 * Text and marks are sized in screen pixels and converted to viewBox units, so a label stays
 * at least 12 px high on a phone and grows to about 19 px on a projector.
 */
export function textPixels(widthPx: number): number {
  return Math.min(19, Math.max(12.5, widthPx / 60));
}

/**
 * A first guess at the centre column's width before it can be measured (the explorer's grid:
 * one column under 64rem, side columns of 17rem + 24rem, then 20rem + 30rem from 110rem).
 */
export function guessCentreWidthPx(): number {
  if (typeof window === 'undefined') return 1000;
  const viewport = window.innerWidth;
  if (viewport >= 1760) return viewport - 864;
  if (viewport >= 1024) return viewport - 720;
  return viewport - 32;
}
