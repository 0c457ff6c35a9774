// Crowding on the stage: every label's box (estimated as the stage estimates it) against the
// edges, the nodes, the opioid rings, the treatment marks, the other labels and the edges of the
// drawing, and every edge against the nodes it does not join (a line through a node reads as a
// connection). The stage uses it to put each region's name on a side with clear space, in the
// language and at the width it is drawn (a longer name may not fit where the layout prefers it),
// and an area's name at another of its places where a long one would crowd at its own; the
// label-clearance test uses it to find what still crowds. Pure, like stageGeometry.ts.
import { t } from '../../i18n/i18n.svelte.ts';
import { acupunctureModeName, drugName } from '../../i18n/names.ts';
import { inSentence, listOf } from '../../i18n/format.ts';
import { acupunctureModes } from '../../data/catalog.ts';
import {
  STAGE_NODE_ORDER,
  withLabelAt,
  type Area,
  type LabelSide,
  type LayoutId,
  type StageLayout,
  type StageNodeId,
} from './layout.ts';
import { OPIOID_CLOUDS, STAGE_EDGES } from './flows.ts';
import { layoutNamePlaces, type NamePlace, type StageNames } from './stageNames.ts';
import {
  ASCENT_EM,
  DESCENT_EM,
  estimateWidth,
  keepTogether,
  nameCentre,
  nameLines,
  textBox,
  valueLines,
  type Box,
  type PlacedLine,
} from '../shared/labelPlacement.ts';
import {
  areaTitleLines,
  drugBox,
  drugLeader,
  edgeTracks,
  groupTitleLines,
  labelBackground,
  labelClearance,
  markLines,
  needlesBox,
  radiusOf,
  ringRadius,
  tractLines,
  type StageSizes,
} from './stageGeometry.ts';
import { TRACK_SAMPLES } from '../shared/tracks.ts';

export interface StageLabel {
  id: string;
  /** The letters with their soft background. */
  box: Box;
  /** The letters alone, for the test against lines. */
  text: Box;
  /** The node or mark the label belongs to: its own lines do not count as crowding. */
  group: string;
}

/** The texts of the treatment marks' labels to keep clear of (each drug text is one variant). */
export interface MarkTexts {
  needles: string;
  drugs: readonly string[];
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** The labels of `others` that `label` overlaps (a node's own lines may touch each other). */
const overlapping = (label: StageLabel, others: readonly StageLabel[]) =>
  others.filter((other) => other.group !== label.group && overlaps(label.box, other.box));
const grow = (b: Box, d: number): Box => ({
  x0: b.x0 - d,
  y0: b.y0 - d,
  x1: b.x1 + d,
  y1: b.y1 + d,
});

function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
  const nx = Math.min(Math.max(cx, b.x0), b.x1);
  const ny = Math.min(Math.max(cy, b.y0), b.y1);
  return Math.hypot(nx - cx, ny - cy) < r;
}

/** The distance from (px, py) to the segment from (x1, y1) to (x2, y2). */
function segmentDistance(px: number, py: number, x1: number, y1: number, x2: number, y2: number) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.min(1, Math.max(0, ((px - x1) * dx + (py - y1) * dy) / length2));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/** Whether the segment from (x1, y1) to (x2, y2) enters the box (Liang-Barsky clipping). */
function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x1 - b.x0],
    [dx, b.x1 - x1],
    [-dy, y1 - b.y0],
    [dy, b.y1 - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

type SegmentTest = (ax: number, ay: number, bx: number, by: number) => boolean;

/** Whether any segment of a sampled edge track (x, y, angle per sample) passes the test. */
function someSegment(table: Float32Array, test: SegmentTest): boolean {
  for (let s = 0; s < TRACK_SAMPLES - 1; s++)
    if (test(table[s * 3]!, table[s * 3 + 1]!, table[s * 3 + 3]!, table[s * 3 + 4]!)) return true;
  return false;
}

/** The longest texts the treatment marks carry in the current language: the longest
 * acupuncture label, the longest single medicine and (where the layout has room) all three. */
export function longestMarkTexts(layoutId: LayoutId): MarkTexts {
  const longest = (texts: string[]) =>
    texts.reduce((a, b) => (estimateWidth(b, 1, true) > estimateWidth(a, 1, true) ? b : a));
  const drugs = (ids: string[]) =>
    t('stage.entry.drug', {
      drugs: listOf(
        ids.map((id, i) => keepTogether(i === 0 ? drugName(id) : inSentence(drugName(id)))),
      ),
    });
  const one = longest(['amitriptyline', 'duloxetine', 'sertraline'].map((id) => drugs([id])));
  return {
    needles: longest(
      acupunctureModes.map((m) =>
        t('stage.entry.needles', { mode: keepTogether(acupunctureModeName(m.id)) }),
      ),
    ),
    // On a phone, the three-medicine label (rare) may run over other text; one medicine fits.
    drugs:
      layoutId === 'tall' ? [one] : [one, drugs(['amitriptyline', 'duloxetine', 'sertraline'])],
  };
}

/** The drawing's fixed parts that labels keep clear of. */
class Scene {
  readonly u: number;
  readonly tracks;
  readonly linePad: number;
  readonly marks: readonly [string, Box][];
  readonly leader;

  constructor(
    readonly layout: StageLayout,
    readonly sizes: StageSizes,
  ) {
    this.u = sizes.unitsPerPx;
    this.tracks = edgeTracks(layout, this.u);
    this.linePad = sizes.particle * 1.3 + 2 * this.u;
    this.marks = [
      ['needles', needlesBox(layout.needles, this.u)],
      ['drug', drugBox(layout.drug, sizes)],
    ];
    this.leader = drugLeader(layout, sizes);
  }

  /** What `label` runs into: the drawing's edges, lines, nodes, rings, marks and `others`. */
  problemsOf(label: StageLabel, others: readonly StageLabel[]): string[] {
    const { layout, u } = this;
    const problems: string[] = [];
    const b = label.box;
    const margin = 3 * u;
    if (
      b.x0 < margin ||
      b.y0 < margin ||
      b.x1 > layout.width - margin ||
      b.y1 > layout.height - margin
    )
      problems.push(`${label.id} leaves the drawing`);
    for (const other of overlapping(label, others))
      problems.push(`${label.id} overlaps ${other.id}`);
    const letters = grow(label.text, this.linePad);
    STAGE_EDGES.forEach((edge, k) => {
      if (
        someSegment(this.tracks[k]!.table, (ax, ay, bx, by) =>
          segmentHitsBox(ax, ay, bx, by, letters),
        )
      )
        problems.push(`edge ${edge.key} crosses ${label.id}`);
    });
    for (const id of STAGE_NODE_ORDER) {
      const place = layout.nodes[id];
      const own = label.group === id;
      // A node's own label may touch its rim, not cover it (a long name pulled in from the edge).
      const r = radiusOf(layout, id);
      if (circleHitsBox(place.x, place.y, own ? r * 0.5 : r + 2 * u, b))
        problems.push(`node ${id} ${own ? 'lies under' : 'touches'} ${label.id}`);
    }
    for (const cloud of OPIOID_CLOUDS) {
      const place = layout.nodes[cloud.node as StageNodeId];
      const outer = ringRadius(layout, cloud.kind, u) + this.sizes.particle * 1.2;
      if (circleHitsBox(place.x, place.y, outer, b))
        problems.push(`ring ${cloud.key} touches ${label.id}`);
    }
    for (const [name, box] of this.marks)
      if (overlaps(grow(box, 2 * u), b)) problems.push(`${name} marks touch ${label.id}`);
    const leader = this.leader;
    if (leader !== null && segmentHitsBox(leader.x1, leader.y1, leader.x2, leader.y2, b))
      problems.push(`drug leader crosses ${label.id}`);
    return problems;
  }

  /** The marks' own crowding: rings, lines and nodes too close to the needles or molecules. */
  markProblems(): string[] {
    const { layout, u } = this;
    const problems: string[] = [];
    for (const [name, box] of this.marks) {
      for (const cloud of OPIOID_CLOUDS) {
        const place = layout.nodes[cloud.node as StageNodeId];
        const outer = ringRadius(layout, cloud.kind, u) + this.sizes.particle * 1.2 + 4 * u;
        if (circleHitsBox(place.x, place.y, outer, box))
          problems.push(`${name} marks crowd ring ${cloud.key}`);
      }
      const padded = grow(box, this.linePad);
      STAGE_EDGES.forEach((edge, k) => {
        if (
          someSegment(this.tracks[k]!.table, (ax, ay, bx, by) =>
            segmentHitsBox(ax, ay, bx, by, padded),
          )
        )
          problems.push(`edge ${edge.key} crosses the ${name} marks`);
      });
      for (const id of STAGE_NODE_ORDER) {
        const place = layout.nodes[id];
        if (circleHitsBox(place.x, place.y, radiusOf(layout, id) + 4 * u, box))
          problems.push(`${name} marks touch node ${id}`);
      }
    }
    return problems;
  }

  /** Edges that pass through a node they do not join. */
  edgeProblems(): string[] {
    const { layout, sizes, u } = this;
    const problems: string[] = [];
    STAGE_EDGES.forEach((edge, k) => {
      for (const id of STAGE_NODE_ORDER) {
        if (id === edge.from || id === edge.to) continue;
        const place = layout.nodes[id];
        const clear = radiusOf(layout, id) + sizes.particle * 0.6 + u;
        if (
          someSegment(
            this.tracks[k]!.table,
            (ax, ay, bx, by) => segmentDistance(place.x, place.y, ax, ay, bx, by) < clear,
          )
        )
          problems.push(`edge ${edge.key} runs through node ${id}`);
      }
    });
    return problems;
  }
}

/** A label's id, with its line number after the first line. */
const numbered = (id: string, i: number) => (i > 0 ? `${id} line ${i}` : id);

/** A node's name (its lines) on `side` (bold when selected), with its value lines under it if given. */
function nodeLabels(
  scene: Scene,
  id: StageNodeId,
  { lines: name, side, shift }: NamePlace,
  bold: boolean,
  value?: string,
): StageLabel[] {
  const { layout, sizes } = scene;
  const node = layout.nodes[id];
  const font = radiusOf(layout, id) === layout.groupedRadius ? sizes.valueFont : sizes.font;
  const place = { x: node.x, y: nameCentre(side, node.y, shift, font) };
  const clear = labelClearance(layout, id, sizes);
  const lines = (kind: string, placed: PlacedLine[], size: number, heavy: boolean) =>
    placed.map((line, i): StageLabel => ({
      id: numbered(`${kind} ${id}`, i),
      text: textBox(line.place, line.text, size, 0, heavy),
      box: labelBackground(line.place, line.text, size, heavy),
      group: id,
    }));
  return [
    ...lines(
      'name',
      nameLines(side, place.x, place.y, clear, font, name, layout.width, bold),
      font,
      bold,
    ),
    ...(value === undefined
      ? []
      : lines(
          'value',
          valueLines(
            side,
            place.x,
            place.y,
            clear,
            sizes.valueFont,
            value,
            layout.width,
            name.length,
            font,
            layout.height,
          ),
          sizes.valueFont,
          true,
        )),
  ];
}

/** An area's name at its label place. */
function areaLabels(scene: Scene, area: Area): StageLabel[] {
  const { layout, sizes } = scene;
  return areaTitleLines(area, sizes.smallFont, layout.width).map((line, i) => {
    const box = textBox(line.place, line.text, sizes.smallFont);
    return { id: numbered(`area ${area.id}`, i), box, text: box, group: `area ${area.id}` };
  });
}

/**
 * The areas with their names where they go: each at the layout's place where it runs into
 * nothing there (lines, nodes, rings, marks and the other labels that stay put), else at the
 * first of its other places that does, else where it runs into least. `others` are the fixed
 * labels besides the areas' names.
 */
function placeAreas(
  scene: Scene,
  others: readonly StageLabel[],
): { areas: Area[]; labels: StageLabel[] } {
  const areas: Area[] = [];
  const labels: StageLabel[] = [];
  for (const area of scene.layout.areas) {
    let best = { area, labels: [] as StageLabel[], cost: Infinity };
    for (const place of [area, ...(area.otherLabels ?? [])]) {
      const at = withLabelAt(area, place);
      const placed = areaLabels(scene, at);
      const cost = placed.reduce(
        (sum, label) => sum + scene.problemsOf(label, [...others, ...labels]).length,
        0,
      );
      if (cost < best.cost) best = { area: at, labels: placed, cost };
      if (cost === 0) break;
    }
    areas.push(best.area);
    labels.push(...best.labels);
  }
  return { areas, labels };
}

/**
 * Where the stage draws its names in `layout` drawn `sizes` big: each area with its name where it
 * goes (see placeAreas) and each region's name (see namePlaces), from one measured drawing. The
 * stage draws these once the side chooser has loaded.
 */
export function stagePlaces(
  layout: StageLayout,
  sizes: StageSizes,
  marks: MarkTexts,
  names: StageNames,
): { areas: Area[]; names: Map<StageNodeId, NamePlace> } {
  const scene = new Scene(layout, sizes);
  const fixed = fixedLabels(scene, marks);
  return { areas: fixed.areas, names: placesIn(scene, fixed.labels, names) };
}

/** The labels that stay put while the regions' names choose their sides: the areas' names (each
 * at the place it takes, placed first), the group title, the tract's name and the marks' labels;
 * and the areas as placed. */
function fixedLabels(scene: Scene, marks: MarkTexts): { areas: Area[]; labels: StageLabel[] } {
  const others = otherFixedLabels(scene, marks);
  const placed = placeAreas(scene, others);
  return { areas: placed.areas, labels: [...placed.labels, ...others] };
}

/** The fixed labels besides the areas' names. */
function otherFixedLabels(scene: Scene, marks: MarkTexts): StageLabel[] {
  const { layout, sizes } = scene;
  const labels: StageLabel[] = [];
  const plain = (id: string, box: Box, group: string) => labels.push({ id, box, text: box, group });
  groupTitleLines(layout, sizes.smallFont).forEach((line, i) =>
    plain(`group title ${i}`, textBox(line.place, line.text, sizes.smallFont), 'group title'),
  );
  // The tract's lines, turned a quarter anticlockwise: along a line runs up the drawing, and its
  // ascent and descent lie across it (a line above the baseline lies to the left).
  tractLines(layout, sizes.smallFont).forEach((line, i) => {
    const half = estimateWidth(line.text, sizes.smallFont) / 2;
    const across = layout.tract.x + line.place.y;
    const box = {
      x0: across - sizes.smallFont * ASCENT_EM,
      x1: across + sizes.smallFont * DESCENT_EM,
      y0: layout.tract.y - half,
      y1: layout.tract.y + half,
    };
    plain(numbered('tract', i), box, 'tract');
  });
  const markLabels = (mark: 'needles' | 'drug', text: string, variant: string) =>
    markLines(layout[mark], text, sizes, layout.width).forEach((line, i) =>
      labels.push({
        id: `${mark} label${variant} ${i}`,
        text: textBox(line.place, line.text, sizes.markFont, 0, true),
        box: labelBackground(line.place, line.text, sizes.markFont, true),
        group: mark,
      }),
    );
  markLabels('needles', marks.needles, '');
  marks.drugs.forEach((text, v) => markLabels('drug', text, v > 0 ? ` (variant ${v + 1})` : ''));
  return labels;
}

const SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above'];
/** A name beside its node may move a half-line down or up to step past a line (see nameCentre). */
const SHIFTS = [0, 1, -1] as const;

/**
 * Where each region's name goes (of those in `names`, the names drawn all the time): the
 * layout's side in the name's first form where it has clear space there, otherwise the side and
 * form (of the four sides and the name's forms, one line or two) where it runs into least
 * (another name counting half what stays put), keeping the layout's on a tie. Names are measured
 * bold (any region may be the selected one).
 */
export function namePlaces(
  layout: StageLayout,
  sizes: StageSizes,
  marks: MarkTexts,
  names: StageNames,
): Map<StageNodeId, NamePlace> {
  const scene = new Scene(layout, sizes);
  return placesIn(scene, fixedLabels(scene, marks).labels, names);
}

/** namePlaces in a drawing already measured, with its fixed labels. */
function placesIn(
  scene: Scene,
  fixed: readonly StageLabel[],
  names: StageNames,
): Map<StageNodeId, NamePlace> {
  const { layout } = scene;
  const places = layoutNamePlaces(layout, names);
  const named = [...names.keys()];
  const labelsAt = (id: StageNodeId, at: NamePlace) => nodeLabels(scene, id, at, true);
  const placed = new Map(named.map((id) => [id, labelsAt(id, places.get(id)!)]));
  // What a name runs into that stays put (the drawing's edge, nodes, lines, rings, marks, fixed
  // labels) counts twice what it shares with another name, which can still move: a name goes
  // where only names stand in its way, and they step aside in their next turn.
  const cost = (labels: readonly StageLabel[], otherNames: readonly StageLabel[]) =>
    labels.reduce(
      (sum, label) =>
        sum + 2 * scene.problemsOf(label, fixed).length + overlapping(label, otherNames).length,
      0,
    );
  // Two rounds: a name moved in the first may free the side another wanted.
  for (let round = 0; round < 2; round++)
    for (const id of named) {
      const others = named.filter((o) => o !== id).flatMap((o) => placed.get(o)!);
      if (cost(placed.get(id)!, others) === 0) continue;
      const own = layout.nodes[id].label;
      let best = { at: places.get(id)!, labels: placed.get(id)!, cost: Infinity };
      search: for (const side of [own, ...SIDES.filter((s) => s !== own)])
        for (const lines of names.get(id)!)
          for (const shift of side === 'left' || side === 'right' ? SHIFTS : [0]) {
            const at = { side, lines, shift };
            const labels = labelsAt(id, at);
            const c = cost(labels, others);
            if (c < best.cost) best = { at, labels, cost: c };
            if (c === 0) break search;
          }
      places.set(id, best.at);
      placed.set(id, best.labels);
    }
  return places;
}

/**
 * Everything that crowds on the stage drawn `sizes` big with the marks' longest texts, `names`
 * drawn all the time and `value` as the dorsal horn's value (it is selected when the explorer
 * opens, so its name is bold), the names where the stage puts them. One line per conflict;
 * empty when all is clear.
 */
export function crowding(
  layout: StageLayout,
  sizes: StageSizes,
  marks: MarkTexts,
  value: string,
  names: StageNames,
): string[] {
  const scene = new Scene(layout, sizes);
  const fixed = fixedLabels(scene, marks).labels;
  const places = placesIn(scene, fixed, names);
  const labels = [
    ...[...places].flatMap(([id, at]) =>
      id === 'dh-projection'
        ? nodeLabels(scene, id, at, true, value)
        : nodeLabels(scene, id, at, false),
    ),
    ...fixed,
  ];
  return [
    ...labels.flatMap((label, i) => scene.problemsOf(label, labels.slice(i + 1))),
    ...scene.edgeProblems(),
    ...scene.markProblems(),
  ];
}
