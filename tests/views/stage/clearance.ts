// Finds crowding on the stage: every label's box (estimated as the stage estimates it) against
// the edges, the nodes, the opioid rings, the treatment marks, the other labels and the edges of
// the drawing, and every edge against the nodes it does not join (a line through a node reads as
// a connection). Returns one line per conflict, empty when everything has clear space.
import { STAGE_NODE_ORDER, type StageLayout } from '../../../src/views/stage/layout.ts';
import { STAGE_EDGES } from '../../../src/views/stage/flows.ts';
import {
  labelPlace,
  textBox,
  estimateWidth,
  ASCENT_EM,
  DESCENT_EM,
  type Box,
} from '../../../src/views/stage/labelPlacement.ts';
import {
  drugBox,
  drugLeader,
  groupTitleLines,
  edgeTracks,
  labelBackground,
  labelClearance,
  markLines,
  needlesBox,
  radiusOf,
  ringRadius,
  stageSizes,
} from '../../../src/views/stage/stageGeometry.ts';
import { OPIOID_CLOUDS } from '../../../src/views/stage/flows.ts';
import { regionShort } from '../../../src/i18n/names.ts';
import { t } from '../../../src/i18n/i18n.svelte.ts';
import { TRACK_SAMPLES } from '../../../src/views/stage/tracks.ts';

interface Label {
  id: string;
  box: Box;
  /** The letters alone, for the test against lines. */
  text: Box;
  /** The node or mark the label belongs to: its own lines do not count as crowding. */
  group: string;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
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

export interface ClearanceTexts {
  value: string;
  needles: string;
  drug: string;
}

export function crowding(layout: StageLayout, widthPx: number, texts: ClearanceTexts): string[] {
  const sizes = stageSizes(layout, widthPx);
  const u = sizes.unitsPerPx;
  const labels: Label[] = [];
  const add = (id: string, text: Box, box: Box, group = id) =>
    labels.push({ id, text, box, group });

  for (const id of STAGE_NODE_ORDER) {
    const place = layout.nodes[id];
    const name = regionShort(id);
    const grouped = radiusOf(layout, id) === layout.groupedRadius;
    const font = grouped ? sizes.valueFont : sizes.font;
    const clear = labelClearance(layout, id, sizes);
    // The selected node's name is bold; the dorsal horn is selected when the explorer opens.
    const bold = id === 'dh-projection';
    const at = labelPlace(
      place.label,
      place.x,
      place.y,
      clear,
      font,
      name,
      layout.width,
      0,
      undefined,
      bold,
    );
    add(`name ${id}`, textBox(at, name, font, 0, bold), labelBackground(at, name, font, bold), id);
    if (id === 'dh-projection') {
      const v = labelPlace(
        place.label,
        place.x,
        place.y,
        clear,
        sizes.valueFont,
        texts.value,
        layout.width,
        1,
        undefined,
        true,
      );
      add(
        `value ${id}`,
        textBox(v, texts.value, sizes.valueFont, 0, true),
        labelBackground(v, texts.value, sizes.valueFont, true),
        id,
      );
    }
  }
  for (const area of layout.areas) {
    const at = { x: area.labelX, y: area.labelY, anchor: area.anchor } as const;
    const box = textBox(at, t(`stage.area.${area.id}`), sizes.smallFont);
    add(`area ${area.id}`, box, box);
  }
  groupTitleLines(layout, sizes.smallFont).forEach((line, i) => {
    const box = textBox(line.place, line.text, sizes.smallFont);
    add(`group title ${i}`, box, box, 'group title');
  });
  {
    const half = estimateWidth(t('stage.tract'), sizes.smallFont) / 2;
    const { x, y } = layout.tract;
    const box = {
      x0: x - sizes.smallFont * ASCENT_EM,
      x1: x + sizes.smallFont * DESCENT_EM,
      y0: y - half,
      y1: y + half,
    };
    add('tract', box, box);
  }
  for (const [mark, text] of [
    [layout.needles, texts.needles],
    [layout.drug, texts.drug],
  ] as const)
    markLines(mark, text, sizes).forEach((line, i) =>
      add(
        `${mark === layout.needles ? 'needles' : 'drug'} label ${i}`,
        textBox(line.place, line.text, sizes.markFont, 0, true),
        labelBackground(line.place, line.text, sizes.markFont, true),
        mark === layout.needles ? 'needles' : 'drug',
      ),
    );

  const problems: string[] = [];
  const margin = 3 * u;
  for (const label of labels) {
    const b = label.box;
    if (
      b.x0 < margin ||
      b.y0 < margin ||
      b.x1 > layout.width - margin ||
      b.y1 > layout.height - margin
    )
      problems.push(`${label.id} leaves the drawing`);
  }
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (labels[i]!.group !== labels[j]!.group && overlaps(labels[i]!.box, labels[j]!.box))
        problems.push(`${labels[i]!.id} overlaps ${labels[j]!.id}`);

  const tracks = edgeTracks(layout, u);
  const linePad = sizes.particle * 1.3 + 2 * u;
  STAGE_EDGES.forEach((edge, k) => {
    const table = tracks[k]!.table;
    for (const label of labels) {
      const box = grow(label.text, linePad);
      if (someSegment(table, (ax, ay, bx, by) => segmentHitsBox(ax, ay, bx, by, box)))
        problems.push(`edge ${edge.key} crosses ${label.id}`);
    }
    for (const id of STAGE_NODE_ORDER) {
      if (id === edge.from || id === edge.to) continue;
      const place = layout.nodes[id];
      const clear = radiusOf(layout, id) + sizes.particle * 0.6 + u;
      if (
        someSegment(
          table,
          (ax, ay, bx, by) => segmentDistance(place.x, place.y, ax, ay, bx, by) < clear,
        )
      )
        problems.push(`edge ${edge.key} runs through node ${id}`);
    }
  });
  for (const id of STAGE_NODE_ORDER) {
    const place = layout.nodes[id];
    for (const label of labels)
      if (
        label.group !== id &&
        circleHitsBox(place.x, place.y, radiusOf(layout, id) + 2 * u, label.box)
      )
        problems.push(`node ${id} touches ${label.id}`);
  }
  OPIOID_CLOUDS.forEach((cloud) => {
    const place = layout.nodes[cloud.node as keyof StageLayout['nodes']];
    const outer = ringRadius(layout, cloud.kind, u) + sizes.particle * 1.2;
    for (const label of labels)
      if (circleHitsBox(place.x, place.y, outer, label.box))
        problems.push(`ring ${cloud.key} touches ${label.id}`);
  });

  const marks: [string, Box][] = [
    ['needles', needlesBox(layout.needles, u)],
    ['drug', drugBox(layout.drug, sizes)],
  ];
  for (const [name, box] of marks) {
    for (const label of labels)
      if (overlaps(grow(box, 2 * u), label.box)) problems.push(`${name} marks touch ${label.id}`);
    OPIOID_CLOUDS.forEach((cloud) => {
      const place = layout.nodes[cloud.node as keyof StageLayout['nodes']];
      const outer = ringRadius(layout, cloud.kind, u) + sizes.particle * 1.2 + 4 * u;
      if (circleHitsBox(place.x, place.y, outer, box))
        problems.push(`${name} marks crowd ring ${cloud.key}`);
    });
    STAGE_EDGES.forEach((edge, k) => {
      const table = tracks[k]!.table;
      const padded = grow(box, linePad);
      for (let s = 0; s < TRACK_SAMPLES - 1; s++)
        if (
          segmentHitsBox(
            table[s * 3]!,
            table[s * 3 + 1]!,
            table[s * 3 + 3]!,
            table[s * 3 + 4]!,
            padded,
          )
        ) {
          problems.push(`edge ${edge.key} crosses the ${name} marks`);
          break;
        }
    });
    for (const id of STAGE_NODE_ORDER) {
      const place = layout.nodes[id];
      if (circleHitsBox(place.x, place.y, radiusOf(layout, id) + 4 * u, box))
        problems.push(`${name} marks touch node ${id}`);
    }
  }
  const leader = drugLeader(layout, sizes);
  if (leader !== null)
    for (const label of labels)
      if (segmentHitsBox(leader.x1, leader.y1, leader.x2, leader.y2, label.box))
        problems.push(`drug leader crosses ${label.id}`);
  return problems;
}
