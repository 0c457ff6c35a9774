// The pathway routes (views/brain3d/routes.ts): each runs from its source marker to its target
// marker without jumps, along the expected anatomy; network arcs bow away from the brain.
import { describe, expect, it } from 'vitest';
import { pathways, regions } from '../../../src/data/catalog.ts';
import { markerPlacements, regionPosition, type Mni } from '../../../src/views/brain3d/anatomy.ts';
import {
  arcPoints,
  BRAIN_CENTRE,
  isTubePathway,
  polylineLength,
  routePoints,
} from '../../../src/views/brain3d/routes.ts';
import { curveThrough } from '../../../src/views/brain3d/pathwayLayer.ts';

const placements = markerPlacements(regions);
const route = (id: string) =>
  routePoints(
    pathways.find((p) => p.id === id)!,
    placements,
  );
const distance = (a: Mni, b: Mni) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('routePoints', () => {
  const tubes = pathways.filter(isTubePathway);

  it('draws every non-network pathway as a tube and every network link as an arc', () => {
    expect(tubes.length).toBeGreaterThan(10);
    expect(pathways.filter((p) => !isTubePathway(p)).every((p) => p.kind === 'network')).toBe(true);
  });

  it('starts at the source marker and ends at the target marker', () => {
    for (const pathway of tubes) {
      const points = routePoints(pathway, placements);
      expect(points[0], pathway.id).toEqual(regionPosition(placements, pathway.from));
      expect(points[points.length - 1], pathway.id).toEqual(regionPosition(placements, pathway.to));
    }
  });

  it('has no jumps: no step longer than 40 mm and no route longer than twice its chord + 60 mm', () => {
    for (const pathway of tubes) {
      const points = routePoints(pathway, placements);
      for (let i = 1; i < points.length; i++)
        expect(distance(points[i - 1]!, points[i]!), pathway.id).toBeLessThan(40);
      const chord = distance(points[0]!, points[points.length - 1]!);
      expect(polylineLength(points), pathway.id).toBeLessThan(2 * chord + 60);
    }
  });

  it('crosses the midline in the cord and climbs the other side to the thalamus', () => {
    const points = route('dh-projection-to-thalamus');
    expect(points[0]![0]).toBeLessThan(0);
    expect(points[points.length - 1]![0]).toBeGreaterThan(0);
    const crossing = points.findIndex((p) => p[0] > 0);
    expect(points[crossing]![2], 'crosses low, in the cord').toBeLessThan(-100);
    for (let i = 1; i < points.length; i++)
      expect(points[i]![2]).toBeGreaterThanOrEqual(points[i - 1]![2] - 1);
  });

  it('runs the descending pathways downwards from the brainstem into the cord', () => {
    for (const id of [
      'rvm-off-to-dh-projection',
      'rvm-on-to-dh-projection',
      'rvm-5ht-to-dh-projection',
      'lc-to-dh-projection',
    ]) {
      const points = route(id);
      for (let i = 1; i < points.length; i++)
        expect(points[i]![2], id).toBeLessThanOrEqual(points[i - 1]![2]);
      expect(points[points.length - 1]![2], id).toBeLessThan(-100);
    }
  });

  it('keeps PAG -> RVM inside the brainstem (|x| <= 16 mm, between the midbrain and medulla)', () => {
    for (const p of route('pag-to-rvm-off')) {
      expect(Math.abs(p[0])).toBeLessThanOrEqual(16);
      expect(p[2]).toBeLessThanOrEqual(0);
      expect(p[2]).toBeGreaterThanOrEqual(-70);
    }
  });

  it('gives a smooth curve that passes through every waypoint', () => {
    const points = route('thalamus-to-s1');
    const curve = curveThrough(points);
    points.forEach((point, i) => {
      const onCurve = curve.getPoint(i / (points.length - 1)).toArray();
      onCurve.forEach((v, axis) => expect(v).toBeCloseTo(point[axis]!, 6));
    });
  });
});

describe('arcPoints', () => {
  const mpfc: Mni = [0, 52, -2];
  const pcc: Mni = [-2, -52, 26];

  it('starts and ends at the two regions', () => {
    const points = arcPoints(mpfc, pcc, 0.2, 10);
    expect(points).toHaveLength(11);
    points[0]!.forEach((v, i) => expect(v).toBeCloseTo(mpfc[i]!, 9));
    points[10]!.forEach((v, i) => expect(v).toBeCloseTo(pcc[i]!, 9));
  });

  it('bows away from the brain centre by about lift x chord', () => {
    const chord = distance(mpfc, pcc);
    const mid = arcPoints(mpfc, pcc, 0.2, 10)[5]!;
    const straightMid: Mni = [
      (mpfc[0] + pcc[0]) / 2,
      (mpfc[1] + pcc[1]) / 2,
      (mpfc[2] + pcc[2]) / 2,
    ];
    expect(distance(mid, straightMid)).toBeCloseTo(0.2 * chord, 0);
    expect(distance(mid, BRAIN_CENTRE)).toBeGreaterThan(distance(straightMid, BRAIN_CENTRE));
  });
});
