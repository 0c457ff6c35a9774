// The camera and how people move it: OrbitControls for mouse and touch, the keyboard (arrows
// orbit, shift+arrows pan, +/- zoom), preset views with a short eased move (a jump when motion is
// reduced), and the serialisable state for the URL.
import { DirectionalLight, Object3D, PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { MAX_DISTANCE_MM, MIN_DISTANCE_MM } from '../../state/cameraText.ts';
import {
  CAMERA_FOV_DEG,
  fitDistance,
  presetCamera,
  roundCameraState,
  type CameraPreset,
  type CameraState,
} from './cameraState.ts';

const ORBIT_STEP_RAD = Math.PI / 24;
const PAN_STEP_PX = 40;
const ZOOM_STEP = 1.15;
const MOVE_SECONDS = 0.7;

/** Arrow key -> [orbit left, orbit up] directions. */
const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** Zoom key -> dolly factor (below 1 moves closer). */
const ZOOM_KEYS: Readonly<Record<string, number>> = {
  '+': 1 / ZOOM_STEP,
  '=': 1 / ZOOM_STEP,
  '-': ZOOM_STEP,
  _: ZOOM_STEP,
};

const _fromPosition = new Vector3();
const _fromTarget = new Vector3();
const _toPosition = new Vector3();
const _toTarget = new Vector3();

export class CameraRig {
  readonly camera = new PerspectiveCamera(CAMERA_FOV_DEG, 1, 5, 4000);
  readonly controls: OrbitControls;
  /** True when the left half is cut away (part of the camera state: the midline view). */
  cut = false;
  reducedMotion = false;
  /** Until someone moves the camera (or a state is given), keep the opening view framed. */
  private autoFit = true;
  private moveElapsed = -1;

  constructor(domElement: HTMLElement, onChange: () => void) {
    this.controls = new OrbitControls(this.camera, domElement);
    this.controls.enableDamping = true;
    this.controls.dampingFactor = 0.2;
    this.controls.minDistance = MIN_DISTANCE_MM;
    this.controls.maxDistance = MAX_DISTANCE_MM;
    this.controls.zoomToCursor = false;
    this.controls.addEventListener('change', onChange);
    this.controls.addEventListener('start', () => (this.autoFit = false));
    // A headlight that moves with the camera, so whatever faces the viewer is lit.
    const headlight = new DirectionalLight(0xffffff, 1.6);
    headlight.position.set(0.4, 0.6, 1);
    const headlightTarget = new Object3D();
    headlightTarget.position.set(0, 0, -1);
    headlight.target = headlightTarget;
    this.camera.add(headlight, headlightTarget);
    this.apply(presetCamera('reset', fitDistance(1)));
  }

  setAspect(aspect: number): void {
    this.camera.aspect = aspect;
    this.camera.updateProjectionMatrix();
    if (this.autoFit) this.apply(presetCamera('reset', fitDistance(aspect)));
  }

  /** Moves to a preset view, framed for the current aspect ratio. */
  preset(preset: CameraPreset): void {
    this.moveTo(presetCamera(preset, fitDistance(this.camera.aspect)), !this.reducedMotion);
  }

  /** Moves to a state (animated or at once). */
  moveTo(state: CameraState, animate: boolean): void {
    this.autoFit = false;
    this.cut = state.cut;
    if (!animate) {
      this.moveElapsed = -1;
      this.apply(state);
      return;
    }
    _fromPosition.copy(this.camera.position);
    _fromTarget.copy(this.controls.target);
    _toPosition.fromArray(state.position);
    _toTarget.fromArray(state.target);
    this.moveElapsed = 0;
  }

  getState(): CameraState {
    const p = this.camera.position;
    const t = this.controls.target;
    return roundCameraState({ position: [p.x, p.y, p.z], target: [t.x, t.y, t.z], cut: this.cut });
  }

  /** Advances a preset move and the damping; true while the camera is still moving. */
  step(dtSeconds: number): boolean {
    if (this.moveElapsed >= 0) {
      this.moveElapsed = Math.min(MOVE_SECONDS, this.moveElapsed + dtSeconds);
      const s = this.moveElapsed / MOVE_SECONDS;
      const eased = s < 0.5 ? 4 * s * s * s : 1 - (-2 * s + 2) ** 3 / 2;
      this.camera.position.lerpVectors(_fromPosition, _toPosition, eased);
      this.controls.target.lerpVectors(_fromTarget, _toTarget, eased);
      if (this.moveElapsed >= MOVE_SECONDS) this.moveElapsed = -1;
      this.camera.lookAt(this.controls.target);
      this.controls.update();
      return true;
    }
    return this.controls.update(dtSeconds);
  }

  /** True until someone moves the camera or a state is given: the opening view, framed to fit. */
  get framing(): boolean {
    return this.autoFit;
  }

  get moving(): boolean {
    return this.moveElapsed >= 0;
  }

  /** Handles an orbit/pan/zoom key; returns true when the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    const c = this.controls;
    const arrow = ARROWS[event.key];
    const zoom = ZOOM_KEYS[event.key];
    if (arrow === undefined && zoom === undefined) return false;
    this.autoFit = false;
    // Key steps land at once: damping is counted in frames, and slow devices draw few of them.
    const damping = c.enableDamping;
    c.enableDamping = false;
    if (zoom !== undefined) c.dollyIn(zoom);
    else if (arrow && event.shiftKey) c.pan(-arrow[0] * PAN_STEP_PX, arrow[1] * PAN_STEP_PX);
    else if (arrow && arrow[0] !== 0) c.rotateLeft(arrow[0] * ORBIT_STEP_RAD);
    else if (arrow) c.rotateUp(arrow[1] * ORBIT_STEP_RAD);
    c.enableDamping = damping;
    this.moveElapsed = -1;
    return true;
  }

  dispose(): void {
    this.controls.dispose();
  }

  private apply(state: CameraState): void {
    this.camera.position.fromArray(state.position);
    this.controls.target.fromArray(state.target);
    this.camera.lookAt(this.controls.target);
    this.controls.update();
  }
}
