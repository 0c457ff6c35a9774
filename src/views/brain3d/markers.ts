// The region markers: one instanced sphere per marker (size and brightness follow the region's
// simulated activity; in fMRI mode the colour follows its simulated BOLD change), an additive
// halo whose glow grows with activity (drawn on top, so markers inside solid structures still
// show), and rings for the selected and the keyboard-focused region. Spheres and halos are
// camera-facing quads shaded as spheres: two triangles a marker, one draw call a layer.
import {
  Color,
  DoubleSide,
  Float32BufferAttribute,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  Quaternion,
  RingGeometry,
  Vector3,
  type Group,
} from 'three';
import type { MarkerPlacement } from './anatomy.ts';
import { boldColour, BOLD_RANGE_PERCENT, rgbOfHex, type Rgb } from './boldScale.ts';
import { haloMaterial, markerCoreMaterial } from './materials.ts';
import { regionColour } from './palette.ts';

export type SceneMode = 'activity' | 'fmri';

const BASE_RADIUS_MM = 2.3;
const FMRI_RADIUS_MM = 3.4;
const SCHEMATIC_SCALE = 0.8;

const _matrix = new Matrix4();
const _position = new Vector3();
const _scale = new Vector3();
const _identity = new Quaternion();
const _colour = new Color();
const _rgb: Rgb = { r: 0, g: 0, b: 0 };

/** Marker radius (mm) for a relative activity: the area follows the activity. */
export function markerRadius(level: number, mode: SceneMode): number {
  if (mode === 'fmri') return FMRI_RADIUS_MM;
  const clamped = Math.min(2.5, Math.max(0.25, Number.isFinite(level) ? level : 1));
  return BASE_RADIUS_MM * Math.sqrt(clamped);
}

/** Glow (0-1) of the halo: faint at low activity, full at 1.5x untreated and above. */
export function glowOf(level: number): number {
  return Math.min(1, Math.max(0.08, (level - 0.5) / 1));
}

export class MarkerLayer {
  readonly cores: InstancedMesh;
  readonly halos: InstancedMesh;
  readonly selectedRing: Mesh;
  readonly focusRing: Mesh;
  /** Current radius of each marker (mm) and whether it is shown. */
  readonly radii: Float32Array;
  readonly shown: Uint8Array;
  private readonly baseRgb: Rgb[];
  private readonly hexByRegion = new Map<string, number>();
  private readonly scaleByRegion = new Map<string, number>();

  constructor(
    readonly placements: readonly MarkerPlacement[],
    parent: Group,
  ) {
    const count = placements.length;
    this.cores = new InstancedMesh(billboardQuad(0), markerCoreMaterial(), count);
    this.halos = new InstancedMesh(billboardQuad(1), haloMaterial(), count);
    // Soft-edged cores blend, so they sort with the translucent structures: after the pathway
    // tubes, before the structures they sit in (which veil them, as solid spheres were veiled).
    this.cores.renderOrder = 1;
    this.halos.renderOrder = 50;
    this.cores.frustumCulled = false;
    this.halos.frustumCulled = false;
    this.radii = new Float32Array(count);
    this.shown = new Uint8Array(count).fill(1);
    this.baseRgb = placements.map((p) => rgbOfHex(regionColour(p.regionId)));
    this.selectedRing = ring(0xffffff, 0.16);
    this.focusRing = ring(0x7fb2ff, 0.24);
    parent.add(this.cores, this.halos, this.selectedRing, this.focusRing);
  }

  /** Sets every marker from the state (not per frame: when the state changes). */
  update(
    levels: Readonly<Record<string, number>>,
    boldPercent: Readonly<Record<string, number>>,
    mode: SceneMode,
    hidden: (placement: MarkerPlacement) => boolean,
  ): void {
    for (let i = 0; i < this.placements.length; i++) {
      const placement = this.placements[i]!;
      const level = levels[placement.regionId] ?? 1;
      const isHidden = hidden(placement);
      const radius = isHidden
        ? 0
        : markerRadius(level, mode) * (placement.schematic ? SCHEMATIC_SCALE : 1);
      this.radii[i] = radius;
      this.shown[i] = isHidden ? 0 : 1;
      let glow: number;
      if (mode === 'fmri') {
        const bold = boldPercent[placement.regionId] ?? 0;
        boldColour(bold, _rgb);
        glow = 0.25 + 0.75 * Math.min(1, Math.abs(bold) / BOLD_RANGE_PERCENT);
        _colour.setRGB(_rgb.r, _rgb.g, _rgb.b, 'srgb');
      } else {
        // Brighter with activity: dimmed towards grey below untreated, towards white above.
        const base = this.baseRgb[i]!;
        const t = Math.min(1, Math.max(0, (level - 0.4) / 0.6));
        const white = Math.min(0.45, Math.max(0, (level - 1) * 0.6));
        _colour.setRGB(
          (0.25 + 0.75 * t) * (base.r + (1 - base.r) * white),
          (0.25 + 0.75 * t) * (base.g + (1 - base.g) * white),
          (0.25 + 0.75 * t) * (base.b + (1 - base.b) * white),
          'srgb',
        );
        glow = glowOf(level);
      }
      this.cores.setColorAt(i, _colour);
      this.hexByRegion.set(placement.key, _colour.getHex());
      this.scaleByRegion.set(placement.key, radius);
      _position.set(placement.mni[0], placement.mni[1], placement.mni[2]);
      _scale.setScalar(radius);
      this.cores.setMatrixAt(i, _matrix.compose(_position, _identity, _scale));
      _scale.setScalar(radius * (1.35 + 0.9 * glow));
      this.halos.setMatrixAt(i, _matrix.compose(_position, _identity, _scale));
      _colour.multiplyScalar(0.1 + 0.45 * glow);
      this.halos.setColorAt(i, _colour);
    }
    this.cores.instanceMatrix.needsUpdate = true;
    this.halos.instanceMatrix.needsUpdate = true;
    if (this.cores.instanceColor) this.cores.instanceColor.needsUpdate = true;
    if (this.halos.instanceColor) this.halos.instanceColor.needsUpdate = true;
  }

  /** Places a ring around a marker (by index; -1 hides it), facing the camera. */
  placeRing(
    ring: Mesh,
    index: number,
    cameraQuaternion: Quaternion,
    groupQuaternion: Quaternion,
  ): void {
    ring.visible = index >= 0 && this.shown[index] === 1;
    if (!ring.visible) return;
    const placement = this.placements[index]!;
    ring.position.set(placement.mni[0], placement.mni[1], placement.mni[2]);
    ring.scale.setScalar(this.radii[index]! * 1.9 + 1.2);
    // Face the camera: the ring lives in the rotated group, so undo the group's rotation.
    ring.quaternion.copy(groupQuaternion).invert().multiply(cameraQuaternion);
  }

  /** The marker colour as '#rrggbb' (for tests and the legend). */
  colourOf(key: string): string | null {
    const hex = this.hexByRegion.get(key);
    return hex === undefined ? null : `#${hex.toString(16).padStart(6, '0')}`;
  }

  radiusOf(key: string): number | null {
    return this.scaleByRegion.get(key) ?? null;
  }

  dispose(): void {
    for (const mesh of [this.cores, this.halos, this.selectedRing, this.focusRing]) {
      mesh.removeFromParent();
      mesh.geometry.dispose();
      (mesh.material as MeshBasicMaterial).dispose();
    }
    this.cores.dispose();
    this.halos.dispose();
  }
}

/** A marker's quad; `halo` (0 or 1) on every vertex tells the shared shader which it draws. */
function billboardQuad(halo: number): PlaneGeometry {
  const quad = new PlaneGeometry(2, 2);
  quad.setAttribute('aHalo', new Float32BufferAttribute([halo, halo, halo, halo], 1));
  return quad;
}

function ring(colour: number, thickness: number): Mesh {
  const mesh = new Mesh(
    new RingGeometry(1 - thickness, 1, 40),
    new MeshBasicMaterial({
      color: colour,
      side: DoubleSide,
      // One pass: three draws a translucent double-sided material twice a frame (back faces,
      // then front) and marks it changed each time, so its program is looked up again every
      // frame. A flat ring facing the camera has no back faces to show.
      forceSinglePass: true,
      transparent: true,
      depthTest: false,
      depthWrite: false,
    }),
  );
  mesh.renderOrder = 60;
  mesh.visible = false;
  return mesh;
}
