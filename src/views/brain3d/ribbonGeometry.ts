// Tubes drawn as camera-facing ribbons: each curve becomes a strip of quads along its centre line
// that the vertex shader widens across the line of sight, and the fragment shader shades as a
// round tube (see ribbonMaterial). Two triangles per segment instead of two per side per segment:
// software WebGL pays per triangle. All curves go into one geometry (one draw call); part i owns
// vertices [starts[i], starts[i + 1]).
import { BufferAttribute, BufferGeometry, Vector3, type Curve } from 'three';
import type { GeometryBatch } from './geometryBatch.ts';

const _point = new Vector3();
const _tangent = new Vector3();

/**
 * One ribbon per curve, `segments[i]` quads long, sampled evenly by arc length. Attributes:
 * `position` (the centre line), `aTangent` (its direction) and `aSide` (-1 or 1: which edge).
 */
export function ribbonGeometry(
  curves: readonly Curve<Vector3>[],
  segments: readonly number[],
): GeometryBatch {
  const starts = new Uint32Array(curves.length + 1);
  let quads = 0;
  curves.forEach((_, i) => {
    starts[i + 1] = starts[i]! + (segments[i]! + 1) * 2;
    quads += segments[i]!;
  });
  const vertexCount = starts[curves.length]!;
  const positions = new Float32Array(vertexCount * 3);
  const tangents = new Float32Array(vertexCount * 3);
  const sides = new Float32Array(vertexCount);
  const indices = vertexCount > 65535 ? new Uint32Array(quads * 6) : new Uint16Array(quads * 6);
  let index = 0;
  curves.forEach((curve, i) => {
    const count = segments[i]!;
    for (let k = 0; k <= count; k++) {
      curve.getPointAt(k / count, _point);
      curve.getTangentAt(k / count, _tangent);
      for (let side = 0; side < 2; side++) {
        const v = starts[i]! + k * 2 + side;
        _point.toArray(positions, v * 3);
        _tangent.toArray(tangents, v * 3);
        sides[v] = side === 0 ? -1 : 1;
      }
      if (k === count) continue;
      const v = starts[i]! + k * 2;
      indices.set([v, v + 1, v + 2, v + 1, v + 3, v + 2], index);
      index += 6;
    }
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('aTangent', new BufferAttribute(tangents, 3));
  geometry.setAttribute('aSide', new BufferAttribute(sides, 1));
  geometry.setIndex(new BufferAttribute(indices, 1));
  geometry.computeBoundingSphere();
  return { geometry, starts };
}
