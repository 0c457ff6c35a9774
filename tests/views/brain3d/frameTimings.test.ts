// The frame measures: each is one User Timing measure under its name, from the given start to
// now, and the browser's buffer of them is cleared before it grows without end.
import { afterEach, describe, expect, it } from 'vitest';
import {
  KEPT_MEASURES,
  measureSince,
  RENDER_MEASURE,
} from '../../../src/views/brain3d/frameTimings.ts';

afterEach(() => performance.clearMeasures(RENDER_MEASURE));

describe('frame measures', () => {
  it('record the time from the start to now under their name', () => {
    const start = performance.now() - 5;
    measureSince(RENDER_MEASURE, start);
    const [entry] = performance.getEntriesByName(RENDER_MEASURE);
    expect(entry?.entryType).toBe('measure');
    expect(entry?.startTime).toBe(start);
    expect(entry?.duration).toBeGreaterThanOrEqual(5);
  });

  it('clear their buffer after a long animation rather than keep every frame', () => {
    for (let i = 0; i < KEPT_MEASURES + 10; i++) measureSince(RENDER_MEASURE, performance.now());
    expect(performance.getEntriesByName(RENDER_MEASURE).length).toBeLessThan(KEPT_MEASURES);
  });
});
