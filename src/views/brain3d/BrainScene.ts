// The 3D brain's WebGL scene: atlas meshes with the schematic spinal cord, region markers,
// pathway tubes with flowing particles and network arcs, all in one group holding MNI
// millimetres (rotated so MNI z is three's y). A plain class: `update(state)` when the
// simulation's state changes, `resize()`, `dispose()`. It draws on demand (a change, a camera
// move or flowing particles), stops when the page is hidden or the canvas is off screen, caps the
// frame delta, and survives a lost WebGL context. The labels' placement (when it is due) and each
// frame's draw call are timed as User Timing measures (frameTimings.ts): those entries are all a
// frame allocates.
import { Color, Group, HemisphereLight, Scene, Vector2, WebGLRenderer } from 'three';
import { markerPlacements, type MarkerPlacement } from './anatomy.ts';
import { boldColour, type Rgb } from './boldScale.ts';
import { BrainMeshes } from './brainMeshes.ts';
import { CameraRig } from './cameraRig.ts';
import type { CameraPreset, CameraState } from './cameraState.ts';
import { composePng, type ExportOverlay } from './exportPng.ts';
import { FrameStats, type SceneStats } from './frameStats.ts';
import { LABELS_MEASURE, measureSince, RENDER_MEASURE } from './frameTimings.ts';
import type { BrainSceneOptions, BrainSceneState } from './sceneTypes.ts';
import { LabelAtlas } from './labelAtlas.ts';
import { LabelOverlay, type LabelEmphasis, type ShownLabel } from './labelOverlay.ts';
import { MarkerLayer } from './markers.ts';
import { NetworkArcs } from './networkArcs.ts';
import { SCENE_BACKGROUND } from './palette.ts';
import { PathwayLayer } from './pathwayLayer.ts';
import { PlacementSchedule } from './placementSchedule.ts';
import { PointerInput } from './pointerInput.ts';
import { RenderLoop } from './renderLoop.ts';
import { isTubePathway } from './routes.ts';

/** The camera counts as at rest (and is reported for the URL) after this long without change. */
const CAMERA_SETTLE_MS = 300;
/** While the camera moves, the labels are placed at most this often (placementSchedule.ts). */
const PLACEMENT_INTERVAL_MS = 100;

export type { BrainSceneOptions, BrainSceneState };

export class BrainScene {
  readonly placements: MarkerPlacement[];
  private readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly mni = new Group();
  private readonly rig: CameraRig;
  private readonly meshes = new BrainMeshes();
  private readonly markers: MarkerLayer;
  private readonly pathways: PathwayLayer;
  private readonly arcs: NetworkArcs;
  private readonly labels: LabelOverlay;
  private readonly forcedColours: MediaQueryList | undefined;
  private readonly frameStats = new FrameStats();
  private readonly loop: RenderLoop;
  private readonly pointer: PointerInput;
  private state: BrainSceneState | null = null;
  private width = 1;
  private height = 1;
  private readonly placement = new PlacementSchedule(PLACEMENT_INTERVAL_MS);
  private readonly bufferSize = new Vector2();
  /** Something changed on screen since the last draw. */
  private drawPending = true;
  /** The time since the loop's last tick (0 on a run's first), and whether that tick drew. */
  private tickIntervalMs = 0;
  private drewLastTick = false;
  private cutApplied = false;
  private cameraSettleTimer: ReturnType<typeof setTimeout> | undefined;
  private lost = false;
  private disposed = false;
  private focused: string | null = null;
  private readonly emphasis: LabelEmphasis = {
    selected: null,
    focused: null,
    hovered: null,
    showAll: true,
  };

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly options: BrainSceneOptions,
  ) {
    const pixelRatio = globalThis.devicePixelRatio ?? 1;
    // First the label atlas (a 2D canvas) and the renderer: if either fails, it throws before
    // anything needs cleaning up.
    const atlas = new LabelAtlas(canvas.ownerDocument);
    this.renderer = new WebGLRenderer({
      canvas,
      // Antialiasing costs most where it matters least: only at a device pixel ratio of 1.
      antialias: pixelRatio <= 1,
      powerPreference: 'high-performance',
    });
    // Then the loop: the camera rig below already asks for frames while it sets up.
    this.loop = new RenderLoop(canvas, this.frame, (ms) => (this.tickIntervalMs = ms));
    this.scene.background = new Color(SCENE_BACKGROUND);
    this.mni.rotation.x = -Math.PI / 2;
    this.scene.add(this.mni);

    this.rig = new CameraRig(canvas, this.onControlsChange);
    if (options.initialCamera) this.rig.moveTo(options.initialCamera, false);
    this.scene.add(this.rig.camera, new HemisphereLight(0xf2f6ff, 0x3a4250, 1.4));

    this.placements = markerPlacements(options.regions);
    this.markers = new MarkerLayer(this.placements, this.mni);
    this.pathways = new PathwayLayer(
      options.pathways.filter(isTubePathway),
      this.placements,
      this.mni,
    );
    this.arcs = new NetworkArcs(
      options.pathways.filter((p) => p.kind === 'network'),
      this.placements,
      this.mni,
    );
    this.mni.add(this.meshes.group);
    this.labels = new LabelOverlay(
      options.labelLayer,
      this.placements,
      this.markers.radii,
      this.markers.shown,
      options.staticLabels,
      atlas,
    );
    this.mni.add(this.labels.batch.mesh);
    // The labels take the page's colours: drawn again when forced colours come or go.
    this.forcedColours = canvas.ownerDocument.defaultView?.matchMedia?.('(forced-colors: active)');
    this.forcedColours?.addEventListener('change', this.onColoursChange);

    this.pointer = new PointerInput(
      canvas,
      (x, y) => this.pick(x, y),
      (regionId) => options.onSelect?.(regionId),
      (regionId) => {
        options.onHover?.(regionId);
        this.placement.invalidate(); // the hovered region's label shows
        this.requestRender();
      },
    );
    canvas.addEventListener('webglcontextlost', this.onContextLost);
    canvas.addEventListener('webglcontextrestored', this.onContextRestored);

    this.meshes
      .load(options.baseUrl)
      .then(() => {
        if (this.disposed) return;
        this.cutApplied = !this.rig.cut; // re-apply the cut to the new meshes
        this.applyState();
        options.onMeshesLoaded?.();
      })
      .catch((error: unknown) => options.onError?.(error));
  }

  /** Sets what the scene shows; draws once (or keeps animating if particles flow). */
  update(state: BrainSceneState): void {
    this.state = state;
    this.applyState();
  }

  resize(width: number, height: number, pixelRatio: number): void {
    this.width = Math.max(1, Math.round(width));
    this.height = Math.max(1, Math.round(height));
    this.renderer.setPixelRatio(Math.min(pixelRatio, 2));
    this.renderer.setSize(this.width, this.height, false);
    this.syncOverlayBuffer();
    this.rig.setAspect(this.width / this.height);
    this.pathways.setPixelScale(this.height * Math.min(pixelRatio, 2), this.rig.camera.fov);
    this.placement.invalidate();
    this.requestRender();
  }

  /** The overlay works in the drawing buffer's pixels, and draws its labels at its pixel ratio. */
  private syncOverlayBuffer(): void {
    const ratio = this.renderer.getPixelRatio();
    this.labels.setScale(ratio);
    this.labels.batch.setBuffer(this.renderer.getDrawingBufferSize(this.bufferSize), ratio);
  }

  /** Moves to a preset view ('reset' returns to the opening view). */
  setCamera(preset: CameraPreset): void {
    this.rig.preset(preset);
    this.requestRender();
  }

  getCamera(): CameraState {
    return this.rig.getState();
  }

  setCameraState(state: CameraState): void {
    this.rig.moveTo(state, false);
    this.placement.invalidate();
    this.requestRender();
  }

  /** Orbit/pan/zoom keys; returns true when the key was used (the caller prevents default). */
  handleKey(event: KeyboardEvent): boolean {
    const used = this.rig.handleKey(event);
    if (used) this.requestRender();
    return used;
  }

  /** Highlights a region for keyboard users (a ring and a forced label), or none. */
  setFocused(regionId: string | null): void {
    this.focused = regionId;
    this.placement.invalidate();
    this.requestRender();
  }

  /** The region whose marker is under a point (CSS px from the canvas's top left), or null. */
  pick(x: number, y: number): string | null {
    // Only the projection: the labels are placed on their schedule.
    if (this.placement.pending) {
      this.updateOverlayMatrices();
      this.labels.project(this.rig.camera, this.mni.matrixWorld, this.width, this.height);
    }
    const index = this.labels.pick(x, y);
    return index < 0 ? null : this.placements[index]!.regionId;
  }

  /** The current view as a PNG at the canvas's CSS size times `scale`, with labels and credit. */
  exportPng(scale: 1 | 2, overlay: ExportOverlay): Promise<Blob> {
    if (this.lost || this.disposed) return Promise.reject(new Error('no WebGL context'));
    const pixelRatio = this.renderer.getPixelRatio();
    this.renderer.setPixelRatio(scale);
    this.renderer.setSize(this.width, this.height, false);
    this.pathways.setPixelScale(this.height * scale, this.rig.camera.fov);
    // The labels' pictures are drawn again at the image's scale, and back after.
    this.syncOverlayBuffer();
    this.layoutOverlay(performance.now());
    this.renderer.render(this.scene, this.rig.camera);
    // composePng copies the frame synchronously, before the drawing buffer is cleared.
    const png = composePng(this.canvas, this.width, this.height, scale, overlay);
    this.resize(this.width, this.height, pixelRatio);
    return png;
  }

  /** Marker radius (mm) and colour for a marker key (region id, or 'id:left'); for tests. */
  markerScale(key: string): number | null {
    return this.markers.radiusOf(key);
  }

  markerColor(key: string): string | null {
    return this.markers.colourOf(key);
  }

  /** The labels shown at the last placement and their boxes (CSS px); for tests. */
  shownLabels(): ShownLabel[] {
    return this.labels.visibleLabels();
  }

  stats(): SceneStats {
    return this.frameStats.snapshot(this.renderer.info, this.meshes.loaded, this.lost);
  }

  /** Simulates losing and restoring the WebGL context (WEBGL_lose_context); for tests. */
  loseContext(): void {
    this.renderer.forceContextLoss();
  }

  restoreContext(): void {
    this.renderer.forceContextRestore();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.loop.stop();
    this.pointer.dispose();
    clearTimeout(this.cameraSettleTimer);
    this.canvas.removeEventListener('webglcontextlost', this.onContextLost);
    this.canvas.removeEventListener('webglcontextrestored', this.onContextRestored);
    this.forcedColours?.removeEventListener('change', this.onColoursChange);
    this.rig.dispose();
    this.markers.dispose();
    this.pathways.dispose();
    this.arcs.dispose();
    this.meshes.dispose();
    this.labels.dispose();
    this.scene.clear();
    this.renderer.dispose();
    // Free the GPU context now rather than when the canvas is garbage-collected.
    this.renderer.forceContextLoss();
  }

  private readonly isMarkerHidden = (placement: MarkerPlacement): boolean =>
    this.rig.cut && placement.side === 'left' && !placement.schematic;

  private readonly tintRgb: Rgb = { r: 0, g: 0, b: 0 };
  private readonly tintColour = new Color();
  private readonly boldTint = (regionId: string): number => {
    boldColour(this.state?.boldPercent[regionId] ?? 0, this.tintRgb);
    return this.tintColour.setRGB(this.tintRgb.r, this.tintRgb.g, this.tintRgb.b, 'srgb').getHex();
  };

  private applyState(): void {
    const state = this.state;
    this.cutApplied = this.rig.cut;
    this.meshes.setCut(this.rig.cut);
    // Clipping only while cut: otherwise three checks every object's clipping on every draw.
    this.renderer.localClippingEnabled = this.rig.cut;
    if (state === null) {
      this.requestRender();
      return;
    }
    this.markers.update(state.nodeLevels, state.boldPercent, state.mode, this.isMarkerHidden);
    this.labels.batch.setHalos(this.markers.haloRadii, this.markers.haloColours);
    this.meshes.tint(state.mode === 'fmri' ? this.boldTint : null);
    this.pathways.setRates(state.pathwayRates);
    this.pathways.points.visible = state.flowing;
    this.arcs.setStrengths(state.linkStrengths);
    this.arcs.setVisible(state.showNetworks);
    this.labels.setTexts((placement) => this.options.labelText(placement, state));
    this.rig.reducedMotion = state.reducedMotion;
    this.rig.controls.enableDamping = !state.reducedMotion;
    this.placement.invalidate();
    this.requestRender();
  }

  private requestRender(): void {
    this.drawPending = true;
    if (!this.disposed) this.loop.request();
  }

  /**
   * One frame: advance the camera and the particles, draw; true while something moves, or while
   * the labels wait for their placement after the camera stopped (those frames draw nothing).
   */
  private readonly frame = (dtSeconds: number): boolean => {
    if (this.disposed || this.lost) return false;
    const moving = this.rig.step(dtSeconds);
    if (moving) {
      this.placement.cameraMoved();
      this.drawPending = true;
    }
    if (this.rig.cut !== this.cutApplied) this.applyState();
    const flowing = this.pathways.flowing;
    if (flowing) {
      this.pathways.advance(dtSeconds);
      this.drawPending = true;
    }
    const drew = this.draw();
    // Frame statistics count the time between two drawn frames, not the ticks that wait for
    // the labels' placement and draw nothing.
    if (drew && this.drewLastTick && this.tickIntervalMs > 0)
      this.frameStats.frameInterval(this.tickIntervalMs);
    this.drewLastTick = drew;
    this.tickIntervalMs = 0;
    return moving || flowing || this.placement.pending;
  };

  /** Draws the frame if anything changed or the labels' placement is due; true if it drew. */
  private draw(): boolean {
    const labelsStart = performance.now();
    const placementDue = this.placement.due(labelsStart);
    if (!this.drawPending && !placementDue) return false;
    this.drawPending = false;
    if (placementDue) {
      this.layoutOverlay(labelsStart);
      measureSince(LABELS_MEASURE, labelsStart);
    }
    const renderStart = performance.now();
    this.renderer.render(this.scene, this.rig.camera);
    measureSince(RENDER_MEASURE, renderStart);
    this.frameStats.rendered(this.meshes.loaded);
    return true;
  }

  /** Places the labels and the rings for the camera as it is now. */
  private layoutOverlay(nowMs: number): void {
    this.placement.placed(nowMs);
    this.updateOverlayMatrices();
    const state = this.state;
    const emphasis = this.emphasis;
    emphasis.selected = state?.selected ?? null;
    emphasis.focused = this.focused;
    emphasis.hovered = this.pointer.hoveredRegion;
    emphasis.showAll = state?.showLabels ?? true;
    this.labels.layout(this.rig.camera, this.mni.matrixWorld, this.width, this.height, emphasis);
  }

  /** Only the group's and the camera's own matrices: the draw that follows updates the rest. */
  private updateOverlayMatrices(): void {
    this.mni.updateWorldMatrix(true, false);
    this.rig.camera.updateWorldMatrix(true, false);
  }

  private readonly onControlsChange = (): void => {
    this.placement.cameraMoved();
    this.requestRender();
    clearTimeout(this.cameraSettleTimer);
    this.cameraSettleTimer = setTimeout(this.reportCamera, CAMERA_SETTLE_MS);
  };

  private readonly reportCamera = (): void => {
    // The opening view, framed for this screen, is no one's choice: it stays out of the link, so
    // a link made on a phone opens framed for the screen that opens it.
    if (!this.disposed && !this.rig.moving && !this.rig.framing)
      this.options.onCameraChange?.(this.rig.getState());
  };

  private readonly onColoursChange = (): void => {
    this.labels.restyle();
    this.placement.invalidate();
    this.requestRender();
  };

  private readonly onContextLost = (event: Event): void => {
    event.preventDefault(); // allows the browser to restore the context
    this.lost = true;
    this.loop.enabled = false;
    this.loop.cancel();
    this.options.onContextLost?.();
  };

  private readonly onContextRestored = (): void => {
    // three re-creates its GL state and re-uploads geometry and programs on the next render.
    this.lost = false;
    this.loop.enabled = true;
    this.placement.invalidate();
    this.requestRender();
    this.options.onContextRestored?.();
  };
}
