// Batched meshes draw as separate meshes would: merged parts keep their place and shape, are
// drawn in three's order for translucent objects (render order, then the farthest first), have
// only the moved part of their index rewritten, and leave it while hidden; no other layer's
// render order falls between a batch's parts', so the batch sorts among them as its parts would.
import { describe, expect, it } from 'vitest';
import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Group,
  Matrix4,
  MeshBasicMaterial,
  PerspectiveCamera,
  Quaternion,
  Vector3,
} from 'three';
import { pathways, regions } from '../../../src/data/catalog.ts';
import { markerPlacements } from '../../../src/views/brain3d/anatomy.ts';
import { MESH_FILES } from '../../../src/views/brain3d/brainMeshes.ts';
import { lookOf } from '../../../src/views/brain3d/meshLooks.ts';
import { mergeGeometries } from '../../../src/views/brain3d/geometryBatch.ts';
import { MarkerLayer } from '../../../src/views/brain3d/markers.ts';
import { NetworkArcs } from '../../../src/views/brain3d/networkArcs.ts';
import { PathwayLayer } from '../../../src/views/brain3d/pathwayLayer.ts';
import { isTubePathway } from '../../../src/views/brain3d/routes.ts';
import { SortedBatch } from '../../../src/views/brain3d/sortedBatch.ts';
import { spinalCordParts } from '../../../src/views/brain3d/spinalCord.ts';

/** Three boxes: 0 at x = -20 and 1 at x = +20 (render order 10), 2 at the origin (order 5). */
function threeBoxes() {
  const boxes = [-20, 20, 0].map((x) => new BoxGeometry(4, 4, 4).translate(x, 0, 0));
  const counts = boxes.map((box) => box.index!.count);
  const indices = boxes.map((box) => Array.from(box.index!.array));
  const batch = mergeGeometries(boxes);
  const sorted = new SortedBatch(batch, [10, 10, 5], new MeshBasicMaterial());
  // The merged indices of each part, as they were before any sorting.
  const partIndices = [0, 1, 2].map((part) =>
    indices[part]!.map((index) => index + batch.starts[part]!),
  );
  return { sorted, counts, partIndices };
}

function cameraAt(x: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(35, 1, 1, 1000);
  camera.position.set(x, 0, 0);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  return camera;
}

const drawnIndex = (sorted: SortedBatch) => {
  const geometry = sorted.mesh.geometry;
  return Array.from(geometry.index!.array).slice(0, geometry.drawRange.count);
};

describe('merged geometry', () => {
  it('places each part by its matrix, reading quantised attributes as numbers', () => {
    // A quantised triangle (int16 positions, int8 normals, both normalised), as glTF ships them.
    const part = new BufferGeometry();
    part.setAttribute(
      'position',
      new BufferAttribute(new Int16Array([0, 0, 0, 32767, 0, 0, 0, 32767, 0]), 3, true),
    );
    part.setAttribute(
      'normal',
      new BufferAttribute(new Int8Array([0, 0, 127, 0, 0, 127, 0, 0, 127]), 3, true),
    );
    part.setIndex([0, 1, 2]);
    const other = new BoxGeometry(1, 1, 1);
    const boxVertices = other.getAttribute('position').count;
    const place = new Matrix4().compose(
      new Vector3(10, 20, 30),
      new Quaternion(),
      new Vector3(2, 2, 8),
    );
    const { geometry, starts, indexStarts } = mergeGeometries([other, part], [null, place]);
    expect(Array.from(starts)).toEqual([0, boxVertices, boxVertices + 3]);
    expect(Array.from(indexStarts)).toEqual([0, 36, 39]);
    const position = geometry.getAttribute('position');
    const second = new Vector3().fromBufferAttribute(position, boxVertices + 1);
    expect(second.toArray()).toEqual([12, 20, 30]);
    const normal = new Vector3().fromBufferAttribute(geometry.getAttribute('normal'), boxVertices);
    expect(normal.length()).toBeCloseTo(1, 6);
    expect(normal.z).toBeCloseTo(1, 6);
    expect(Array.from(geometry.index!.array).slice(36)).toEqual([
      boxVertices,
      boxVertices + 1,
      boxVertices + 2,
    ]);
  });
});

describe('a sorted batch', () => {
  it('draws by render order, then the farthest part first', () => {
    const { sorted, partIndices } = threeBoxes();
    sorted.sortFor(cameraAt(-100));
    expect(sorted.order).toEqual([2, 1, 0]);
    expect(drawnIndex(sorted)).toEqual([
      ...partIndices[2]!,
      ...partIndices[1]!,
      ...partIndices[0]!,
    ]);
    sorted.sortFor(cameraAt(100));
    expect(sorted.order).toEqual([2, 0, 1]);
    expect(drawnIndex(sorted)).toEqual([
      ...partIndices[2]!,
      ...partIndices[0]!,
      ...partIndices[1]!,
    ]);
  });

  it('sorts from where the batch is, not from its own origin', () => {
    const { sorted } = threeBoxes();
    // Moved 60 mm to the right, all three parts lie beyond a camera at x = 0 looking right.
    sorted.mesh.position.x = 60;
    sorted.mesh.updateMatrixWorld();
    const camera = new PerspectiveCamera(35, 1, 1, 1000);
    camera.lookAt(1, 0, 0);
    camera.updateMatrixWorld();
    sorted.sortFor(camera);
    expect(sorted.order).toEqual([2, 1, 0]);
  });

  it('rewrites and uploads only the parts that moved, and nothing while the order holds', () => {
    const { sorted, counts } = threeBoxes();
    const index = sorted.mesh.geometry.index!;
    sorted.sortFor(cameraAt(-100));
    const version = index.version;
    index.clearUpdateRanges();
    sorted.sortFor(cameraAt(-90));
    expect(index.version).toBe(version);
    sorted.sortFor(cameraAt(100));
    expect(index.version).toBeGreaterThan(version);
    expect(index.updateRanges).toEqual([{ start: counts[2], count: counts[0]! + counts[1]! }]);
  });

  it('leaves hidden parts out of the drawn index, and puts them back when shown', () => {
    const { sorted, counts, partIndices } = threeBoxes();
    const camera = cameraAt(-100);
    sorted.setHidden(0, true);
    sorted.sortFor(camera);
    expect(sorted.order).toEqual([2, 1]);
    expect(sorted.mesh.geometry.drawRange.count).toBe(counts[2]! + counts[1]!);
    expect(drawnIndex(sorted)).toEqual([...partIndices[2]!, ...partIndices[1]!]);
    sorted.setHidden(0, false);
    sorted.sortFor(camera);
    expect(sorted.order).toEqual([2, 1, 0]);
    expect(sorted.mesh.geometry.drawRange.count).toBe(counts[0]! + counts[1]! + counts[2]!);
  });
});

describe('the atlas batches among the other layers', () => {
  it('have no other layer drawn between their parts, so batching keeps the drawing order', () => {
    const atlasNames = [
      ...['cerebrum_left', 'cerebrum_right', 'cerebellum', 'brainstem'],
      ...['thalamus_left', 'thalamus_right', 'amygdala_left', 'amygdala_right', 'hypothalamus'],
      ...['cerebral_aqueduct', 'midbrain_tegmentum', 'pontine_tegmentum', 'medullary_tegmentum'],
    ];
    expect(MESH_FILES).toHaveLength(2);
    const looks = atlasNames.map(lookOf);
    const glass = looks.filter((l) => l.kind === 'glass').map((l) => l.order);
    const inner = [
      ...looks.filter((l) => l.kind === 'inner').map((l) => l.order),
      ...spinalCordParts().map((part) => part.look.order),
    ];
    const placements = markerPlacements(regions);
    const group = new Group();
    new MarkerLayer(placements, group);
    new PathwayLayer(pathways.filter(isTubePathway), placements, group);
    new NetworkArcs(
      pathways.filter((p) => p.kind === 'network'),
      placements,
      group,
    );
    const others = [
      ...group.children.map((child) => child.renderOrder),
      ...looks.filter((l) => l.kind === 'opaque').map((l) => l.order),
    ];
    for (const batch of [glass, inner]) {
      const [low, high] = [Math.min(...batch), Math.max(...batch)];
      expect(others.filter((order) => order >= low && order <= high)).toEqual([]);
    }
  });
});
