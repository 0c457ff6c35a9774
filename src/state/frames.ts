// The one frame scheduler: a single requestAnimationFrame loop for everything that moves (the
// course clock's playback, the particles on the pathway and at the synapse, the 3D view). Each
// runs as a task that asks for the next frame by returning true; the loop stops when no task
// wants a frame and while the page is hidden (resuming when it shows again), so pausing and
// visibility are handled once. Each task gets the time since its own last frame, capped at
// 0.1 s (as threlte caps it), so a stalled tab or a task that was idle does not make anything
// jump, and 0 on its first frame.

/** The longest step one frame may take, in seconds. */
export const MAX_FRAME_SECONDS = 0.1;

/** One frame of a task: `dtSeconds` since its last frame (capped), the frame's timestamp. */
export type FrameTask = (dtSeconds: number, nowMs: number) => boolean;

interface Running {
  task: FrameTask;
  lastMs: number;
}

type FrameWindow = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'> & {
  document: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
};

export class FrameScheduler {
  private readonly tasks = new Set<Running>();
  private handle = 0;

  constructor(private readonly win: FrameWindow) {
    win.document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  /**
   * Runs `task` on the coming frames for as long as it returns true. Returns a function that
   * stops it (safe to call more than once, and from inside the task).
   */
  run(task: FrameTask): () => void {
    const running: Running = { task, lastMs: -1 };
    this.tasks.add(running);
    this.wake();
    return () => {
      this.tasks.delete(running);
      if (this.tasks.size === 0) this.sleep();
    };
  }

  /** How many tasks want frames (for tests and the benchmark). */
  get size(): number {
    return this.tasks.size;
  }

  private wake(): void {
    if (this.handle === 0 && this.tasks.size > 0 && !this.win.document.hidden)
      this.handle = this.win.requestAnimationFrame(this.tick);
  }

  private sleep(): void {
    if (this.handle !== 0) this.win.cancelAnimationFrame(this.handle);
    this.handle = 0;
  }

  private readonly tick = (nowMs: number): void => {
    this.handle = 0;
    // A Set's iterator skips what a task deletes during the frame and allocates nothing.
    for (const running of this.tasks) {
      const dtSeconds =
        running.lastMs < 0 ? 0 : Math.min((nowMs - running.lastMs) / 1000, MAX_FRAME_SECONDS);
      running.lastMs = nowMs;
      if (!running.task(dtSeconds, nowMs)) this.tasks.delete(running);
    }
    this.wake();
  };

  private readonly onVisibilityChange = (): void => {
    if (this.win.document.hidden) {
      this.sleep();
      // Back from hiding, every task starts afresh (no catch-up step).
      for (const running of this.tasks) running.lastMs = -1;
    } else this.wake();
  };
}

const schedulers = new WeakMap<object, FrameScheduler>();

/** The scheduler of a window (one per window, made when first asked for). */
export function framesOf(win: FrameWindow = window): FrameScheduler {
  let scheduler = schedulers.get(win);
  if (scheduler === undefined) {
    scheduler = new FrameScheduler(win);
    schedulers.set(win, scheduler);
  }
  return scheduler;
}
