// Loads the atlas meshes (meshopt-compressed glTF in MNI millimetres) and draws each structure
// with its look (meshLooks.ts), and with them the schematic spinal cord (spinalCord.ts).
// Structures drawn alike share a draw call (software WebGL pays for each): the glass shells are
// one mesh and the inner structures with the brainstem and the cord another, each drawn part by
// part in the order three.js would draw them as separate meshes (sortedBatch.ts), so the picture
// is the same. The caller adds `group` to the rotated MNI group and disposes through `dispose()`.
import {
  BufferAttribute,
  Color,
  Group,
  Mesh,
  Plane,
  Vector3,
  type Material,
  type Object3D,
  type Texture,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { fillPart, mergeGeometries } from './geometryBatch.ts';
import { glassMaterial } from './materials.ts';
import { innerMaterial, lookOf, type InnerPart } from './meshLooks.ts';
import { SortedBatch } from './sortedBatch.ts';
import { spinalCordParts } from './spinalCord.ts';

export const MESH_FILES = [
  'meshes/allen_brain_shells.meshopt.glb',
  'meshes/allen_subcortical_brainstem.meshopt.glb',
] as const;

/** Meshes whose colour follows a region's simulated BOLD in fMRI mode. */
export const MESH_REGION: Readonly<Record<string, string>> = {
  thalamus_left: 'thalamus',
  thalamus_right: 'thalamus',
  amygdala_left: 'amygdala',
  amygdala_right: 'amygdala',
  hypothalamus: 'hypothalamus',
};

/** Meshes hidden in the midline (cut-away) view, which looks from the left. */
const HIDDEN_WHEN_CUT = new Set(['thalamus_left', 'amygdala_left']);

const _colour = new Color();

export class BrainMeshes {
  readonly group = new Group();
  /** The glass shells (cerebrum halves, cerebellum) and the inner structures, once loaded. */
  private glass: SortedBatch | null = null;
  private inner: SortedBatch | null = null;
  /** Each inner structure's part in `inner`, by name. */
  private readonly innerPart = new Map<string, number>();
  /** Clips away x < 0 (MNI left) from the glass shells while it is in `clipPlanes`. */
  private readonly cutPlane = new Plane(new Vector3(1, 0, 0), 0);
  /**
   * The glass material's clipping planes (shared by reference): empty unless cut, so the usual
   * view's shader carries no clipping test (a discard that costs software renderers dearly).
   */
  private readonly clipPlanes: Plane[] = [];
  /** The inner parts' anatomical colours (sRGB hex), opacities, and the colours now drawn. */
  private readonly innerHex: number[] = [];
  private readonly innerOpacity: number[] = [];
  private readonly innerDrawnHex: number[] = [];
  private innerColours: BufferAttribute | null = null;
  private cut = false;
  private disposed = false;

  /** Loads both files relative to the page; resolves once the meshes are in `group`. */
  async load(baseUrl: string): Promise<void> {
    const loader = new GLTFLoader();
    loader.setMeshoptDecoder(MeshoptDecoder);
    const files = await Promise.all(MESH_FILES.map((file) => loader.loadAsync(baseUrl + file)));
    if (this.disposed) {
      for (const gltf of files) disposeTree(gltf.scene);
      return;
    }
    const glass: Mesh[] = [];
    const inner: InnerPart[] = [];
    const opaque: Mesh[] = [];
    for (const gltf of files) {
      gltf.scene.updateMatrixWorld(true);
      gltf.scene.traverse((object) => {
        const mesh = object as Mesh;
        if (!mesh.isMesh) return;
        (mesh.material as Material).dispose();
        const look = lookOf(mesh.name);
        if (look.kind === 'glass') glass.push(mesh);
        else if (look.kind === 'opaque') opaque.push(mesh);
        else
          inner.push({ name: mesh.name, geometry: mesh.geometry, matrix: mesh.matrixWorld, look });
      });
    }
    if (glass.length > 0) this.glass = this.glassBatch(glass);
    this.inner = this.innerBatch([...inner, ...spinalCordParts()]);
    for (const batch of [this.glass, this.inner]) if (batch) this.group.add(batch.mesh);
    const solid = this.inner.mesh.material as Material;
    for (const mesh of opaque) this.group.add(this.opaqueMesh(mesh, solid));
    this.setCut(this.cut);
  }

  /** Cuts the left half of the cerebrum and cerebellum away (and hides left inner structures). */
  setCut(cut: boolean): void {
    this.cut = cut;
    if (cut !== this.clipPlanes.length > 0) {
      this.clipPlanes.length = 0;
      if (cut) this.clipPlanes.push(this.cutPlane);
    }
    for (const name of HIDDEN_WHEN_CUT) {
      const part = this.innerPart.get(name);
      if (part !== undefined) this.inner?.setHidden(part, cut);
    }
  }

  /** Tints the region-bearing meshes (fMRI mode), or restores their anatomical colours (null). */
  tint(colourOf: ((regionId: string) => number) | null): void {
    const inner = this.inner;
    const colours = this.innerColours;
    if (inner === null || colours === null) return;
    for (const [name, regionId] of Object.entries(MESH_REGION)) {
      const part = this.innerPart.get(name);
      if (part === undefined) continue;
      const hex = colourOf ? colourOf(regionId) : this.innerHex[part]!;
      // Only a change is written (the state is applied on every tick of a playing clock).
      if (hex === this.innerDrawnHex[part]) continue;
      this.innerDrawnHex[part] = hex;
      _colour.setHex(hex);
      const opacity = this.innerOpacity[part]!;
      fillPart(colours, inner.starts, part, _colour.r, _colour.g, _colour.b, opacity);
    }
  }

  get loaded(): boolean {
    return this.inner !== null;
  }

  dispose(): void {
    this.disposed = true;
    disposeTree(this.group);
    this.group.clear();
    this.glass = null;
    this.inner = null;
    this.innerPart.clear();
  }

  private glassBatch(meshes: readonly Mesh[]): SortedBatch {
    const batch = mergeGeometries(
      meshes.map((mesh) => mesh.geometry),
      meshes.map((mesh) => mesh.matrixWorld),
    );
    const vertices = batch.geometry.getAttribute('position').count;
    const colours = new BufferAttribute(new Float32Array(vertices * 3), 3);
    const looks = new BufferAttribute(new Float32Array(vertices * 2), 2);
    const orders = meshes.map((mesh, part) => {
      const look = lookOf(mesh.name);
      if (look.kind !== 'glass') throw new Error(`${mesh.name} is not glass`);
      _colour.set(look.colour);
      fillPart(colours, batch.starts, part, _colour.r, _colour.g, _colour.b);
      fillPart(looks, batch.starts, part, look.base, look.rim);
      return look.order;
    });
    batch.geometry.setAttribute('color', colours);
    batch.geometry.setAttribute('aGlass', looks);
    const sorted = new SortedBatch(batch, orders, glassMaterial(this.clipPlanes));
    sorted.mesh.name = 'glass';
    return sorted;
  }

  private innerBatch(parts: readonly InnerPart[]): SortedBatch {
    const batch = mergeGeometries(
      parts.map((part) => part.geometry),
      parts.map((part) => part.matrix),
    );
    const vertices = batch.geometry.getAttribute('position').count;
    // RGBA per vertex: each structure's colour and opacity (three's colour alpha, USE_COLOR_ALPHA).
    const colours = new BufferAttribute(new Float32Array(vertices * 4), 4);
    // Where each vertex reads the glow map: its bright texel if the part glows, else its dark one.
    const glowAt = new BufferAttribute(new Float32Array(vertices * 2), 2);
    this.innerColours = colours;
    parts.forEach(({ name, look }, part) => {
      this.innerPart.set(name, part);
      _colour.set(look.colour);
      this.innerHex[part] = _colour.getHex();
      this.innerDrawnHex[part] = this.innerHex[part]!;
      this.innerOpacity[part] = look.opacity;
      fillPart(colours, batch.starts, part, _colour.r, _colour.g, _colour.b, look.opacity);
      fillPart(glowAt, batch.starts, part, look.glows ? 0.75 : 0.25, 0.5);
    });
    batch.geometry.setAttribute('color', colours);
    batch.geometry.setAttribute('uv', glowAt);
    const sorted = new SortedBatch(
      batch,
      parts.map((part) => part.look.order),
      innerMaterial(),
    );
    sorted.mesh.name = 'inner-structures';
    return sorted;
  }

  /**
   * The opaque aqueduct, drawn by the inner structures' shader program (one program fewer per
   * frame): its own colour at full opacity, writing depth so it hides what is behind it, and
   * drawn before everything translucent. Blending at opacity 1 leaves its colour exact.
   */
  private opaqueMesh(mesh: Mesh, solid: Material): Mesh {
    const look = lookOf(mesh.name);
    const { geometry, starts } = mergeGeometries([mesh.geometry], [mesh.matrixWorld]);
    const vertices = starts[1]!;
    const colour = _colour.set(look.colour);
    const colours = new BufferAttribute(new Float32Array(vertices * 4), 4);
    fillPart(colours, starts, 0, colour.r, colour.g, colour.b, 1);
    const glowAt = new BufferAttribute(new Float32Array(vertices * 2), 2);
    fillPart(glowAt, starts, 0, 0.25, 0.5);
    geometry.setAttribute('color', colours);
    geometry.setAttribute('uv', glowAt);
    const material = solid.clone();
    material.depthWrite = true;
    const opaque = new Mesh(geometry, material);
    opaque.name = mesh.name;
    opaque.renderOrder = look.order;
    return opaque;
  }
}

/** Disposes a material and the textures it holds (three disposes neither by itself). */
function disposeMaterial(material: Material): void {
  for (const value of Object.values(material))
    if ((value as Texture | null)?.isTexture) (value as Texture).dispose();
  material.dispose();
}

/** Disposes every geometry, material and material texture under an object. */
export function disposeTree(root: Object3D): void {
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (mesh.geometry) mesh.geometry.dispose();
    const material = mesh.material as Material | Material[] | undefined;
    if (Array.isArray(material)) material.forEach(disposeMaterial);
    else if (material) disposeMaterial(material);
  });
}
