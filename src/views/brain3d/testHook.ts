// The end-to-end tests' window into the scene (WebGL pixels are slow to sample): GPU memory
// counts, marker sizes and colours, the labels drawn and where, the camera, and forced context
// loss. When the view closes the hook keeps only the final counts, so a test can check that
// everything was disposed.
import type { BrainScene } from './BrainScene.ts';
import type { SceneStats } from './frameStats.ts';
import type { ShownLabel } from './labelOverlay.ts';

export interface Brain3dTestHook {
  stats(): SceneStats;
  markerScale(key: string): number | null;
  markerColor(key: string): string | null;
  /** The labels shown, with their boxes in CSS px from the canvas's top left. */
  labels(): readonly ShownLabel[];
  camera(): ReturnType<BrainScene['getCamera']> | null;
  loseContext(): void;
  restoreContext(): void;
  disposed: boolean;
}

declare global {
  var __painbrake3d: Brain3dTestHook | undefined;
}

/** Installs the hook for a scene; the returned function freezes it at the disposed state. */
export function installTestHook(scene: BrainScene): () => void {
  globalThis.__painbrake3d = {
    stats: () => scene.stats(),
    markerScale: (key) => scene.markerScale(key),
    markerColor: (key) => scene.markerColor(key),
    labels: () => scene.shownLabels(),
    camera: () => scene.getCamera(),
    loseContext: () => scene.loseContext(),
    restoreContext: () => scene.restoreContext(),
    disposed: false,
  };
  return () => {
    const final = scene.stats();
    globalThis.__painbrake3d = {
      stats: () => final,
      markerScale: () => null,
      markerColor: () => null,
      labels: () => [],
      camera: () => null,
      loseContext: () => undefined,
      restoreContext: () => undefined,
      disposed: true,
    };
  };
}
