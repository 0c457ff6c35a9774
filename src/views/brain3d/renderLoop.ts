// Drawing on demand: a frame is requested when something changes and the loop keeps going only
// while the scene says something moves. It is a task of the one frame scheduler
// (state/frames.ts), which never runs while the page is hidden and caps the frame delta (as
// threlte caps it at 0.1 s) so a long pause does not make particles jump; here it also waits
// while the canvas is off screen or the context is lost.
import { framesOf } from '../../state/frames.ts';

export class RenderLoop {
  /** Set false while the WebGL context is lost. */
  enabled = true;
  private stopRun: (() => void) | null = null;
  private lastFrameMs = 0;
  private onScreen = true;
  private stopped = false;
  /** A frame was asked for while one was drawing: draw another. */
  private askedWhileDrawing = false;
  private readonly observer: IntersectionObserver | null;
  private readonly frames = framesOf();

  /**
   * @param frame draws one frame after `dtSeconds`; returns true to keep animating.
   * @param onInterval receives the time between consecutive animated frames (for statistics).
   */
  constructor(
    target: Element,
    private readonly frame: (dtSeconds: number) => boolean,
    private readonly onInterval: (ms: number) => void,
  ) {
    this.observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            this.onScreen = entries[entries.length - 1]?.isIntersecting ?? true;
            if (this.onScreen) this.request();
            else this.cancel();
          });
    this.observer?.observe(target);
  }

  /** Asks for a frame (a no-op if one is pending or drawing is paused). */
  readonly request = (): void => {
    if (this.stopped || !this.enabled || !this.onScreen) return;
    if (this.stopRun !== null) this.askedWhileDrawing = true;
    else this.stopRun = this.frames.run(this.tick);
  };

  /** Drops a pending frame; the next request starts a fresh run (no catch-up delta). */
  cancel(): void {
    this.stopRun?.();
    this.stopRun = null;
    this.lastFrameMs = 0;
  }

  stop(): void {
    this.stopped = true;
    this.cancel();
    this.observer?.disconnect();
  }

  private readonly tick = (dtSeconds: number, nowMs: number): boolean => {
    if (this.stopped || !this.enabled) {
      this.stopRun = null;
      return false;
    }
    const elapsedMs = this.lastFrameMs ? nowMs - this.lastFrameMs : 0;
    if (elapsedMs > 0) this.onInterval(elapsedMs);
    this.lastFrameMs = nowMs;
    this.askedWhileDrawing = false;
    const keepGoing = this.frame(dtSeconds) || this.askedWhileDrawing;
    if (!keepGoing) {
      this.stopRun = null;
      this.lastFrameMs = 0;
    }
    return keepGoing;
  };
}
