// Label decluttering in screen space: labels are placed greedily in priority order (selected,
// focused and hovered first, then by importance), each beside its marker on the first side that
// overlaps no label already placed; a label with no free side is hidden. A label keeps the side
// it had in the last layout while that side stays free, so labels do not hop from side to side
// as the camera turns (and most find their place at the first try). Works in place on long-lived
// items so the camera can move without allocating.

export interface LabelItem {
  /** Anchor (the marker's centre) in CSS pixels; `onScreen` false skips the label. */
  x: number;
  y: number;
  onScreen: boolean;
  /** The marker's radius on screen (px), so the label clears it. */
  markerRadius: number;
  width: number;
  height: number;
  /** Higher is placed first; Infinity forces the label to show even if it overlaps. */
  priority: number;
  /** Outputs: whether the label shows and its top-left corner. */
  visible: boolean;
  left: number;
  top: number;
  /** The side it was placed on in the last layout (0-7), or -1: tried first next time. */
  side: number;
}

export function labelItem(): LabelItem {
  return {
    x: 0,
    y: 0,
    onScreen: false,
    markerRadius: 0,
    width: 0,
    height: 0,
    priority: 0,
    visible: false,
    left: 0,
    top: 0,
    side: -1,
  };
}

const GAP_PX = 3;
const PAD_PX = 2;
// Candidate spots: right, left, above, below, then the four diagonals.
const SIDES = 8;

/** Placement scratch: reused between calls, grown when there are more labels. */
let placed = new Float64Array(64 * 4);
let order = new Int32Array(0);

/** Whether a label box overlaps any placed box (the placed boxes carry the padding). */
function overlapsPlaced(count: number, left: number, top: number, width: number, height: number) {
  const right = left + width;
  const bottom = top + height;
  for (let i = 0; i < count; i++) {
    const o = i * 4;
    if (
      left < placed[o + 2]! &&
      right > placed[o]! &&
      top < placed[o + 3]! &&
      bottom > placed[o + 1]!
    )
      return true;
  }
  return false;
}

function candidate(item: LabelItem, side: number, out: { left: number; top: number }): void {
  const clear = item.markerRadius + GAP_PX;
  switch (side) {
    case 0:
      out.left = item.x + clear;
      out.top = item.y - item.height / 2;
      break;
    case 1:
      out.left = item.x - clear - item.width;
      out.top = item.y - item.height / 2;
      break;
    case 2:
      out.left = item.x - item.width / 2;
      out.top = item.y - clear - item.height;
      break;
    case 3:
      out.left = item.x - item.width / 2;
      out.top = item.y + clear;
      break;
    default: {
      // Diagonals: 4 up-right, 5 down-right, 6 up-left, 7 down-left.
      const right = side === 4 || side === 5;
      const up = side === 4 || side === 6;
      const diagonal = clear * 0.7;
      out.left = right ? item.x + diagonal : item.x - diagonal - item.width;
      out.top = up ? item.y - diagonal - item.height : item.y + diagonal;
    }
  }
}

const spot = { left: 0, top: 0 };

/** Places the item on a side if that spot is inside the view and free; true when it was. */
function tryPlace(item: LabelItem, side: number, count: number, width: number, height: number) {
  candidate(item, side, spot);
  const inside =
    spot.left - PAD_PX >= 0 &&
    spot.top - PAD_PX >= 0 &&
    spot.left + item.width + PAD_PX <= width &&
    spot.top + item.height + PAD_PX <= height;
  if (!inside || overlapsPlaced(count, spot.left, spot.top, item.width, item.height)) return false;
  item.visible = true;
  item.left = spot.left;
  item.top = spot.top;
  item.side = side;
  return true;
}

/**
 * Sorts the items' indices in `order`, highest priority first, equal priorities in item order:
 * an insertion sort of the last layout's order, which hardly changes from one frame to the next.
 */
function sortByPriority(items: readonly LabelItem[]): void {
  for (let i = 1; i < order.length; i++) {
    const index = order[i]!;
    const priority = items[index]!.priority;
    let j = i - 1;
    while (j >= 0 && placedAfter(items, order[j]!, index, priority)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = index;
  }
}

/** Whether item `a` goes after item `b` (of priority `priorityB`) in placing order. */
function placedAfter(items: readonly LabelItem[], a: number, b: number, priorityB: number) {
  const priorityA = items[a]!.priority;
  return priorityA < priorityB || (priorityA === priorityB && a > b);
}

/**
 * Places the labels inside a viewport of the given size, setting each item's `visible`, `left`
 * and `top`. Returns how many labels show.
 */
export function declutterLabels(items: LabelItem[], viewportWidth: number, viewportHeight: number) {
  if (placed.length < items.length * 4) placed = new Float64Array(items.length * 8);
  if (order.length !== items.length) order = Int32Array.from(items, (_, i) => i);
  sortByPriority(items);
  let count = 0;
  for (let k = 0; k < order.length; k++) {
    const item = items[order[k]!]!;
    item.visible = false;
    if (!item.onScreen) {
      item.side = -1;
      continue;
    }
    const kept = item.side;
    if (!(kept >= 0 && tryPlace(item, kept, count, viewportWidth, viewportHeight))) {
      item.side = -1;
      for (let side = 0; side < SIDES; side++)
        if (side !== kept && tryPlace(item, side, count, viewportWidth, viewportHeight)) break;
    }
    if (!item.visible && item.priority === Infinity) {
      // A forced label (selected or focused) shows beside its marker even if it overlaps.
      candidate(item, 0, spot);
      item.visible = true;
      item.left = Math.min(Math.max(spot.left, 0), Math.max(0, viewportWidth - item.width));
      item.top = Math.min(Math.max(spot.top, 0), Math.max(0, viewportHeight - item.height));
    }
    if (!item.visible) continue;
    const o = count * 4;
    placed[o] = item.left - PAD_PX;
    placed[o + 1] = item.top - PAD_PX;
    placed[o + 2] = item.left + item.width + PAD_PX;
    placed[o + 3] = item.top + item.height + PAD_PX;
    count++;
  }
  return count;
}
