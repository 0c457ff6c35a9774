// Where everything sits on the stage, in two arrangements of the same schematic: a tall one for
// phones and narrow columns, a wide one for desktops and projectors. Body and spinal cord at the
// bottom, brainstem in the middle, brain on top; the ascending path on the left of the midline
// and the descending brake on the right. Coordinates are viewBox units.

export type LayoutId = 'tall' | 'medium' | 'wide';
import type { LabelSide } from '../shared/labelPlacement.ts';
import { MIN_TEXT_PX } from '../shared/textSize.ts';
import type { Audience } from '../../state/viewState.ts';

export type { LabelSide };
export { MIN_TEXT_PX, guessCentreWidthPx, textPixels } from '../shared/textSize.ts';

/**
 * The stage's nodes, in the order their labels are placed (the side chooser's result depends on
 * it, so it is kept apart from STAGE_TAB_ORDER below).
 */
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
  'rvm-5ht',
  'rvm-on',
  'lc',
  'mpfc',
  'pcc',
  'precuneus',
  'angular',
  'nacc',
] as const;
export type StageNodeId = (typeof STAGE_NODE_ORDER)[number];

/**
 * The nodes in the order Tab visits them, along the pathway: the signal from the body up to the
 * cortex, then the brake from the prefrontal cortex down through the PAG and the RVM (and the
 * noradrenergic groups) to the spinal cord's inhibitory cells, then the resting network.
 */
export const STAGE_TAB_ORDER: readonly StageNodeId[] = [
  'nociceptor',
  'dh-projection',
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
  'rvm-5ht',
  'lc',
  'dh-interneuron',
  'mpfc',
  'pcc',
  'precuneus',
  'angular',
  'nacc',
];

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

/** Where an area's name goes. */
export interface AreaLabel {
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** Where the name would run into the drawing, it wraps to this width (one line by default). */
  labelWidth?: number;
  /** The name's last line sits at labelY (a wrapped name grows upwards). */
  rise?: boolean;
}

export interface Area extends AreaLabel {
  id: 'brain' | 'brainstem' | 'spinal' | 'body';
  d: string;
  /** Other places for the name, in order, where a long one runs into the drawing at its own
   * (views/stage/crowding.ts chooses). */
  otherLabels?: readonly AreaLabel[];
}

/** The area with its name at `place` (every field of the place, none of the area's own). */
export function withLabelAt(area: Area, place: AreaLabel): Area {
  const { labelX, labelY, anchor, labelWidth, rise } = place;
  return { ...area, labelX, labelY, anchor, labelWidth, rise };
}

/** A treatment's mark and its label (wrapped to `labelWidth`). */
export interface EntryMark {
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  labelWidth: number;
  anchor: 'start' | 'end';
  /** The label's last line sits at labelY (a wrapped label grows upwards). */
  rise?: boolean;
  /** The node the mark acts at, joined to it by a dotted leader. */
  target?: StageNodeId;
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
  /** The spinothalamic tract's name, centred at (x, y), turned; where `width` is given, wrapped
   * to it, the lines stacking towards the drawing's left. */
  tract: { x: number; y: number; rotate: number; width?: number };
  needles: EntryMark;
  drug: EntryMark;
  /**
   * The arrangement for patients (see stageNames.ts: fewer names, longer, by what each region
   * does): nodes, lines' bends and the tract's name moved to give those names room (found by
   * trying moves against the label-clearance checks over the widths and languages it holds).
   */
  patient?: {
    nodes: Partial<Record<StageNodeId, NodePlace>>;
    bends?: Readonly<Record<string, number>>;
    tract?: StageLayout['tract'];
  };
}

const roundedBox = (x: number, y: number, w: number, h: number, r: number) =>
  `M${x + r} ${y}H${x + w - r}Q${x + w} ${y} ${x + w} ${y + r}V${y + h - r}Q${x + w} ${y + h} ${x + w - r} ${y + h}H${x + r}Q${x} ${y + h} ${x} ${y + h - r}V${y + r}Q${x} ${y} ${x + r} ${y}Z`;

const WIDE: StageLayout = {
  id: 'wide',
  width: 1000,
  height: 650,
  nodeRadius: 19,
  groupedRadius: 11,
  speed: 85,
  nodes: {
    nociceptor: { x: 172, y: 585, label: 'below' },
    'dh-projection': { x: 430, y: 528, label: 'below' },
    'dh-interneuron': { x: 585, y: 590, label: 'right' },
    thalamus: { x: 430, y: 292, label: 'left' },
    s1: { x: 110, y: 110, label: 'above' },
    s2: { x: 215, y: 110, label: 'above' },
    insula: { x: 320, y: 110, label: 'above' },
    dacc: { x: 414, y: 110, label: 'above' },
    dlpfc: { x: 564, y: 110, label: 'above' },
    vmpfc: { x: 655, y: 110, label: 'above' },
    racc: { x: 755, y: 110, label: 'above' },
    amygdala: { x: 499, y: 215, label: 'above' },
    hypothalamus: { x: 705, y: 284, label: 'right' },
    pag: { x: 610, y: 335, label: 'left' },
    'rvm-off': { x: 555, y: 418, label: 'left' },
    'rvm-5ht': { x: 645, y: 472, label: 'right' },
    'rvm-on': { x: 662, y: 418, label: 'right' },
    lc: { x: 878, y: 458, label: 'right' },
    mpfc: { x: 840, y: 118, label: 'right' },
    pcc: { x: 840, y: 152, label: 'right' },
    precuneus: { x: 840, y: 186, label: 'right' },
    angular: { x: 840, y: 220, label: 'right' },
    nacc: { x: 840, y: 254, label: 'right' },
  },
  bends: {
    'rvm-on>dh-projection': -0.12,
    'pag>lc': 0.2,
    'lc>dh-projection': 0.15,
    'rvm-off>dh-projection': 0.2,
    'thalamus>s1': -0.2,
    'thalamus>s2': -0.1,
    'nociceptor>dh-projection': 0.06,
  },
  areas: [
    { id: 'brain', d: roundedBox(12, 14, 976, 296, 70), labelX: 28, labelY: 44, anchor: 'start' },
    {
      id: 'brainstem',
      d: 'M520 300H910V462Q905 494 850 496H600Q540 488 528 410Z',
      labelX: 780,
      labelY: 330,
      anchor: 'start',
    },
    {
      id: 'spinal',
      d: roundedBox(300, 500, 520, 136, 50),
      labelX: 808,
      labelY: 626,
      anchor: 'end',
    },
    { id: 'body', d: roundedBox(12, 500, 270, 136, 24), labelX: 28, labelY: 626, anchor: 'start' },
  ],
  group: { x: 812, y: 40, width: 176, height: 232, titleX: 820, titleY: 62 },
  // A longer name wraps at 160 into lines that stay clear of the thalamus above.
  tract: { x: 410, y: 385, rotate: -90, width: 160 },
  patient: {
    nodes: {
      nociceptor: { x: 150, y: 570, label: 'below' },
      pag: { x: 568, y: 321, label: 'left' },
    },
    tract: { x: 400, y: 385, rotate: -90, width: 140 },
  },
  needles: { x: 62, y: 600, labelX: 28, labelY: 524, labelWidth: 200, anchor: 'start' },
  drug: {
    x: 360,
    y: 470,
    labelX: 330,
    labelY: 476,
    labelWidth: 300,
    anchor: 'end',
    rise: true,
    target: 'dh-projection',
  },
};

const MEDIUM: StageLayout = {
  id: 'medium',
  width: 600,
  height: 750,
  nodeRadius: 17,
  groupedRadius: 9,
  speed: 65,
  nodes: {
    nociceptor: { x: 230, y: 720, label: 'left' },
    'dh-projection': { x: 280, y: 604, label: 'left' },
    'dh-interneuron': { x: 400, y: 664, label: 'right' },
    thalamus: { x: 240, y: 280, label: 'left' },
    s1: { x: 40, y: 140, label: 'above' },
    s2: { x: 110, y: 140, label: 'above' },
    insula: { x: 180, y: 140, label: 'above' },
    dacc: { x: 250, y: 140, label: 'above' },
    dlpfc: { x: 368, y: 140, label: 'above' },
    vmpfc: { x: 440, y: 140, label: 'above' },
    racc: { x: 508, y: 140, label: 'above' },
    amygdala: { x: 314, y: 234, label: 'above' },
    hypothalamus: { x: 556, y: 292, label: 'above' },
    pag: { x: 430, y: 360, label: 'left' },
    'rvm-off': { x: 391, y: 419, label: 'left' },
    'rvm-5ht': { x: 484, y: 410, label: 'right' },
    'rvm-on': { x: 413, y: 458, label: 'left' },
    lc: { x: 479, y: 500, label: 'right' },
    mpfc: { x: 24, y: 52, label: 'right' },
    pcc: { x: 134, y: 52, label: 'right' },
    precuneus: { x: 244, y: 52, label: 'right' },
    angular: { x: 374, y: 52, label: 'right' },
    nacc: { x: 484, y: 52, label: 'right' },
  },
  bends: {
    'rvm-off>dh-projection': 0.28,
    'rvm-on>dh-projection': -0.14,
    'rvm-5ht>dh-projection': 0.1,
    'rvm-5ht>dh-interneuron': -0.13,
    'pag>rvm-5ht': 0.26,
    'pag>lc': -0.19,
    'lc>dh-projection': -0.28,
    'thalamus>s1': -0.2,
    'thalamus>s2': -0.1,
  },
  areas: [
    { id: 'brain', d: roundedBox(6, 88, 588, 252, 50), labelX: 16, labelY: 330, anchor: 'start' },
    {
      id: 'brainstem',
      d: 'M300 332H594V504Q584 544 524 548H340Q304 542 300 504Z',
      labelX: 584,
      labelY: 538,
      anchor: 'end',
    },
    { id: 'spinal', d: roundedBox(6, 556, 588, 128, 36), labelX: 584, labelY: 578, anchor: 'end' },
    { id: 'body', d: roundedBox(6, 690, 588, 54, 14), labelX: 16, labelY: 734, anchor: 'start' },
  ],
  group: { x: 6, y: 6, width: 588, height: 76, titleX: 14, titleY: 24 },
  tract: { x: 236, y: 446, rotate: -90, width: 150 },
  patient: {
    nodes: {},
    // The lines meeting the PAG on its left bow away from it: a long name fits between them.
    bends: { 'amygdala>pag': 0.15, 'pag>rvm-off': 0.15 },
  },
  needles: {
    x: 294,
    y: 728,
    labelX: 332,
    labelY: 724,
    labelWidth: 256,
    anchor: 'start',
    rise: true,
  },
  drug: {
    x: 195,
    y: 539,
    labelX: 158,
    labelY: 545,
    labelWidth: 150,
    anchor: 'end',
    rise: true,
    target: 'dh-projection',
  },
};

const TALL: StageLayout = {
  id: 'tall',
  width: 360,
  height: 772,
  nodeRadius: 15,
  groupedRadius: 9,
  speed: 55,
  nodes: {
    nociceptor: { x: 38, y: 744, label: 'right' },
    'dh-projection': { x: 135, y: 596, label: 'right' },
    'dh-interneuron': { x: 240, y: 560, label: 'right' },
    thalamus: { x: 96, y: 227, label: 'right' },
    s1: { x: 24, y: 140, label: 'above' },
    s2: { x: 80, y: 140, label: 'above' },
    insula: { x: 140, y: 140, label: 'above' },
    dacc: { x: 206, y: 140, label: 'above' },
    dlpfc: { x: 268, y: 140, label: 'above' },
    vmpfc: { x: 330, y: 140, label: 'above' },
    racc: { x: 228, y: 205, label: 'above' },
    amygdala: { x: 314, y: 268, label: 'above' },
    hypothalamus: { x: 337, y: 301, label: 'below' },
    pag: { x: 220, y: 347, label: 'left' },
    'rvm-off': { x: 270, y: 438, label: 'right' },
    'rvm-5ht': { x: 235, y: 477, label: 'right' },
    'rvm-on': { x: 178, y: 452, label: 'left' },
    lc: { x: 55, y: 437, label: 'above' },
    mpfc: { x: 30, y: 50, label: 'below' },
    pcc: { x: 86, y: 50, label: 'below' },
    precuneus: { x: 136, y: 66, label: 'below' },
    angular: { x: 262, y: 50, label: 'below' },
    nacc: { x: 330, y: 50, label: 'below' },
  },
  bends: {
    'rvm-on>dh-projection': -0.35,
    'dh-interneuron>dh-projection': -0.12,
    'thalamus>s1': -0.24,
    'rvm-off>dh-projection': -0.33,
    'pag>rvm-5ht': -0.05,
    'rvm-5ht>dh-projection': 0.29,
    'thalamus>dacc': 0.1,
    'rvm-5ht>dh-interneuron': 0.07,
    'vmpfc>pag': -0.32,
    'amygdala>pag': -0.2,
    'pag>lc': 0.25,
    'lc>dh-projection': -0.35,
    'pag>rvm-off': -0.03,
    // Bowed a little left, past the rACC (moved left for it), to clear the amygdala's name
    // reaching in from the right; the rACC's own line to the PAG runs straight. The margin is
    // thin: in the pseudo-locale at a 304 px drawing -0.035 meets the amygdala's name and -0.045
    // the thalamus's (the label-clearance test holds it).
    'dlpfc>pag': -0.04,
    'thalamus>s2': 0.06,
    'hypothalamus>pag': -0.64,
    'pag>rvm-on': -0.07,
    'thalamus>insula': 0.1,
    'dh-projection>thalamus': -0.2,
  },
  areas: [
    { id: 'brain', d: roundedBox(6, 96, 348, 228, 40), labelX: 14, labelY: 262, anchor: 'start' },
    {
      id: 'brainstem',
      d: 'M14 330H354V490Q340 516 300 518H50Q18 514 14 486Z',
      labelX: 346,
      labelY: 352,
      anchor: 'end',
      labelWidth: 80,
      // A long word beside the PAG (the patient's sits further right) goes to the top left,
      // between the line up to the thalamus and the PAG.
      otherLabels: [{ labelX: 118, labelY: 352, anchor: 'start', labelWidth: 80 }],
    },
    {
      id: 'spinal',
      d: roundedBox(6, 526, 348, 152, 40),
      labelX: 14,
      labelY: 670,
      anchor: 'start',
      labelWidth: 60,
      rise: true,
    },
    { id: 'body', d: roundedBox(6, 684, 348, 84, 18), labelX: 346, labelY: 760, anchor: 'end' },
  ],
  group: { x: 6, y: 6, width: 348, height: 84, titleX: 14, titleY: 24 },
  tract: { x: 78, y: 330, rotate: -90, width: 120 },
  needles: { x: 134, y: 726, labelX: 166, labelY: 714, labelWidth: 150, anchor: 'start' },
  patient: {
    nodes: {
      nociceptor: { x: 66, y: 748, label: 'right' },
      'dh-projection': { x: 105, y: 616, label: 'right' },
      thalamus: { x: 104, y: 285, label: 'right' },
      pag: { x: 244, y: 355, label: 'left' },
    },
    bends: { 'dh-projection>thalamus': 0.1 },
  },
  drug: {
    x: 180,
    y: 668,
    labelX: 208,
    labelY: 694,
    labelWidth: 126,
    anchor: 'start',
    rise: true,
    target: 'dh-projection',
  },
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

const forPatients = new Map<LayoutId, StageLayout>();

/** `layout` as a patient sees it: nodes, bends and tract name as its patient arrangement says. */
export function patientLayout(layout: StageLayout): StageLayout {
  let moved = forPatients.get(layout.id);
  if (moved === undefined) {
    const patient = layout.patient;
    moved = {
      ...layout,
      nodes: { ...layout.nodes, ...patient?.nodes },
      bends: { ...layout.bends, ...patient?.bends },
      tract: patient?.tract ?? layout.tract,
    };
    forPatients.set(layout.id, moved);
  }
  return moved;
}

/** The arrangement a drawing `widthPx` wide gets. */
export const layoutIdFor = (widthPx: number): LayoutId =>
  widthPx >= WIDE_FROM_PX ? 'wide' : widthPx >= MEDIUM_FROM_PX ? 'medium' : 'tall';

/**
 * The arrangement for a drawing `widthPx` wide, as `audience` sees it; `id` sets the arrangement
 * whatever the width (presentation mode keeps the landscape one, sized to the screen's height).
 */
export function layoutFor(
  widthPx: number,
  audience: Audience = 'student',
  id: LayoutId = layoutIdFor(widthPx),
): StageLayout {
  const layout = LAYOUTS[id];
  return audience === 'patient' ? patientLayout(layout) : layout;
}

/**
 * The stage's node names in screen pixels: 12.5 px on a phone, then growing with the drawing (a
 * constant size in viewBox units, so each arrangement is designed once) up to 20.5 px: about
 * 16 px in a laptop's centre column and 20 px on a 1920 px projector.
 */
export function stageTextPixels(widthPx: number, id: LayoutId = layoutIdFor(widthPx)): number {
  const perPx = id === 'wide' ? 1 / 53 : 1 / 35.5;
  return Math.min(20.5, Math.max(MIN_TEXT_PX, widthPx * perPx));
}
