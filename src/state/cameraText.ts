// The 3D camera as the URL writes it: position and target in world millimetres, rounded to whole
// millimetres, and whether the cerebrum is cut away at the midline ("px,py,pz,tx,ty,tz[,cut]").
// Plain data, so the URL codec can read it without the 3D view (views/brain3d/cameraState.ts
// builds the presets on it).

const MAX_COORDINATE_MM = 5000;
/** How near and how far the camera may be from what it looks at (the 3D view's zoom limits). */
export const MIN_DISTANCE_MM = 60;
export const MAX_DISTANCE_MM = 1400;

export type Vec3 = [number, number, number];

export interface CameraState {
  position: Vec3;
  target: Vec3;
  /** True when the left half of the cerebrum and cerebellum is cut away (midline view). */
  cut: boolean;
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

/** The state with the eye moved along its line of sight into the zoom limits (or unchanged). */
export function fitCameraState(state: CameraState): CameraState {
  const [px, py, pz] = state.position;
  const [tx, ty, tz] = state.target;
  const distance = Math.hypot(px - tx, py - ty, pz - tz);
  if (distance >= MIN_DISTANCE_MM && distance <= MAX_DISTANCE_MM) return state;
  // A millimetre inside the limit, so rounding to whole millimetres cannot put it outside again.
  const fitted = Math.min(Math.max(distance, MIN_DISTANCE_MM + 1), MAX_DISTANCE_MM - 1);
  const k = fitted / distance;
  const position: Vec3 = [tx + (px - tx) * k, ty + (py - ty) * k, tz + (pz - tz) * k];
  return roundCameraState({ position, target: state.target, cut: state.cut });
}

export function cameraStatesEqual(a: CameraState, b: CameraState): boolean {
  return formatCameraState(a) === formatCameraState(b);
}
