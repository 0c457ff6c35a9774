// A bare three.js page for `npm run bench`: the same meshes as the 3D view, loaded the same way,
// drawn at a given canvas size with no app around them. Like the view it draws on demand: the
// left arrow key orbits the camera one step (as the view's own key does) and draws one frame,
// timing the draw call with the same User Timing measure as the view (`painbrake:3d-render`),
// so the benchmark can drive both pages alike and compare the work of a frame.
import {
  AmbientLight,
  DirectionalLight,
  Group,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
} from 'three';
import { RENDER_MEASURE } from '../../src/views/brain3d/frameTimings.ts';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/** The 3D view's orbit step for one arrow key press (cameraRig.ts). */
const ORBIT_STEP_RAD = Math.PI / 24;

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 1264);
const height = Number(params.get('h') ?? 460);
/** The view's camera: position then target, world millimetres (as the view reports it). */
const cam = (params.get('cam') ?? '-256,77,-203,0,-30,18').split(',').map(Number);
const canvas = document.getElementById('bare') as HTMLCanvasElement;
const renderer = new WebGLRenderer({ canvas, antialias: false });
renderer.setPixelRatio(1);
renderer.setSize(width, height);

const scene = new Scene();
scene.add(new AmbientLight(0xffffff, 0.6));
const light = new DirectionalLight(0xffffff, 1.2);
light.position.set(-200, 300, -200);
scene.add(light);
const brain = new Group();
brain.rotation.x = -Math.PI / 2; // MNI z up -> three y up, as the app does
scene.add(brain);
const camera = new PerspectiveCamera(35, width / height, 5, 4000);
camera.position.set(cam[0]!, cam[1]!, cam[2]!);
const controls = new OrbitControls(camera, canvas);
controls.target.set(cam[3]!, cam[4]!, cam[5]!);
controls.update();

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const base = params.get('base') ?? '/meshes/';
globalThis.__bareStats = { frames: 0, loaded: false, calls: 0 };

let pending = false;
const draw = () => {
  pending = false;
  const start = performance.now();
  renderer.render(scene, camera);
  performance.measure(RENDER_MEASURE, { start });
  globalThis.__bareStats!.frames++;
  globalThis.__bareStats!.calls = renderer.info.render.calls;
};
const requestDraw = () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(draw);
};

Promise.all(
  ['allen_brain_shells.meshopt.glb', 'allen_subcortical_brainstem.meshopt.glb'].map((file) =>
    loader.loadAsync(base + file),
  ),
).then((gltfs) => {
  for (const gltf of gltfs) brain.add(gltf.scene);
  globalThis.__bareStats!.loaded = true;
  requestDraw();
});

addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowLeft') return;
  controls.rotateLeft(ORBIT_STEP_RAD);
  requestDraw();
});
