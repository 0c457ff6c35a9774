// The anatomical routes of the pathways, as MNI waypoints between the two regions' markers, and
// the arcs drawn for network links. Pure data and arithmetic (no three.js): BrainScene turns the
// point lists into CatmullRomCurve3 tubes. Routes are drawn for teaching, not traced from tracts:
// they follow the textbook course (spinothalamic tract up the anterolateral cord and lateral
// brainstem; thalamocortical fibres through the internal capsule; descending fibres in the
// dorsolateral funiculus) closely enough to show where a pathway runs.
import type { Pathway } from '../../data/schema.ts';
import { regionPosition, type MarkerPlacement, type Mni } from './anatomy.ts';

/** Waypoints between a pathway's source and target (both excluded), in MNI mm. */
const VIA: Readonly<Record<string, readonly Mni[]>> = {
  'nociceptor-to-dh-projection': [
    [-32, -60, -124],
    [-14, -59, -118],
    [-7, -57, -115],
  ],
  'dh-interneuron-to-dh-projection': [],
  // Crosses the midline in the cord, then climbs on the other side (anterolateral system).
  'dh-projection-to-thalamus': [
    [1, -50, -112],
    [5, -47, -100],
    [6, -45, -82],
    [8, -42, -62],
    [10, -35, -40],
    [12, -29, -18],
    [13, -23, -3],
  ],
  'thalamus-to-s1': [
    [20, -22, 20],
    [30, -25, 40],
  ],
  'thalamus-to-s2': [
    [28, -21, 12],
    [42, -22, 16],
  ],
  'thalamus-to-insula': [
    [23, -4, 6],
    [33, 12, 1],
  ],
  'thalamus-to-dacc': [
    [8, -4, 16],
    [4, 10, 28],
  ],
  'dlpfc-to-pag': [
    [30, 24, 14],
    [13, 4, -1],
    [5, -18, -6],
  ],
  'vmpfc-to-pag': [
    [3, 32, -10],
    [4, 10, -10],
    [3, -16, -9],
  ],
  'racc-to-pag': [
    [2, 22, 2],
    [3, 2, -2],
    [2, -18, -7],
  ],
  'amygdala-to-pag': [
    [15, -13, -15],
    [6, -25, -11],
  ],
  'hypothalamus-to-pag': [[1, -18, -9]],
  'pag-to-rvm-off': [
    [1, -34, -22],
    [2, -35, -32],
  ],
  'pag-to-rvm-on': [
    [-1, -34, -22],
    [-2, -35, -32],
  ],
  'pag-to-rvm-5ht': [
    [0, -34, -22],
    [0, -35, -34],
  ],
  'pag-to-lc': [[3, -34, -17]],
  // Down the dorsolateral funiculus to the dorsal horn drawn on the left of the cord.
  'rvm-off-to-dh-projection': [
    [3, -40, -55],
    [2, -44, -72],
    [-2, -47, -86],
    [-4, -52, -104],
  ],
  'rvm-on-to-dh-projection': [
    [-3, -40, -55],
    [-4, -44, -72],
    [-5, -48, -86],
    [-5.5, -52, -104],
  ],
  'lc-to-dh-projection': [
    [6, -41, -42],
    [5, -44, -62],
    [1, -47, -80],
    [-2.5, -51, -100],
  ],
  'rvm-5ht-to-dh-projection': [
    [0.5, -40, -56],
    [-0.5, -44, -73],
    [-3, -47, -87],
    [-4.5, -52, -104],
  ],
  'rvm-5ht-to-dh-interneuron': [
    [1, -39, -56],
    [0.5, -43, -73],
    [-1.5, -47, -86],
    [-3, -52, -98],
  ],
};

/** Whether a pathway is drawn as a tube (network links are arcs; see arcPoints). */
export const isTubePathway = (pathway: Pathway): boolean => pathway.kind !== 'network';

/** The full route of a pathway: source marker, waypoints, target marker. */
export function routePoints(pathway: Pathway, placements: readonly MarkerPlacement[]): Mni[] {
  const from = regionPosition(placements, pathway.from);
  const to = regionPosition(placements, pathway.to);
  const via = VIA[pathway.id];
  if (via !== undefined) return [from, ...via, to];
  // A pathway added to data/ without a route: a gentle bow between the two markers.
  return arcPoints(from, to, 0.15, 3);
}

/** The brain's centre, used to bow network arcs outwards (MNI mm). */
export const BRAIN_CENTRE: Mni = [0, -18, 8];

/**
 * Points along an arc from a to b whose middle is lifted away from the brain's centre (and up)
 * by `lift` times the chord length, so links over the brain do not cut through it.
 */
export function arcPoints(a: Mni, b: Mni, lift: number, segments: number): Mni[] {
  const mid: [number, number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
  const chord = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
  const away = [mid[0] - BRAIN_CENTRE[0], mid[1] - BRAIN_CENTRE[1], mid[2] - BRAIN_CENTRE[2] + 20];
  const length = Math.hypot(away[0]!, away[1]!, away[2]!) || 1;
  const control: Mni = [
    mid[0] + (away[0]! / length) * chord * lift * 2,
    mid[1] + (away[1]! / length) * chord * lift * 2,
    mid[2] + (away[2]! / length) * chord * lift * 2,
  ];
  // A quadratic Bezier through the control point (its apex sits at lift x chord).
  const points: Mni[] = [];
  for (let i = 0; i <= segments; i++) {
    const s = i / segments;
    const u = 1 - s;
    points.push([
      u * u * a[0] + 2 * u * s * control[0] + s * s * b[0],
      u * u * a[1] + 2 * u * s * control[1] + s * s * b[1],
      u * u * a[2] + 2 * u * s * control[2] + s * s * b[2],
    ]);
  }
  return points;
}

/** The length of a polyline through the points (mm). */
export function polylineLength(points: readonly Mni[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    length += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
  }
  return length;
}
