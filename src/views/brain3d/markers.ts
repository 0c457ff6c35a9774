// The region markers: one instanced sphere per marker (size and brightness follow the region's
// simulated activity; in fMRI mode the colour follows its simulated BOLD change), a camera-facing
// quad shaded as a sphere, two triangles a marker, one draw call for all; and each marker's
// additive halo, whose glow grows with activity: its size and colour are set here and it is drawn
// on top, with the labels and the selection rings (overlayBatch.ts), so markers inside solid
// structures still show.
import {
  Color,
  InstancedMesh,
  Matrix4,
  PlaneGeometry,
  Quaternion,
  Vector3,
  type Group,
  type Material,
} from 'three';
import type { MarkerPlacement } from './anatomy.ts';
import { boldColour, BOLD_RANGE_PERCENT, rgbOfHex, type Rgb } from './boldScale.ts';
import { markerCoreMaterial } from './materials.ts';
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
  /** Each marker's halo: radius (mm, 0 while hidden) and colour in linear light (r, g, b). */
  readonly haloRadii: Float32Array;
  readonly haloColours: Float32Array;
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
    this.cores = new InstancedMesh(billboardQuad(), markerCoreMaterial(), count);
    // Soft-edged cores blend, so they sort with the translucent structures: after the pathway
    // tubes, before the structures they sit in (which veil them, as solid spheres were veiled).
    this.cores.renderOrder = 1;
    this.cores.frustumCulled = false;
    this.haloRadii = new Float32Array(count);
    this.haloColours = new Float32Array(count * 3);
    this.radii = new Float32Array(count);
    this.shown = new Uint8Array(count).fill(1);
    this.baseRgb = placements.map((p) => rgbOfHex(regionColour(p.regionId)));
    parent.add(this.cores);
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
      this.haloRadii[i] = radius * (1.35 + 0.9 * glow);
      _colour.multiplyScalar(0.1 + 0.45 * glow).toArray(this.haloColours, i * 3);
    }
    this.cores.instanceMatrix.needsUpdate = true;
    if (this.cores.instanceColor) this.cores.instanceColor.needsUpdate = true;
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
    this.cores.removeFromParent();
    this.cores.geometry.dispose();
    (this.cores.material as Material).dispose();
    this.cores.dispose();
  }
}

/** A marker's quad: -1 to 1 across, facing the camera. */
function billboardQuad(): PlaneGeometry {
  return new PlaneGeometry(2, 2);
}
