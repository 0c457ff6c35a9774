// The stage's sizes and shapes for one arrangement drawn `widthPx` wide on screen: text sizes in
// viewBox units, the tracks along the edges, the opioid rings, how far each node's label keeps
// from its centre, and where the treatment marks' pieces and labels go. Pure, so the stage and
// the label-clearance test compute the same drawing.

import { t } from '../../i18n/i18n.svelte.ts';
import { GROUPED_NODES, stageTextPixels } from './layout.ts';
import type { Area, EntryMark, StageLayout, StageNodeId } from './layout.ts';
import { OPIOID_CLOUDS, STAGE_EDGES, type OpioidCloud } from './flows.ts';
import { curveTrack, ringTrack, type Track } from '../shared/tracks.ts';
import {
  roomFrom,
  textBox,
  wrapText,
  type Box,
  type PlacedLine,
  type TextPlace,
} from '../shared/labelPlacement.ts';

/** Secondary text never drops under this many screen pixels. */
const SMALL_TEXT_PX = 12;

export interface StageSizes {
  /** viewBox units per screen pixel. */
  unitsPerPx: number;
  /** Node names. */
  font: number;
  /** Area names and other secondary text. */
  smallFont: number;
  /** A node's value, and the names of the small grouped nodes. */
  valueFont: number;
  /** The treatment marks' labels (bold). */
  markFont: number;
  /** Half-size of a particle or marker shape, viewBox units. */
  particle: number;
}

export function stageSizes(layout: StageLayout, widthPx: number): StageSizes {
  const unitsPerPx = layout.width / Math.max(widthPx, 1);
  const px = stageTextPixels(widthPx, layout.id);
  const font = px * unitsPerPx;
  const smallFont = Math.max(font * 0.75, SMALL_TEXT_PX * unitsPerPx);
  return {
    unitsPerPx,
    font,
    smallFont,
    valueFont: Math.max(font * 0.92, smallFont),
    markFont: Math.max(font * 0.9, smallFont),
    particle: px * 0.3 * unitsPerPx,
  };
}

export const radiusOf = (layout: StageLayout, id: string): number =>
  GROUPED_NODES.has(id) ? layout.groupedRadius : layout.nodeRadius;

/** The track of every edge in STAGE_EDGES order, trimmed to the nodes' rims. */
export function edgeTracks(layout: StageLayout, unitsPerPx: number): Track[] {
  return STAGE_EDGES.map((edge) => {
    const from = layout.nodes[edge.from as StageNodeId];
    const to = layout.nodes[edge.to as StageNodeId];
    return curveTrack(
      from.x,
      from.y,
      to.x,
      to.y,
      layout.bends[edge.key] ?? 0,
      radiusOf(layout, edge.from) + 2 * unitsPerPx,
      radiusOf(layout, edge.to) + 5 * unitsPerPx,
    );
  });
}

/** Radius of the ring opioids of `kind` circle on. */
export function ringRadius(
  layout: StageLayout,
  kind: OpioidCloud['kind'],
  unitsPerPx: number,
): number {
  return layout.nodeRadius * 1.2 + (kind === 'opioidKappa' ? 14 : 7) * unitsPerPx;
}

/** The opioid rings in OPIOID_CLOUDS order. */
export function opioidRings(layout: StageLayout, unitsPerPx: number): Track[] {
  return OPIOID_CLOUDS.map((cloud) => {
    const place = layout.nodes[cloud.node as StageNodeId];
    return ringTrack(place.x, place.y, ringRadius(layout, cloud.kind, unitsPerPx));
  });
}

/** How far a node's label keeps from its centre: clear of the node, or of its opioid rings. */
export function labelClearance(layout: StageLayout, id: string, sizes: StageSizes): number {
  let clear = radiusOf(layout, id);
  for (const cloud of OPIOID_CLOUDS)
    if (cloud.node === id)
      clear = Math.max(
        clear,
        ringRadius(layout, cloud.kind, sizes.unitsPerPx) + sizes.particle * 1.3,
      );
  return clear;
}

/** Text keeps this far (in ems) from the drawing's edge. */
const EDGE_EM = 0.5;

/** A line of a mark's label, an area's name or the group title, and where it goes. */
export type MarkLine = PlacedLine;

/** A treatment mark's label, wrapped to its width, one placed line each (a word too long for the
 * drawing `drawingWidth` wide is broken). */
export function markLines(
  mark: EntryMark,
  text: string,
  sizes: StageSizes,
  drawingWidth: number,
): MarkLine[] {
  const font = sizes.markFont;
  const room = roomFrom(mark.labelX, mark.anchor, drawingWidth) - font * EDGE_EM;
  const lines = wrapText(text, font, mark.labelWidth, true, room);
  const first = mark.rise === true ? mark.labelY - (lines.length - 1) * font * 1.2 : mark.labelY;
  return lines.map((line, i) => ({
    text: line,
    place: { x: mark.labelX, y: first + i * font * 1.2, anchor: mark.anchor },
  }));
}

/** An area's name, wrapped to the area's label width where it has one (a word too long for the
 * drawing `drawingWidth` wide is broken). */
export function areaTitleLines(area: Area, font: number, drawingWidth: number): MarkLine[] {
  const room = roomFrom(area.labelX, area.anchor, drawingWidth) - font * EDGE_EM;
  const lines = wrapText(t(`stage.area.${area.id}`), font, area.labelWidth ?? room, false, room);
  const first = area.rise === true ? area.labelY - (lines.length - 1) * font * 1.15 : area.labelY;
  return lines.map((line, i) => ({
    text: line,
    place: { x: area.labelX, y: first + i * font * 1.15, anchor: area.anchor },
  }));
}

/**
 * The tract's name, wrapped to the tract's width where it has one: lines along the tract (before
 * turning), each centred; the last on the tract's line, earlier ones stacked above it.
 */
export function tractLines(layout: StageLayout, font: number): MarkLine[] {
  const lines = wrapText(t('stage.tract'), font, layout.tract.width ?? Infinity);
  return lines.map((line, i) => ({
    text: line,
    place: { x: 0, y: (i - (lines.length - 1)) * font * 1.15, anchor: 'middle' },
  }));
}

/** The resting-network box's title, wrapped inside the box. */
export function groupTitleLines(layout: StageLayout, font: number): MarkLine[] {
  const { x, width, titleX, titleY } = layout.group;
  return wrapText(t('stage.group'), font, width - 2 * (titleX - x)).map((line, i) => ({
    text: line,
    place: { x: titleX, y: titleY + i * font * 1.15, anchor: 'start' },
  }));
}

/** The soft background behind a line of label text (a little taller than the letters). */
export function labelBackground(place: TextPlace, text: string, font: number, bold = false): Box {
  return textBox(place, text, font, font * 0.18, bold);
}

/** The needles: spacing, length (from the tip at the skin to the handle) and tilt per needle. */
export function needleSizes(unitsPerPx: number) {
  return { step: 11 * unitsPerPx, length: 26 * unitsPerPx, handle: 8 * unitsPerPx, tilt: 12 };
}

/** The area the three needles cover. */
export function needlesBox(mark: EntryMark, unitsPerPx: number): Box {
  const { step, length, handle } = needleSizes(unitsPerPx);
  const lean = (length + handle) * Math.sin((12 * Math.PI) / 180);
  return {
    x0: mark.x - step - lean - 3 * unitsPerPx,
    y0: mark.y - length - handle,
    x1: mark.x + step + lean + 3 * unitsPerPx,
    y1: mark.y + length * 0.25,
  };
}

/** The medicine molecules: three hexagons, their spacing and size. */
export function drugSizes(sizes: StageSizes) {
  return { step: 12 * sizes.unitsPerPx, size: sizes.particle * 1.7 };
}

/** The area the medicine molecules cover. */
export function drugBox(mark: EntryMark, sizes: StageSizes): Box {
  const { step, size } = drugSizes(sizes);
  return {
    x0: mark.x - step - size,
    y0: mark.y - step * 0.4 - size,
    x1: mark.x + step + size,
    y1: mark.y + step * 0.4 + size,
  };
}

/**
 * The dotted leader from the medicine molecules to the node they act at, from the molecules'
 * edge to the node's outer opioid ring; null when the mark names no node.
 */
export function drugLeader(
  layout: StageLayout,
  sizes: StageSizes,
): { x1: number; y1: number; x2: number; y2: number } | null {
  const mark = layout.drug;
  if (mark.target === undefined) return null;
  const node = layout.nodes[mark.target];
  const dx = node.x - mark.x;
  const dy = node.y - mark.y;
  const distance = Math.hypot(dx, dy);
  const { step, size } = drugSizes(sizes);
  const start = step + size + 3 * sizes.unitsPerPx;
  const end = distance - labelClearance(layout, mark.target, sizes) + 2 * sizes.unitsPerPx;
  if (end <= start) return null;
  const ux = dx / distance;
  const uy = dy / distance;
  return {
    x1: mark.x + ux * start,
    y1: mark.y + uy * start,
    x2: mark.x + ux * end,
    y2: mark.y + uy * end,
  };
}
