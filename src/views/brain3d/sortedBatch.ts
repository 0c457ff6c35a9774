// Several translucent parts drawn in one call, in the order three.js would draw them as separate
// objects: by render order, then the farthest first (by the centre of each part's bounds, as
// three sorts transparent objects), so merging them changes nothing on screen but the number of
// draw calls. The index is rewritten only when that order changes or a part is hidden or shown
// (a few times per turn of the camera), never rebuilt per frame.
import { Box3, Mesh, Vector3, type BufferAttribute, type Camera, type Material } from 'three';
import type { IndexedBatch } from './geometryBatch.ts';

const _box = new Box3();
const _centre = new Vector3();
const _cameraPosition = new Vector3();
const _forward = new Vector3();

export class SortedBatch {
  readonly mesh: Mesh;
  /** Vertex range of part i: [starts[i], starts[i + 1]) (to write per-part attributes). */
  readonly starts: Uint32Array;
  /** The parts' indices as merged, copied into the drawn index in the current order. */
  private readonly source: Uint16Array | Uint32Array;
  private readonly index: BufferAttribute;
  private readonly indexStarts: Uint32Array;
  private readonly orders: Float64Array;
  /** Each part's centre in the mesh's own space (x, y, z per part). */
  private readonly centres: Float64Array;
  private readonly depths: Float64Array;
  private readonly hidden: Uint8Array;
  private readonly drawn: Int32Array;
  private readonly wanted: Int32Array;
  private stale = true;
  /** How many indices are drawn (the hidden parts' are left out). */
  private drawnCount = 0;

  /** `orders[i]` is part i's render order, as three's `renderOrder` would be on its own mesh. */
  constructor(batch: IndexedBatch, orders: readonly number[], material: Material) {
    const parts = orders.length;
    this.starts = batch.starts;
    this.indexStarts = batch.indexStarts;
    this.orders = Float64Array.from(orders);
    this.index = batch.geometry.index!;
    this.source = (this.index.array as Uint16Array | Uint32Array).slice();
    this.centres = new Float64Array(parts * 3);
    const positions = batch.geometry.getAttribute('position') as BufferAttribute;
    for (let part = 0; part < parts; part++) {
      _box.makeEmpty();
      for (let v = batch.starts[part]!; v < batch.starts[part + 1]!; v++)
        _box.expandByPoint(_centre.fromBufferAttribute(positions, v));
      _box.getCenter(_centre).toArray(this.centres, part * 3);
    }
    this.depths = new Float64Array(parts);
    this.hidden = new Uint8Array(parts);
    this.drawn = Int32Array.from({ length: parts }, (_, i) => i);
    this.wanted = Int32Array.from(this.drawn);
    this.mesh = new Mesh(batch.geometry, material);
    // Among other objects it sorts as its first part would; no other object's order falls
    // between its parts' orders (the caller keeps it so).
    this.mesh.renderOrder = Math.min(...orders);
    this.mesh.onBeforeRender = (_renderer, _scene, camera) => this.sortFor(camera);
  }

  /** Hides or shows a part (it leaves the index while hidden). */
  setHidden(part: number, hidden: boolean): void {
    const value = hidden ? 1 : 0;
    if (this.hidden[part] === value) return;
    this.hidden[part] = value;
    this.stale = true;
  }

  /** Puts the parts in drawing order for the camera (called by three before each draw). */
  sortFor(camera: Camera): void {
    const matrix = this.mesh.matrixWorld;
    // The renderer has brought the camera's world matrix up to date; it looks down its -z.
    const e = camera.matrixWorld.elements;
    _cameraPosition.setFromMatrixPosition(camera.matrixWorld);
    _forward.set(-e[8]!, -e[9]!, -e[10]!).normalize();
    const parts = this.wanted.length;
    for (let part = 0; part < parts; part++) {
      _centre
        .fromArray(this.centres, part * 3)
        .applyMatrix4(matrix)
        .sub(_cameraPosition);
      this.depths[part] = _centre.dot(_forward);
    }
    // Insertion sort (a handful of parts, nearly in order from the last frame): render order
    // first, then the farthest first, then the merged order.
    const wanted = this.wanted;
    for (let i = 0; i < parts; i++) wanted[i] = i;
    for (let i = 1; i < parts; i++) {
      const part = wanted[i]!;
      let j = i - 1;
      while (j >= 0 && this.drawsBefore(part, wanted[j]!)) {
        wanted[j + 1] = wanted[j]!;
        j--;
      }
      wanted[j + 1] = part;
    }
    let first = 0;
    while (first < parts && this.drawn[first] === wanted[first]) first++;
    if (first === parts && !this.stale) return;
    if (this.stale) {
      this.rewrite(0, parts - 1, 0);
      this.mesh.geometry.setDrawRange(0, this.drawnCount);
      this.stale = false;
    } else {
      // Only the parts between the first and the last that moved are written and uploaded: the
      // ones before and after keep their places (what is hidden has not changed).
      let last = parts - 1;
      while (this.drawn[last] === wanted[last]) last--;
      let start = 0;
      for (let slot = 0; slot < first; slot++) start += this.drawnSize(this.drawn[slot]!);
      const end = this.rewrite(first, last, start);
      this.index.addUpdateRange(start, end - start);
    }
    this.drawn.set(wanted);
    this.index.needsUpdate = true;
  }

  /** Copies the parts in `wanted[from..to]` into the drawn index from `offset`; returns its end. */
  private rewrite(from: number, to: number, offset: number): number {
    const target = this.index.array as Uint16Array | Uint32Array;
    for (let slot = from; slot <= to; slot++) {
      const part = this.wanted[slot]!;
      if (this.hidden[part]) continue;
      const begin = this.indexStarts[part]!;
      const end = this.indexStarts[part + 1]!;
      target.set(this.source.subarray(begin, end), offset);
      offset += end - begin;
    }
    if (to === this.wanted.length - 1) this.drawnCount = offset;
    return offset;
  }

  /** How many indices a part takes in the drawn index (0 while hidden). */
  private drawnSize(part: number): number {
    return this.hidden[part] ? 0 : this.indexStarts[part + 1]! - this.indexStarts[part]!;
  }

  /** The parts' current drawing order (for tests). */
  get order(): readonly number[] {
    return Array.from(this.drawn).filter((part) => !this.hidden[part]);
  }

  private drawsBefore(a: number, b: number): boolean {
    const orderA = this.orders[a]!;
    const orderB = this.orders[b]!;
    if (orderA !== orderB) return orderA < orderB;
    const depthA = this.depths[a]!;
    const depthB = this.depths[b]!;
    if (depthA !== depthB) return depthA > depthB;
    return a < b;
  }
}
