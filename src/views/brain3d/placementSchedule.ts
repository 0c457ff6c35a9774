// When the 3D labels are placed (projected and decluttered): at once after anything but the camera
// changes (the scene, the size, the emphasis, the colours), and while the camera moves at most
// every `intervalMs`, the labels following their markers on the GPU in between (map renderers
// place their labels the same way). A placement always follows the last move: the scene keeps
// its frames coming, drawing nothing, until it is due. Times are the caller's (ms), so the
// schedule is tested without a clock.

export class PlacementSchedule {
  /** Something other than the camera changed: place at the next frame. */
  private stale = true;
  /** The camera moved since the last placement. */
  private moved = false;
  private placedAtMs = -Infinity;

  constructor(private readonly intervalMs: number) {}

  /** The labels must be placed again now. */
  invalidate(): void {
    this.stale = true;
  }

  /** The camera moved. */
  cameraMoved(): void {
    this.moved = true;
  }

  /** Whether a placement is owed (due now or later). */
  get pending(): boolean {
    return this.stale || this.moved;
  }

  /** Whether to place the labels at `nowMs`. */
  due(nowMs: number): boolean {
    return this.stale || (this.moved && nowMs - this.placedAtMs >= this.intervalMs);
  }

  /** The labels were placed at `nowMs`. */
  placed(nowMs: number): void {
    this.stale = false;
    this.moved = false;
    this.placedAtMs = nowMs;
  }
}
