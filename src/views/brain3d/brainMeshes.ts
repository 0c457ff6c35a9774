// Loads the atlas meshes (meshopt-compressed glTF in MNI millimetres) and gives each structure its
// look: a glass cerebrum and cerebellum, a translucent brainstem, solid, softly lit inner
// structures. The caller adds `group` to the rotated MNI group and disposes through `dispose()`.
import {
  Group,
  MeshLambertMaterial,
  Plane,
  Vector3,
  type Material,
  type Mesh,
  type Object3D,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { glassMaterial } from './materials.ts';
import { ANATOMY } from './palette.ts';

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

function solid(colour: string, opacity = 1): MeshLambertMaterial {
  const translucent = opacity < 1;
  return new MeshLambertMaterial({
    color: colour,
    transparent: translucent,
    opacity,
    depthWrite: !translucent,
  });
}

function materialFor(name: string, cut: Plane[]): { material: Material; order: number } {
  if (name.startsWith('cerebrum'))
    return { material: glassMaterial(ANATOMY.glass, 0.03, 0.55, cut), order: 30 };
  if (name === 'cerebellum')
    return { material: glassMaterial(ANATOMY.cerebellumGlass, 0.04, 0.5, cut), order: 29 };
  if (name === 'brainstem') return { material: solid(ANATOMY.brainstem, 0.3), order: 20 };
  if (name.startsWith('thalamus')) return { material: solid(ANATOMY.thalamus, 0.75), order: 10 };
  if (name.startsWith('amygdala')) return { material: solid(ANATOMY.amygdala, 0.75), order: 10 };
  if (name === 'hypothalamus') return { material: solid(ANATOMY.hypothalamus, 0.75), order: 10 };
  if (name === 'cerebral_aqueduct') return { material: solid(ANATOMY.aqueduct), order: 0 };
  return { material: solid(ANATOMY.tegmentum, 0.45), order: 15 };
}

export class BrainMeshes {
  readonly group = new Group();
  readonly byName = new Map<string, Mesh>();
  /** Clips away x < 0 (MNI left) from the glass shells while it is in `clipPlanes`. */
  private readonly cutPlane = new Plane(new Vector3(1, 0, 0), 0);
  /**
   * The glass materials' clipping planes (shared by reference): empty unless cut, so the usual
   * view's shaders carry no clipping test (a discard that costs software renderers dearly).
   */
  private readonly clipPlanes: Plane[] = [];
  private readonly baseColours = new Map<string, number>();
  private disposed = false;

  /** Loads both files relative to the page; resolves once the meshes are in `group`. */
  async load(baseUrl: string): Promise<void> {
    const loader = new GLTFLoader();
    loader.setMeshoptDecoder(MeshoptDecoder);
    const files = await Promise.all(MESH_FILES.map((file) => loader.loadAsync(baseUrl + file)));
    for (const gltf of files) {
      if (this.disposed) {
        disposeTree(gltf.scene);
        continue;
      }
      gltf.scene.traverse((object) => {
        const mesh = object as Mesh;
        if (!mesh.isMesh) return;
        const loaded = mesh.material as Material;
        loaded.dispose();
        const { material, order } = materialFor(mesh.name, this.clipPlanes);
        mesh.material = material;
        mesh.renderOrder = order;
        this.byName.set(mesh.name, mesh);
        if (material instanceof MeshLambertMaterial)
          this.baseColours.set(mesh.name, material.color.getHex());
      });
      this.group.add(gltf.scene);
    }
  }

  /** Cuts the left half of the cerebrum and cerebellum away (and hides left inner structures). */
  setCut(cut: boolean): void {
    if (cut !== this.clipPlanes.length > 0) {
      this.clipPlanes.length = 0;
      if (cut) this.clipPlanes.push(this.cutPlane);
    }
    for (const name of HIDDEN_WHEN_CUT) {
      const mesh = this.byName.get(name);
      if (mesh) mesh.visible = !cut;
    }
  }

  /** Tints the region-bearing meshes (fMRI mode), or restores their anatomical colours (null). */
  tint(colourOf: ((regionId: string) => number) | null): void {
    for (const [name, regionId] of Object.entries(MESH_REGION)) {
      const mesh = this.byName.get(name);
      if (!mesh) continue;
      const material = mesh.material as MeshLambertMaterial;
      material.color.setHex(
        colourOf ? colourOf(regionId) : (this.baseColours.get(name) ?? 0xffffff),
      );
    }
  }

  get loaded(): boolean {
    return this.byName.size > 0;
  }

  dispose(): void {
    this.disposed = true;
    disposeTree(this.group);
    this.group.clear();
    this.byName.clear();
  }
}

/** Disposes every geometry and material under an object. */
export function disposeTree(root: Object3D): void {
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (mesh.geometry) mesh.geometry.dispose();
    const material = mesh.material as Material | Material[] | undefined;
    if (Array.isArray(material)) material.forEach((m) => m.dispose());
    else material?.dispose();
  });
}
