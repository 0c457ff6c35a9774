// Where the 3D view puts things (views/brain3d/anatomy.ts): a marker per region and hemisphere
// at its MNI coordinate, the spinal nodes on the schematic cord, and the MNI-to-three axes.
import { describe, expect, it } from 'vitest';
import { regions } from '../../../src/data/catalog.ts';
import {
  DORSAL_HORN,
  markerPlacements,
  mniFromWorld,
  regionPosition,
  SPINAL_CORD,
  SPINAL_CORD_RADIUS_MM,
  worldFromMni,
  type Mni,
} from '../../../src/views/brain3d/anatomy.ts';

const placements = markerPlacements(regions);

/** Distance (mm) from a point to the cord's centre line (a polyline). */
function distanceToCord(p: Mni): number {
  let best = Infinity;
  for (let i = 1; i < SPINAL_CORD.length; i++) {
    const a = SPINAL_CORD[i - 1]!;
    const b = SPINAL_CORD[i]!;
    const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const ap = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
    const len2 = ab[0]! ** 2 + ab[1]! ** 2 + ab[2]! ** 2;
    const s = Math.min(
      1,
      Math.max(0, (ap[0]! * ab[0]! + ap[1]! * ab[1]! + ap[2]! * ab[2]!) / len2),
    );
    best = Math.min(
      best,
      Math.hypot(ap[0]! - s * ab[0]!, ap[1]! - s * ab[1]!, ap[2]! - s * ab[2]!),
    );
  }
  return best;
}

describe('markerPlacements', () => {
  it('places every region of data/ at least once, with unique keys', () => {
    for (const region of regions)
      expect(
        placements.some((p) => p.regionId === region.id),
        region.id,
      ).toBe(true);
    expect(new Set(placements.map((p) => p.key)).size).toBe(placements.length);
  });

  it('puts brain regions at their MNI coordinates, bilateral ones in both hemispheres', () => {
    for (const region of regions.filter((r) => r.mni !== null)) {
      const own = placements.filter((p) => p.regionId === region.id);
      if (region.mniLeft !== undefined) {
        expect(own.map((p) => p.side).sort()).toEqual(['left', 'right']);
        expect(own.find((p) => p.side === 'right')!.mni).toEqual(region.mni);
        expect(own.find((p) => p.side === 'left')!.mni).toEqual(region.mniLeft);
      } else {
        expect(own).toHaveLength(1);
        // Midline regions sit where data/ says, give or take the RVM ON/OFF separation.
        own[0]!.mni.forEach((v, axis) => expect(v).toBeCloseTo(region.mni![axis]!, -1));
      }
    }
  });

  it('draws the RVM ON and OFF cells apart although they share one coordinate', () => {
    const on = regionPosition(placements, 'rvm-on');
    const off = regionPosition(placements, 'rvm-off');
    expect(Math.hypot(on[0] - off[0], on[1] - off[1], on[2] - off[2])).toBeGreaterThanOrEqual(4);
  });

  it('puts the dorsal-horn nodes inside the schematic cord, on its dorsal side', () => {
    for (const id of ['dh-projection', 'dh-interneuron']) {
      const p = regionPosition(placements, id);
      expect(distanceToCord(p), id).toBeLessThan(SPINAL_CORD_RADIUS_MM);
      expect(p[1], `${id} is posterior to the cord's centre`).toBeLessThan(-50);
      expect(placements.find((q) => q.regionId === id)!.schematic).toBe(true);
    }
    expect(distanceToCord(DORSAL_HORN)).toBeLessThan(SPINAL_CORD_RADIUS_MM);
  });

  it('puts the nociceptor out in the periphery, outside the cord', () => {
    expect(distanceToCord(regionPosition(placements, 'nociceptor'))).toBeGreaterThan(20);
  });

  it('starts the cord at the bottom of the medulla (about MNI y -45, z -70)', () => {
    const top = SPINAL_CORD[0]!;
    expect(top[1]).toBeCloseTo(-45, -1);
    expect(top[2]).toBeGreaterThan(-72);
    expect(SPINAL_CORD[SPINAL_CORD.length - 1]![2]).toBeLessThan(top[2]);
  });
});

describe('MNI and world axes', () => {
  it('maps MNI superior to three up and anterior to -z', () => {
    expect(worldFromMni([0, 0, 10])).toEqual([0, 10, -0]);
    expect(worldFromMni([0, 10, 0])).toEqual([0, 0, -10]);
    expect(worldFromMni([7, 0, 0])).toEqual([7, 0, -0]);
  });

  it('inverts exactly', () => {
    const p: Mni = [12, -18, 6];
    expect(mniFromWorld(worldFromMni(p))).toEqual([12, -18, 6]);
  });
});
