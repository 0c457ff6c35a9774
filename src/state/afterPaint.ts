// Runs work after the browser has painted what is on screen now: a pressed control shows its new
// state at once, and the heavy work it asks for (a new simulated course, a redrawn picture) comes
// in the next task. Where nothing paints (a hidden tab, no animation frames), the next task.

export function afterNextPaint(run: () => void): void {
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  if (typeof requestAnimationFrame !== 'function' || hidden) {
    setTimeout(run, 0);
    return;
  }
  // The frame's callbacks run before its paint; a task queued from one runs after it.
  requestAnimationFrame(() => setTimeout(run, 0));
}
