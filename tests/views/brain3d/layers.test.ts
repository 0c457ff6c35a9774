// The scene's layers without a GPU (three's objects work in plain Node): markers follow activity
// and BOLD, particles move at the simulated rate without leaving their route, network arcs
// follow connectivity, and every layer removes itself on dispose.
import { describe, expect, it } from 'vitest';
import { Group, Matrix4, Vector3, type BufferAttribute, type MeshBasicMaterial } from 'three';
import { pathways, regions } from '../../../src/data/catalog.ts';
import { markerPlacements } from '../../../src/views/brain3d/anatomy.ts';
import { boldColour } from '../../../src/views/brain3d/boldScale.ts';
import { glowOf, MarkerLayer, markerRadius } from '../../../src/views/brain3d/markers.ts';
import { linkAppearance, linkKind, NetworkArcs } from '../../../src/views/brain3d/networkArcs.ts';
import { particleCount, PathwayLayer } from '../../../src/views/brain3d/pathwayLayer.ts';
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

    // Every particle lies within the tube's radius of some tube vertex ring.
    const tubeBoxes = layer.tubes.map((t) => {
      t.geometry.computeBoundingBox();
      return t.geometry.boundingBox!.expandByScalar(0.01);
    });
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

  it('apply the strengths to their materials and remove themselves on dispose', () => {
    const parent = new Group();
    const arcs = new NetworkArcs(links, placements, parent);
    arcs.setStrengths({ 'mpfc-to-pcc': 0.9 });
    const arc = arcs.arcs.find((a) => a.name === 'mpfc-to-pcc')!;
    expect((arc.material as MeshBasicMaterial).opacity).toBeCloseTo(linkAppearance(0.9).opacity, 6);
    arcs.dispose();
    expect(parent.children).toHaveLength(0);
  });
});
