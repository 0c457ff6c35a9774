// Several parts in one geometry, so a whole layer draws in a single call (software WebGL pays
// dearly per draw call): merging indexed geometries, and writing per-part values (colour, width,
// opacity) into a part's contiguous vertex range.
import {
  BufferAttribute,
  BufferGeometry,
  Matrix3,
  Vector3,
  type InterleavedBufferAttribute,
  type Matrix4,
} from 'three';

export interface GeometryBatch {
  geometry: BufferGeometry;
  /** Vertex range of part i: [starts[i], starts[i + 1]). */
  starts: Uint32Array;
}

/** A merged batch of indexed parts: also each part's range in the index. */
export interface IndexedBatch extends GeometryBatch {
  /** Index range of part i: [indexStarts[i], indexStarts[i + 1]). */
  indexStarts: Uint32Array;
}

const _v = new Vector3();
const _normalMatrix = new Matrix3();

/** Copies an attribute's vectors (of any stored type, normalised or not) as floats into `out`. */
function copyVectors(
  attribute: BufferAttribute | InterleavedBufferAttribute,
  out: Float32Array,
  start: number,
  transform: (v: Vector3) => void,
): void {
  for (let i = 0; i < attribute.count; i++) {
    _v.fromBufferAttribute(attribute, i);
    transform(_v);
    _v.toArray(out, (start + i) * 3);
  }
}

/**
 * Merges indexed geometries with positions and normals into one (the parts are disposed).
 * Only `position`, `normal` and the index are kept, as floats; `matrices[i]`, when given, moves
 * part i (as glTF's node transform places a quantised mesh).
 */
export function mergeGeometries(
  parts: readonly BufferGeometry[],
  matrices: readonly (Matrix4 | null)[] = [],
): IndexedBatch {
  const starts = new Uint32Array(parts.length + 1);
  const indexStarts = new Uint32Array(parts.length + 1);
  parts.forEach((part, i) => {
    starts[i + 1] = starts[i]! + part.getAttribute('position').count;
    indexStarts[i + 1] = indexStarts[i]! + (part.index?.count ?? 0);
  });
  const vertexCount = starts[parts.length]!;
  const indexCount = indexStarts[parts.length]!;
  const positions = new Float32Array(vertexCount * 3);
  const normals = new Float32Array(vertexCount * 3);
  const indices = vertexCount > 65535 ? new Uint32Array(indexCount) : new Uint16Array(indexCount);
  parts.forEach((part, i) => {
    const start = starts[i]!;
    const matrix = matrices[i] ?? null;
    if (matrix) _normalMatrix.getNormalMatrix(matrix);
    copyVectors(part.getAttribute('position'), positions, start, (v) => {
      if (matrix) v.applyMatrix4(matrix);
    });
    copyVectors(part.getAttribute('normal'), normals, start, (v) => {
      if (matrix) v.applyMatrix3(_normalMatrix).normalize();
    });
    const index = part.index!;
    const offset = indexStarts[i]!;
    for (let k = 0; k < index.count; k++) indices[offset + k] = index.getX(k) + start;
    part.dispose();
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  geometry.computeBoundingSphere();
  return { geometry, starts, indexStarts };
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
