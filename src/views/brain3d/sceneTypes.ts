// The plain-data contract between the 3D view's Svelte component and its WebGL scene: what the
// scene shows (built from the simulation at the clock's time) and how it is set up.
import type { Pathway, Region } from '../../data/schema.ts';
import type { MarkerPlacement } from './anatomy.ts';
import type { CameraState } from './cameraState.ts';
import type { StaticLabel } from './labelOverlay.ts';
import type { SceneMode } from './markers.ts';

/** Everything the scene shows, as plain data (the component builds it from the app state). */
export interface BrainSceneState {
  /** Relative activity per region id (1 = untreated). */
  nodeLevels: Readonly<Record<string, number>>;
  /** Simulated BOLD change (percent) per region id. */
  boldPercent: Readonly<Record<string, number>>;
  /** Particle flow rate per pathway id (1 = the untreated rate). */
  pathwayRates: Readonly<Record<string, number>>;
  /** Connectivity (0-1) per network pathway id. */
  linkStrengths: Readonly<Record<string, number>>;
  selected: string | null;
  mode: SceneMode;
  /** No camera glides or damping (the person's or the system's setting). */
  reducedMotion: boolean;
  /** Particles flow along the pathways (only while the clock plays and motion is allowed). */
  flowing: boolean;
  showLabels: boolean;
  showNetworks: boolean;
}

export interface BrainSceneOptions {
  /** Element that holds the labels' hidden HTML: their text, look and size (WebGL draws them). */
  labelLayer: HTMLElement;
  /** Base URL of the app (import.meta.env.BASE_URL); meshes load from `${baseUrl}meshes/`. */
  baseUrl: string;
  regions: readonly Region[];
  pathways: readonly Pathway[];
  staticLabels: readonly StaticLabel[];
  /** A marker's label text for the state (the component supplies translated text). */
  labelText: (placement: MarkerPlacement, state: BrainSceneState) => string;
  initialCamera?: CameraState | null;
  onSelect?: (regionId: string) => void;
  onHover?: (regionId: string | null) => void;
  onCameraChange?: (state: CameraState) => void;
  onContextLost?: () => void;
  onContextRestored?: () => void;
  onMeshesLoaded?: () => void;
  onError?: (error: unknown) => void;
}
