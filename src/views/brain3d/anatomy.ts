// Where things sit in the 3D brain, in MNI millimetres (x right, y anterior, z superior): one
// marker per region and hemisphere, and the schematic spinal cord the atlas does not contain.
// Pure data and functions (no three.js), so the routes and placements are tested on their own.
import type { Region } from '../../data/schema.ts';

export type Mni = readonly [number, number, number];
export type Side = 'right' | 'left' | 'midline';

/** One marker: a region drawn at one position (bilateral regions get one per hemisphere). */
export interface MarkerPlacement {
  /** Unique per marker: the region id, with ':left' for a left-hemisphere copy. */
  key: string;
  regionId: string;
  side: Side;
  mni: Mni;
  /** True when the position is schematic (spinal cord, periphery) rather than atlas-based. */
  schematic: boolean;
}

/**
 * The schematic spinal cord: a tube from the bottom of the medulla (the atlas ends near MNI
 * y -45, z -70) running down with the cord's slight backward lean. Its length is for drawing
 * only: a real cord is about 45 cm long.
 */
export const SPINAL_CORD: readonly Mni[] = [
  [0, -44, -66],
  [0, -46, -82],
  [0, -49, -100],
  [0, -51, -118],
  [0, -52, -136],
];
export const SPINAL_CORD_RADIUS_MM = 5;

/** The dorsal horn drawn on the left, dorsal (posterior) side of the cord. */
export const DORSAL_HORN: Mni = [-2.5, -53.5, -110];

/** Schematic positions of the nodes outside the brain. */
const SCHEMATIC_POSITIONS: Readonly<Record<string, Mni>> = {
  // Second-order neuron deep in the dorsal horn, inhibitory interneuron just above it.
  'dh-projection': [-3, -54, -114],
  'dh-interneuron': [-3, -53, -105],
  // A nociceptor ending out in the left body wall; its nerve enters the dorsal root.
  nociceptor: [-46, -58, -126],
};

/**
 * The RVM's ON, OFF and serotonergic cells share one coordinate (nucleus raphe magnus); they are
 * drawn a few millimetres apart so each marker can be seen and picked (the 5-HT cells on the
 * midline just below).
 */
const SCHEMATIC_OFFSETS: Readonly<Record<string, Mni>> = {
  'rvm-on': [-2.5, 0, 0],
  'rvm-off': [2.5, 0, 0],
  'rvm-5ht': [0, 0, -3.5],
};

const add = (a: Mni, b: Mni): Mni => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];

/**
 * Every marker for the regions: bilateral regions (those with `mniLeft`) get a right and a left
 * marker, midline regions one, spinal and peripheral nodes their schematic position.
 */
export function markerPlacements(regions: readonly Region[]): MarkerPlacement[] {
  const out: MarkerPlacement[] = [];
  for (const region of regions) {
    const schematic = SCHEMATIC_POSITIONS[region.id];
    if (region.mni === null) {
      if (schematic === undefined) continue;
      out.push({
        key: region.id,
        regionId: region.id,
        side: 'left',
        mni: schematic,
        schematic: true,
      });
      continue;
    }
    const offset = SCHEMATIC_OFFSETS[region.id] ?? [0, 0, 0];
    if (region.mniLeft === undefined) {
      out.push({
        key: region.id,
        regionId: region.id,
        side: 'midline',
        mni: add(region.mni, offset),
        schematic: false,
      });
      continue;
    }
    out.push({
      key: region.id,
      regionId: region.id,
      side: 'right',
      mni: region.mni,
      schematic: false,
    });
    out.push({
      key: `${region.id}:left`,
      regionId: region.id,
      side: 'left',
      mni: region.mniLeft,
      schematic: false,
    });
  }
  return out;
}

/** The position of a region for routes: the right-hemisphere marker, or the only one. */
export function regionPosition(placements: readonly MarkerPlacement[], regionId: string): Mni {
  const found = placements.find((p) => p.regionId === regionId && p.side !== 'left');
  const fallback = placements.find((p) => p.regionId === regionId);
  const placement = found ?? fallback;
  if (placement === undefined) throw new Error(`brain3d: no marker for region "${regionId}"`);
  return placement.mni;
}

/** MNI (x right, y anterior, z up) to three's world axes (x right, y up, z towards the viewer). */
export function worldFromMni(mni: Mni): [number, number, number] {
  return [mni[0], mni[2], -mni[1]];
}

/** The inverse of worldFromMni. */
export function mniFromWorld(world: Mni): [number, number, number] {
  return [world[0], -world[2], world[1]];
}
