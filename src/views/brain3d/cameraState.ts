// The 3D camera as a small serialisable state (for the URL and the presets): position and target
// in world millimetres, rounded to whole millimetres, and whether the cerebrum is cut away at the
// midline. World axes are three's: x right, y up (MNI z), z towards the back (MNI -y).
import { worldFromMni, type Mni } from './anatomy.ts';

export type Vec3 = [number, number, number];

export interface CameraState {
  position: Vec3;
  target: Vec3;
  /** True when the left half of the cerebrum and cerebellum is cut away (midline view). */
  cut: boolean;
}

export const CAMERA_PRESETS = ['left', 'right', 'top', 'front', 'sagittal'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number] | 'reset';

/** What the camera looks at by default: the brain with the brainstem and upper cord (MNI). */
export const DEFAULT_TARGET_MNI: Mni = [0, -18, -30];
/** Vertical field of view, degrees. */
export const CAMERA_FOV_DEG = 35;
/** Half the extent the camera frames (mm): the brain plus the upper schematic cord. */
const FRAME_HALF_HEIGHT_MM = 112;
const FRAME_HALF_WIDTH_MM = 104;
const MAX_COORDINATE_MM = 5000;

/** Unit directions from the target to the camera for each preset (world axes). */
const DIRECTIONS: Readonly<Record<CameraPreset, Vec3>> = {
  reset: [-0.72, 0.3, -0.62],
  left: [-1, 0, 0],
  right: [1, 0, 0],
  // Straight down with a hair of tilt so "anterior" is up on screen and the up vector is defined.
  top: [0, 1, 0.001],
  front: [0, 0, -1],
  sagittal: [-1, 0, 0],
};

/** The distance at which the framed extent fits a viewport of the given aspect (width/height). */
export function fitDistance(aspect: number): number {
  const tanHalf = Math.tan((CAMERA_FOV_DEG * Math.PI) / 360);
  const safeAspect = Number.isFinite(aspect) && aspect > 0 ? aspect : 1;
  return Math.max(FRAME_HALF_HEIGHT_MM / tanHalf, FRAME_HALF_WIDTH_MM / (tanHalf * safeAspect));
}

/** The camera state of a preset view at a distance (mm). */
export function presetCamera(preset: CameraPreset, distance: number): CameraState {
  const target = worldFromMni(DEFAULT_TARGET_MNI);
  const d = DIRECTIONS[preset];
  const length = Math.hypot(d[0], d[1], d[2]);
  return roundCameraState({
    position: [
      target[0] + (d[0] / length) * distance,
      target[1] + (d[1] / length) * distance,
      target[2] + (d[2] / length) * distance,
    ],
    target,
    cut: preset === 'sagittal',
  });
}

const round = (v: number) => Math.round(v) + 0; // + 0 turns -0 into 0

/** The state rounded to whole millimetres (what the URL carries). */
export function roundCameraState(state: CameraState): CameraState {
  const position: Vec3 = [
    round(state.position[0]),
    round(state.position[1]),
    round(state.position[2]),
  ];
  const target: Vec3 = [round(state.target[0]), round(state.target[1]), round(state.target[2])];
  // Rounding must not put the camera on its target.
  if (position[0] === target[0] && position[1] === target[1] && position[2] === target[2])
    position[2] += 1;
  return { position, target, cut: state.cut };
}

/** "px,py,pz,tx,ty,tz" with ",cut" appended for the cut-away view. */
export function formatCameraState(state: CameraState): string {
  const r = roundCameraState(state);
  const text = [...r.position, ...r.target].join(',');
  return r.cut ? `${text},cut` : text;
}

/** Parses formatCameraState's text; null for anything malformed or out of range. */
export function parseCameraState(text: string): CameraState | null {
  const parts = text.split(',');
  const cut = parts[parts.length - 1] === 'cut';
  if (cut) parts.pop();
  if (parts.length !== 6) return null;
  const numbers = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p.trim()) ? Number(p) : Number.NaN));
  if (numbers.some((n) => !Number.isFinite(n) || Math.abs(n) > MAX_COORDINATE_MM)) return null;
  const [px, py, pz, tx, ty, tz] = numbers as [number, number, number, number, number, number];
  if (Math.hypot(px - tx, py - ty, pz - tz) < 1) return null;
  return roundCameraState({ position: [px, py, pz], target: [tx, ty, tz], cut });
}

export function cameraStatesEqual(a: CameraState, b: CameraState): boolean {
  return formatCameraState(a) === formatCameraState(b);
}
