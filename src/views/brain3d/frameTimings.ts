// The 3D view's frame work as User Timing measures: each frame's draw call
// (`painbrake:3d-render`) and label layout (`painbrake:3d-labels`), so they show in the browser's
// performance panel and `npm run bench` can read them (with a PerformanceObserver) without any
// global of the app's own. One measure per section and no marks. Each is a small entry the browser
// keeps until it is cleared (the one allocation a frame makes, kept for the measure's sake), so
// after KEPT_MEASURES of a name they are all cleared at once.

export const RENDER_MEASURE = 'painbrake:3d-render';
export const LABELS_MEASURE = 'painbrake:3d-labels';

/** Measures of one name kept in the browser's buffer before it is cleared (about a minute). */
export const KEPT_MEASURES = 4000;

const recorded = new Map<string, number>();

/** Records a measure from `startMs` (a performance.now() reading) to now. */
export function measureSince(name: string, startMs: number): void {
  const perf = globalThis.performance;
  if (typeof perf?.measure !== 'function') return;
  perf.measure(name, { start: startMs });
  const count = (recorded.get(name) ?? 0) + 1;
  if (count < KEPT_MEASURES) recorded.set(name, count);
  else {
    perf.clearMeasures(name);
    recorded.set(name, 0);
  }
}
