// Drawing on demand: a frame is requested when something changes and the loop keeps going only
// while the scene says something moves. It never runs while the page is hidden, the canvas is
// off screen or the context is lost, and the frame delta is capped (as threlte caps it at 0.1 s)
// so a long pause does not make particles jump.

const MAX_FRAME_SECONDS = 0.1;

export class RenderLoop {
  /** Set false while the WebGL context is lost. */
  enabled = true;
  private rafId = 0;
  private lastFrameMs = 0;
  private onScreen = true;
  private stopped = false;
  private readonly observer: IntersectionObserver | null;

  /**
   * @param frame draws one frame after `dtSeconds`; returns true to keep animating.
   * @param onInterval receives the time between consecutive animated frames (for statistics).
   */
  constructor(
    target: Element,
    private readonly frame: (dtSeconds: number) => boolean,
    private readonly onInterval: (ms: number) => void,
  ) {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
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
    if (this.rafId || this.stopped || !this.enabled || !this.onScreen || document.hidden) return;
    this.rafId = requestAnimationFrame(this.tick);
  };

  /** Drops a pending frame; the next request starts a fresh run (no catch-up delta). */
  cancel(): void {
    if (this.rafId) cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    this.lastFrameMs = 0;
  }

  stop(): void {
    this.stopped = true;
    this.cancel();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.observer?.disconnect();
  }

  private readonly tick = (nowMs: number): void => {
    this.rafId = 0;
    if (this.stopped || !this.enabled) return;
    const elapsedMs = this.lastFrameMs ? nowMs - this.lastFrameMs : 0;
    if (elapsedMs > 0) this.onInterval(elapsedMs);
    this.lastFrameMs = nowMs;
    const keepGoing = this.frame(Math.min(elapsedMs / 1000, MAX_FRAME_SECONDS));
    if (keepGoing) this.request();
    else if (this.rafId === 0) this.lastFrameMs = 0;
  };

  private readonly onVisibilityChange = (): void => {
    if (document.hidden) this.cancel();
    else this.request();
  };
}
