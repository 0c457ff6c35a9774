// Pure chart helpers: down-sampling into envelopes, y domains, ticks and number formats.
import { describe, expect, it } from 'vitest';
import {
  envelope,
  paddedDomain,
  seriesSummary,
  signedPercentChange,
  weekTicks,
} from '../../../src/views/shared/charts/scales.ts';

describe('envelope', () => {
  const hours = Float64Array.from({ length: 24 * 14 + 1 }, (_, i) => i);
  const daily = hours.map((h) => 10 + Math.sin((2 * Math.PI * h) / 24));

  it('reduces a long series to at most the given number of columns', () => {
    expect(envelope(hours, daily, 14).length).toBeLessThanOrEqual(14);
    expect(envelope(hours, daily, 1000).length).toBe(hours.length);
  });

  it('keeps a daily cycle as a band around its mean when a column is one day', () => {
    for (const p of envelope(hours, daily, 14).slice(0, -1)) {
      expect(p.lo).toBeCloseTo(9, 1);
      expect(p.hi).toBeCloseTo(11, 1);
      expect(p.mid).toBeCloseTo(10, 1);
    }
  });

  it('starts and ends at the first and last samples', () => {
    const points = envelope(hours, daily, 10);
    expect(points[0]!.x).toBe(0);
    expect(points[points.length - 1]!.x).toBe(hours[hours.length - 1]);
  });

  it('skips values outside the x range and non-finite values', () => {
    const points = envelope([0, 1, 2, 3], [1, NaN, 3, 4], 4, 0, 2);
    expect(points.map((p) => p.mid)).toEqual([1, 3]);
  });
});

describe('paddedDomain', () => {
  it('includes the reference value and a minimum span, so a flat line stays flat', () => {
    const [lo, hi] = paddedDomain([[0.99, 1.0]], [1], 0.2, 0);
    expect(lo).toBeLessThanOrEqual(0.895);
    expect(hi).toBeGreaterThanOrEqual(1.095);
  });
  it('falls back to 0-1 without data', () => {
    expect(paddedDomain([[NaN, NaN]], [], 0.1)).toEqual([0, 1]);
  });
});

describe('formats and ticks', () => {
  it('writes signed percentage changes', () => {
    expect(signedPercentChange(1.384)).toBe('+38%');
    expect(signedPercentChange(0.62)).toBe('\u221238%');
    expect(signedPercentChange(1.001)).toBe('0%');
  });
  it('ticks every week when there is room, fewer on a phone', () => {
    expect(weekTicks(2016, 1200)).toHaveLength(13);
    expect(weekTicks(2016, 280)).toEqual([0, 336, 672, 1008, 1344, 1680, 2016]);
  });
  it('summarises a course series with the weeks of its extremes', () => {
    const xs = [0, 168, 336, 504];
    const summary = seriesSummary(xs, [5, 3, 4, 6], String);
    expect(summary).toEqual({
      start: '5',
      end: '6',
      min: '3',
      minWeek: '1',
      max: '6',
      maxWeek: '3',
    });
  });
});
