// A bare three.js page for `npm run bench`: the same meshes as the 3D view, loaded the same way,
// drawn every frame at a given canvas size with no app around them. The benchmark compares the
// app's animated 3D view against this page's frame time in the same run.
import {
  AmbientLight,
  DirectionalLight,
  Group,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

declare global {
  var __bareStats: { frames: number; intervals: number[]; loaded: boolean } | undefined;
}

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 1264);
const height = Number(params.get('h') ?? 460);
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
const camera = new PerspectiveCamera(35, width / height, 1, 3000);
camera.position.set(-248, 77, -195);
camera.lookAt(0, -30, 18);

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const base = params.get('base') ?? '/meshes/';
globalThis.__bareStats = { frames: 0, intervals: [], loaded: false };

Promise.all(
  ['allen_brain_shells.meshopt.glb', 'allen_subcortical_brainstem.meshopt.glb'].map((file) =>
    loader.loadAsync(base + file),
  ),
).then((gltfs) => {
  for (const gltf of gltfs) brain.add(gltf.scene);
  globalThis.__bareStats!.loaded = true;
  let last = 0;
  const tick = (now: number) => {
    const stats = globalThis.__bareStats!;
    if (last > 0) stats.intervals.push(now - last);
    last = now;
    brain.rotation.z += 0.002; // something moves every frame, as in the animated view
    renderer.render(scene, camera);
    stats.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
