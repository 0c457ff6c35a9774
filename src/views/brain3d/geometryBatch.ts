// Several parts in one geometry, so a whole layer draws in a single call (software WebGL pays
// dearly per draw call): merging indexed geometries, and writing per-part values (colour, width,
// opacity) into a part's contiguous vertex range.
import { BufferAttribute, BufferGeometry } from 'three';

export interface GeometryBatch {
  geometry: BufferGeometry;
  /** Vertex range of part i: [starts[i], starts[i + 1]). */
  starts: Uint32Array;
}

/**
 * Merges indexed geometries with positions and normals into one (the parts are disposed).
 * Only `position`, `normal` and the index are kept.
 */
export function mergeGeometries(parts: readonly BufferGeometry[]): GeometryBatch {
  const starts = new Uint32Array(parts.length + 1);
  let indexCount = 0;
  parts.forEach((part, i) => {
    starts[i + 1] = starts[i]! + part.getAttribute('position').count;
    indexCount += part.index?.count ?? 0;
  });
  const vertexCount = starts[parts.length]!;
  const positions = new Float32Array(vertexCount * 3);
  const normals = new Float32Array(vertexCount * 3);
  const indices = vertexCount > 65535 ? new Uint32Array(indexCount) : new Uint16Array(indexCount);
  let offset = 0;
  parts.forEach((part, i) => {
    const start = starts[i]!;
    positions.set(part.getAttribute('position').array as Float32Array, start * 3);
    normals.set(part.getAttribute('normal').array as Float32Array, start * 3);
    const index = part.index!;
    for (let k = 0; k < index.count; k++) indices[offset + k] = index.getX(k) + start;
    offset += index.count;
    part.dispose();
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  geometry.computeBoundingSphere();
  return { geometry, starts };
}

/** Sets the first `itemSize` of (x, y, z, w) on every vertex of part `part` in an attribute. */
export function fillPart(
  attribute: BufferAttribute,
  starts: Uint32Array,
  part: number,
  x: number,
  y = 0,
  z = 0,
  w = 0,
): void {
  const array = attribute.array as Float32Array;
  const size = attribute.itemSize;
  for (let o = starts[part]! * size; o < starts[part + 1]! * size; o += size) {
    array[o] = x;
    if (size > 1) array[o + 1] = y;
    if (size > 2) array[o + 2] = z;
    if (size > 3) array[o + 3] = w;
  }
  attribute.needsUpdate = true;
}
