// The scene's layers without a GPU (three's objects work in plain Node): markers follow activity
// and BOLD, particles move at the simulated rate without leaving their route, network arcs
// follow connectivity, and every layer removes itself on dispose.
import { describe, expect, it } from 'vitest';
import {
  Box3,
  Float32BufferAttribute,
  Group,
  LineCurve3,
  Matrix4,
  Vector3,
  type BufferAttribute,
} from 'three';
import { pathways, regions } from '../../../src/data/catalog.ts';
import { markerPlacements } from '../../../src/views/brain3d/anatomy.ts';
import { boldColour } from '../../../src/views/brain3d/boldScale.ts';
import { glowOf, MarkerLayer, markerRadius } from '../../../src/views/brain3d/markers.ts';
import { linkAppearance, linkKind, NetworkArcs } from '../../../src/views/brain3d/networkArcs.ts';
import {
  particleCount,
  PathwayLayer,
  TUBE_RADIUS_MM,
} from '../../../src/views/brain3d/pathwayLayer.ts';
import { ribbonGeometry } from '../../../src/views/brain3d/ribbonGeometry.ts';
import { isTubePathway } from '../../../src/views/brain3d/routes.ts';

const placements = markerPlacements(regions);
const noneHidden = () => false;
const allLevels = (level: number) => Object.fromEntries(regions.map((r) => [r.id, level]));

describe('markers', () => {
  it('grow with activity (area follows level) and glow more when more active', () => {
    expect(markerRadius(2, 'activity') / markerRadius(1, 'activity')).toBeCloseTo(Math.SQRT2, 6);
    expect(markerRadius(0.5, 'activity')).toBeLessThan(markerRadius(1, 'activity'));
    expect(glowOf(1.5)).toBeGreaterThan(glowOf(1));
    expect(glowOf(0.2)).toBeGreaterThan(0);
    expect(markerRadius(0.2, 'fmri')).toBe(markerRadius(3, 'fmri'));
  });

  it('sets each instance from the state, and colours by BOLD in fMRI mode', () => {
    const parent = new Group();
    const layer = new MarkerLayer(placements, parent);
    layer.update({ ...allLevels(1), pag: 1.5 }, {}, 'activity', noneHidden);
    expect(layer.radiusOf('pag')).toBeCloseTo(markerRadius(1.5, 'activity'), 6);
    const matrix = new Matrix4();
    layer.cores.getMatrixAt(
      placements.findIndex((p) => p.key === 'pag'),
      matrix,
    );
    const position = new Vector3().setFromMatrixPosition(matrix);
    expect(position.toArray()).toEqual(regions.find((r) => r.id === 'pag')!.mni);

    layer.update(allLevels(1), { pag: 2 }, 'fmri', noneHidden);
    const rgb = boldColour(2, { r: 0, g: 0, b: 0 });
    const hex = (v: number) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0');
    expect(layer.colourOf('pag')).toBe(`#${hex(rgb.r)}${hex(rgb.g)}${hex(rgb.b)}`);
    layer.dispose();
    expect(parent.children).toHaveLength(0);
  });

  it('hides markers the predicate hides (the cut-away half)', () => {
    const layer = new MarkerLayer(placements, new Group());
    layer.update(allLevels(1), {}, 'activity', (p) => p.side === 'left' && !p.schematic);
    expect(layer.radiusOf('thalamus:left')).toBe(0);
    expect(layer.radiusOf('thalamus')).toBeGreaterThan(0);
    expect(layer.radiusOf('dh-projection')).toBeGreaterThan(0);
    layer.dispose();
  });
});

describe('ribbons', () => {
  it('put two edge vertices on the centre line per sample and two triangles per segment', () => {
    const straight = new LineCurve3(new Vector3(0, 0, 0), new Vector3(10, 0, 0));
    const bent = new LineCurve3(new Vector3(0, 0, 0), new Vector3(0, 6, 0));
    const { geometry, starts } = ribbonGeometry([straight, bent], [5, 3]);
    expect(Array.from(starts)).toEqual([0, 12, 20]);
    expect(geometry.index!.count).toBe((5 + 3) * 6);
    const position = geometry.getAttribute('position') as BufferAttribute;
    const side = geometry.getAttribute('aSide') as BufferAttribute;
    const tangent = geometry.getAttribute('aTangent') as BufferAttribute;
    // Sample k of the first curve sits at x = 2k on both edges; the shader pushes them apart.
    expect([position.getX(6), position.getX(7)]).toEqual([6, 6]);
    expect([side.getX(6), side.getX(7)]).toEqual([-1, 1]);
    expect([tangent.getX(0), tangent.getY(0)]).toEqual([1, 0]);
    expect([position.getY(starts[1]! + 7), tangent.getY(starts[1]!)]).toEqual([6, 1]);
    // Triangles never join the two ribbons.
    const index = geometry.index!;
    for (let t = 0; t < index.count; t += 3) {
      const parts = [0, 1, 2].map((k) => (index.getX(t + k) < starts[1]! ? 0 : 1));
      expect(new Set(parts).size).toBe(1);
    }
  });
});

describe('pathway particles', () => {
  const tubes = pathways.filter(isTubePathway);

  it('carry one particle every ~11 mm, at least three', () => {
    expect(particleCount(5)).toBe(3);
    expect(particleCount(110)).toBe(10);
  });

  it('move in proportion to the rate, stop at rate 0, and stay on their tube', () => {
    const parent = new Group();
    const layer = new PathwayLayer(tubes, placements, parent);
    const positions = layer.points.geometry.getAttribute('position') as BufferAttribute;
    const snapshot = () => Array.from(positions.array as Float32Array);
    const moved = (a: number[], b: number[]) => {
      let total = 0;
      for (let i = 0; i < a.length; i += 3)
        total += Math.hypot(b[i]! - a[i]!, b[i + 1]! - a[i + 1]!, b[i + 2]! - a[i + 2]!);
      return total;
    };
    const rates = (rate: number) => Object.fromEntries(tubes.map((p) => [p.id, rate]));

    layer.setRates(rates(1));
    let before = snapshot();
    layer.advance(0.05);
    const slow = moved(before, snapshot());
    layer.setRates(rates(2));
    before = snapshot();
    layer.advance(0.05);
    const fast = moved(before, snapshot());
    expect(fast / slow).toBeCloseTo(2, 0);

    layer.setRates(rates(0));
    before = snapshot();
    layer.advance(0.05);
    expect(moved(before, snapshot())).toBe(0);
    expect(layer.flowing).toBe(false);

    // Every particle lies within the tube around its own pathway's part of the ribbons (whose
    // vertices lie on the centre line: the shader widens them).
    const tubePositions = layer.tubes.geometry.getAttribute('position') as BufferAttribute;
    const tubeBoxes = tubes.map((_, i) =>
      new Box3()
        .setFromBufferAttribute(
          new Float32BufferAttribute(
            (tubePositions.array as Float32Array).subarray(
              layer.tubeStarts[i]! * 3,
              layer.tubeStarts[i + 1]! * 3,
            ),
            3,
          ),
        )
        .expandByScalar(TUBE_RADIUS_MM),
    );
    expect(tubeBoxes.every((box) => !box.isEmpty())).toBe(true);
    const array = positions.array as Float32Array;
    for (let i = 0; i < array.length; i += 3) {
      const p = new Vector3(array[i], array[i + 1], array[i + 2]);
      expect(tubeBoxes.some((box) => box.containsPoint(p))).toBe(true);
    }
    layer.dispose();
    expect(parent.children).toHaveLength(0);
  });

  it('reuses its position buffer while animating (no allocation per frame)', () => {
    const layer = new PathwayLayer(tubes, placements, new Group());
    const buffer = (layer.points.geometry.getAttribute('position') as BufferAttribute).array;
    for (let f = 0; f < 10; f++) layer.advance(1 / 60);
    expect((layer.points.geometry.getAttribute('position') as BufferAttribute).array).toBe(buffer);
    layer.dispose();
  });
});

describe('network arcs', () => {
  const links = pathways.filter((p) => p.kind === 'network');

  it('sorts links into DMN, salience and pain-modulation families', () => {
    const kind = (id: string) => linkKind(links.find((l) => l.id === id)!);
    expect(kind('mpfc-to-pcc')).toBe('dmn');
    expect(kind('insula-to-dacc')).toBe('salience');
    expect(kind('pag-to-racc')).toBe('modulation');
  });

  it('grow wider and more opaque with connectivity, within bounds', () => {
    expect(linkAppearance(0.8).radiusMm).toBeGreaterThan(linkAppearance(0.3).radiusMm);
    expect(linkAppearance(0.8).opacity).toBeGreaterThan(linkAppearance(0.3).opacity);
    expect(linkAppearance(5)).toEqual(linkAppearance(1));
    expect(linkAppearance(-1)).toEqual(linkAppearance(0));
  });

  it('apply the strengths to their own arc in the batched mesh and remove themselves on dispose', () => {
    const parent = new Group();
    const arcs = new NetworkArcs(links, placements, parent);
    arcs.setStrengths({ 'mpfc-to-pcc': 0.9 });
    expect(arcs.appearanceOf('mpfc-to-pcc')!.opacity).toBeCloseTo(linkAppearance(0.9).opacity, 6);
    expect(arcs.appearanceOf('pcc-to-precuneus')).toEqual(linkAppearance(0));
    // The arc's vertices carry its width and opacity; the other arcs keep theirs.
    const index = links.findIndex((l) => l.id === 'mpfc-to-pcc');
    const radius = arcs.mesh.geometry.getAttribute('aRadius') as BufferAttribute;
    const colour = arcs.mesh.geometry.getAttribute('color') as BufferAttribute;
    const first = arcs.starts[index]!;
    const last = arcs.starts[index + 1]! - 1;
    for (const v of [first, last]) {
      expect(radius.getX(v)).toBeCloseTo(linkAppearance(0.9).radiusMm, 5);
      expect(colour.getW(v)).toBeCloseTo(linkAppearance(0.9).opacity, 5);
    }
    const other = arcs.starts[index === 0 ? 1 : 0]!;
    expect(radius.getX(other)).toBeCloseTo(linkAppearance(0).radiusMm, 5);
    arcs.dispose();
    expect(parent.children).toHaveLength(0);
  });
});
