// The simulated BOLD traces of the networks panel lag the neural change by seconds, keep its sign
// and relative size, and vanish when nothing changes.
import { describe, expect, it } from 'vitest';
import { modelContext } from '../../../src/model/context.ts';
import {
  BOLD_OFF_SECONDS,
  BOLD_ON_SECONDS,
  BOLD_STEP_SECONDS,
  boldTraces,
  impulsePeakSeconds,
} from '../../../src/views/panels/boldTraces.ts';

const params = modelContext().haemodynamics;

describe('boldTraces', () => {
  const traces = boldTraces([1.2, 0.62], params)!;

  it('returns null when no region changes', () => {
    expect(boldTraces([1, 1.001], params)).toBeNull();
  });

  it('keeps the sign and relative size of each change', () => {
    const on = Math.round((BOLD_ON_SECONDS + 1) / BOLD_STEP_SECONDS);
    expect(traces[0]!.neural[on]).toBeCloseTo(0.2 / 0.38, 5);
    expect(traces[1]!.neural[on]).toBeCloseTo(-1, 5);
    const mid = Math.round((BOLD_ON_SECONDS + BOLD_OFF_SECONDS) / 2 / BOLD_STEP_SECONDS);
    expect(traces[0]!.bold[mid]).toBeGreaterThan(0);
    expect(traces[1]!.bold[mid]).toBeLessThan(0);
    expect(Math.max(...traces.flatMap((t) => [...t.bold].map(Math.abs)))).toBeCloseTo(1, 5);
  });

  it('lags the neural change by seconds at onset and offset, then undershoots', () => {
    for (const trace of traces) {
      expect(trace.halfRiseSeconds).toBeGreaterThan(3);
      expect(trace.halfRiseSeconds).toBeLessThan(8);
      expect(trace.halfFallSeconds).toBeGreaterThan(3);
      expect(trace.halfFallSeconds).toBeLessThan(8);
    }
    expect(traces[0]!.undershoot).toBe(true);
  });

  it('peaks about 5 s after a brief burst (SCIENCE.md target 12: 5-6 s)', () => {
    const peak = impulsePeakSeconds(params);
    expect(peak).toBeGreaterThan(4);
    expect(peak).toBeLessThan(6.5);
  });
});
