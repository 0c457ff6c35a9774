// Geometry of the paths particles travel: a gently bent edge between two nodes (a quadratic
// curve trimmed to the nodes' rims) or a ring around a node. Each track is sampled once into a
// typed lookup table of equally spaced points (x, y, heading), so that placing a particle in a
// frame is two multiplications and no allocation.

/** Points in a track's lookup table. */
export const TRACK_SAMPLES = 64;
const CURVE_STEPS = 96;

export interface Track {
  /** The SVG path of the visible line. */
  d: string;
  /** TRACK_SAMPLES points as x, y, heading (radians), equally spaced along the track. */
  table: Float32Array;
  /** Length in viewBox units. */
  length: number;
  /** A ring: particles go round instead of arriving. */
  closed: boolean;
}

const fixed = (value: number) => Math.round(value * 10) / 10;

/** One coordinate of a quadratic Bezier curve at `t`, and its derivative. */
const quadratic = (t: number, p0: number, c: number, p1: number) =>
  (1 - t) * (1 - t) * p0 + 2 * (1 - t) * t * c + t * t * p1;
const quadraticSlope = (t: number, p0: number, c: number, p1: number) =>
  2 * ((1 - t) * (c - p0) + t * (p1 - c));

/**
 * The track from (x0, y0) to (x1, y1), bent sideways by `bend` times its length (positive bends
 * to the left of travel), trimmed by `trimStart` and `trimEnd` units at its ends.
 */
export function curveTrack(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  bend: number,
  trimStart: number,
  trimEnd: number,
): Track {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const cx = (x0 + x1) / 2 + dy * bend;
  const cy = (y0 + y1) / 2 - dx * bend;
  const at = (t: number, axis: 0 | 1) =>
    axis === 0 ? quadratic(t, x0, cx, x1) : quadratic(t, y0, cy, y1);
  const slope = (t: number, axis: 0 | 1) =>
    axis === 0 ? quadraticSlope(t, x0, cx, x1) : quadraticSlope(t, y0, cy, y1);
  // Arc length along the curve, then the parameter t at equally spaced lengths.
  const cumulative = new Float64Array(CURVE_STEPS + 1);
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const a = (i - 1) / CURVE_STEPS;
    const b = i / CURVE_STEPS;
    cumulative[i] = cumulative[i - 1]! + Math.hypot(at(b, 0) - at(a, 0), at(b, 1) - at(a, 1));
  }
  const total = cumulative[CURVE_STEPS]!;
  const tAtLength = (length: number) => {
    let i = 1;
    while (i < CURVE_STEPS && cumulative[i]! < length) i++;
    const span = cumulative[i]! - cumulative[i - 1]!;
    const fraction = span > 0 ? (length - cumulative[i - 1]!) / span : 0;
    return (i - 1 + Math.min(Math.max(fraction, 0), 1)) / CURVE_STEPS;
  };
  const start = Math.min(trimStart, total / 3);
  const end = Math.max(total - trimEnd, total * (2 / 3));
  const table = new Float32Array(TRACK_SAMPLES * 3);
  for (let k = 0; k < TRACK_SAMPLES; k++) {
    const t = tAtLength(start + ((end - start) * k) / (TRACK_SAMPLES - 1));
    table[k * 3] = at(t, 0);
    table[k * 3 + 1] = at(t, 1);
    table[k * 3 + 2] = Math.atan2(slope(t, 1), slope(t, 0));
  }
  // The trimmed piece of a quadratic is a quadratic: control = B(t0) + (t1 - t0)/2 * B'(t0).
  const t0 = tAtLength(start);
  const t1 = tAtLength(end);
  const qx = at(t0, 0) + ((t1 - t0) / 2) * slope(t0, 0);
  const qy = at(t0, 1) + ((t1 - t0) / 2) * slope(t0, 1);
  const d = `M${fixed(at(t0, 0))} ${fixed(at(t0, 1))}Q${fixed(qx)} ${fixed(qy)} ${fixed(at(t1, 0))} ${fixed(at(t1, 1))}`;
  return { d, table, length: end - start, closed: false };
}

/** A ring of `radius` around (cx, cy), travelled clockwise. */
export function ringTrack(cx: number, cy: number, radius: number): Track {
  const table = new Float32Array(TRACK_SAMPLES * 3);
  for (let k = 0; k < TRACK_SAMPLES; k++) {
    const angle = (2 * Math.PI * k) / (TRACK_SAMPLES - 1);
    table[k * 3] = cx + radius * Math.cos(angle);
    table[k * 3 + 1] = cy + radius * Math.sin(angle);
    table[k * 3 + 2] = angle + Math.PI / 2;
  }
  const r = fixed(radius);
  const d = `M${fixed(cx - radius)} ${fixed(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  return { d, table, length: 2 * Math.PI * radius, closed: true };
}

/**
 * Writes the point at `progress` (0 start, 1 end) of a track into `out` as x, y, heading.
 * Allocation-free: the animation calls it for every particle in every frame.
 */
export function pointOnTrack(table: Float32Array, progress: number, out: Float32Array): void {
  const position = Math.min(Math.max(progress, 0), 1) * (TRACK_SAMPLES - 1);
  const below = Math.floor(position);
  const above = below < TRACK_SAMPLES - 1 ? below + 1 : below;
  const fraction = position - below;
  out[0] = table[below * 3]! + (table[above * 3]! - table[below * 3]!) * fraction;
  out[1] = table[below * 3 + 1]! + (table[above * 3 + 1]! - table[below * 3 + 1]!) * fraction;
  out[2] = table[below * 3 + 2]!;
}
