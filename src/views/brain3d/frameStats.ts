// Counters for tests and benchmarks: how many frames were drawn, how long the first frame (and
// the first frame with the brain meshes) took from the scene's creation, the median and mean interval
// between animated frames, and three's GPU memory counts (which must return to 0 on dispose).
import type { WebGLInfo } from 'three';

const INTERVALS = 240;

export interface SceneStats {
  renders: number;
  geometries: number;
  textures: number;
  programs: number;
  triangles: number;
  calls: number;
  meshesLoaded: boolean;
  contextLost: boolean;
  /** ms from construction to the first drawn frame, and to the first with the meshes; -1 = not yet. */
  firstFrameMs: number;
  firstBrainFrameMs: number;
  /** performance.now() at the first frame with the meshes (to time from a click); -1 = not yet. */
  firstBrainFrameAtMs: number;
  /** Median interval (ms) between consecutive animated frames, over the last 240; -1 = none. */
  medianFrameMs: number;
  /**
   * Mean of the same intervals: finer than the median, which a display's refresh rounds to
   * whole frames (steps of 16.7 ms at 60 Hz); -1 = none.
   */
  meanFrameMs: number;
}

export class FrameStats {
  private readonly created = performance.now();
  private readonly intervals = new Float32Array(INTERVALS);
  private intervalCount = 0;
  private renders = 0;
  private firstFrameMs = -1;
  private firstBrainFrameMs = -1;

  rendered(meshesLoaded: boolean): void {
    this.renders++;
    const elapsed = performance.now() - this.created;
    if (this.firstFrameMs < 0) this.firstFrameMs = elapsed;
    if (meshesLoaded && this.firstBrainFrameMs < 0) this.firstBrainFrameMs = elapsed;
  }

  /** Records the time since the previous frame of an uninterrupted animation (0 = a new run). */
  frameInterval(ms: number): void {
    if (ms <= 0) return;
    this.intervals[this.intervalCount % INTERVALS] = ms;
    this.intervalCount++;
  }

  snapshot(info: WebGLInfo, meshesLoaded: boolean, contextLost: boolean): SceneStats {
    const n = Math.min(this.intervalCount, INTERVALS);
    const sorted = Array.from(this.intervals.subarray(0, n)).sort((a, b) => a - b);
    return {
      renders: this.renders,
      geometries: info.memory.geometries,
      textures: info.memory.textures,
      programs: info.programs?.length ?? 0,
      triangles: info.render.triangles,
      calls: info.render.calls,
      meshesLoaded,
      contextLost,
      firstFrameMs: Math.round(this.firstFrameMs),
      firstBrainFrameMs: Math.round(this.firstBrainFrameMs),
      firstBrainFrameAtMs:
        this.firstBrainFrameMs < 0 ? -1 : Math.round(this.created + this.firstBrainFrameMs),
      medianFrameMs: n === 0 ? -1 : Math.round(sorted[Math.floor(n / 2)]! * 10) / 10,
      meanFrameMs:
        n === 0 ? -1 : Math.round((sorted.reduce((sum, ms) => sum + ms, 0) / n) * 10) / 10,
    };
  }
}
