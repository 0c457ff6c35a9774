// The 3D camera as a small serialisable state (for the URL and the presets): position and target
// in world millimetres, rounded to whole millimetres, and whether the cerebrum is cut away at the
// midline. World axes are three's: x right, y up (MNI z), z towards the back (MNI -y).
import { worldFromMni, type Mni } from './anatomy.ts';
import { roundCameraState, type CameraState, type Vec3 } from '../../state/cameraText.ts';

export {
  cameraStatesEqual,
  formatCameraState,
  parseCameraState,
  roundCameraState,
  type CameraState,
  type Vec3,
} from '../../state/cameraText.ts';

export const CAMERA_PRESETS = ['left', 'right', 'top', 'front', 'sagittal'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number] | 'reset';

/** What the camera looks at by default: the brain with the brainstem and upper cord (MNI). */
export const DEFAULT_TARGET_MNI: Mni = [0, -18, -30];
/** Vertical field of view, degrees. */
export const CAMERA_FOV_DEG = 35;
/** Half the extent the camera frames (mm): the brain plus the upper schematic cord. */
const FRAME_HALF_HEIGHT_MM = 112;
const FRAME_HALF_WIDTH_MM = 104;

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
