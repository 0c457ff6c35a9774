// The simulated-fMRI colour scale (views/brain3d/boldScale.ts) and the steady-state BOLD values
// it colours (views/brain3d/steadyBold.ts), checked against the model's balloon model.
import { describe, expect, it } from 'vitest';
import {
  BOLD_RANGE_PERCENT,
  BOLD_STOPS,
  BOLD_TICKS,
  boldColour,
  boldGradientCss,
  boldPosition,
  formatBoldPercent,
  formatTick,
  rgbOfHex,
} from '../../../src/views/brain3d/boldScale.ts';
import { steadyStateBoldPercent } from '../../../src/views/brain3d/steadyBold.ts';
import { modelContext } from '../../../src/model/context.ts';
import { boldOf, restingBalloon, stepBalloon } from '../../../src/model/network/balloon.ts';

const colour = (percent: number) => boldColour(percent, { r: 0, g: 0, b: 0 });
const lightness = (c: { r: number; g: number; b: number }) =>
  0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;

describe('boldColour', () => {
  it('is the neutral middle stop at no change and the end stops at the range', () => {
    expect(colour(0)).toEqual(rgbOfHex(BOLD_STOPS[3]));
    expect(colour(BOLD_RANGE_PERCENT)).toEqual(rgbOfHex(BOLD_STOPS[6]));
    expect(colour(-BOLD_RANGE_PERCENT)).toEqual(rgbOfHex(BOLD_STOPS[0]));
  });

  it('clamps beyond the range and treats a non-number as no change', () => {
    expect(colour(50)).toEqual(colour(BOLD_RANGE_PERCENT));
    expect(colour(-50)).toEqual(colour(-BOLD_RANGE_PERCENT));
    expect(colour(Number.NaN)).toEqual(colour(0));
  });

  it('darkens steadily away from zero on both sides (readable without hue)', () => {
    for (let p = 0; p < BOLD_RANGE_PERCENT; p += 0.25) {
      expect(lightness(colour(p + 0.25))).toBeLessThan(lightness(colour(p)) + 1e-9);
      expect(lightness(colour(-p - 0.25))).toBeLessThan(lightness(colour(-p)) + 1e-9);
    }
  });

  it('is blue for falls and red for rises', () => {
    const fall = colour(-2);
    const rise = colour(2);
    expect(fall.b).toBeGreaterThan(fall.r);
    expect(rise.r).toBeGreaterThan(rise.b);
  });
});

describe('the legend', () => {
  it('places symmetric ticks across the bar, zero in the middle', () => {
    expect(boldPosition(0)).toBe(0.5);
    expect(BOLD_TICKS[0]).toBe(-BOLD_RANGE_PERCENT);
    expect(BOLD_TICKS[BOLD_TICKS.length - 1]).toBe(BOLD_RANGE_PERCENT);
    expect(BOLD_TICKS.map(boldPosition)).toEqual(
      [0, 1 / 6, 2 / 6, 0.5, 4 / 6, 5 / 6, 1].map((v) => expect.closeTo(v, 9)),
    );
  });

  it('draws the gradient through every stop', () => {
    const css = boldGradientCss();
    for (const stop of BOLD_STOPS) expect(css).toContain(stop);
  });

  it('formats signed percentages with one decimal', () => {
    expect(formatBoldPercent(1.234)).toBe('+1.2%');
    expect(formatBoldPercent(-0.46)).toBe('\u22120.5%');
    expect(formatBoldPercent(0.01)).toBe('0%');
  });
});

describe('steadyStateBoldPercent', () => {
  const p = modelContext().haemodynamics;

  it('is zero at the untreated level, positive above it and negative below', () => {
    expect(steadyStateBoldPercent(1, p)).toBeCloseTo(0, 12);
    expect(steadyStateBoldPercent(1.2, p)).toBeGreaterThan(0);
    expect(steadyStateBoldPercent(0.8, p)).toBeLessThan(0);
  });

  it('rises with activity', () => {
    let previous = -Infinity;
    for (let level = 0.3; level <= 2; level += 0.05) {
      const bold = steadyStateBoldPercent(level, p);
      expect(bold).toBeGreaterThan(previous);
      previous = bold;
    }
  });

  it('equals where the balloon model settles under the same sustained drive', () => {
    for (const level of [0.6, 0.85, 1.2, 1.5]) {
      const state = restingBalloon();
      const drive = p.gammaPerSecond * (level - 1);
      for (let t = 0; t < 120; t += 0.01) stepBalloon(state, drive, 0.01, p);
      expect(steadyStateBoldPercent(level, p)).toBeCloseTo(boldOf(state, p) * 100, 3);
    }
  });
});

describe('formatTick', () => {
  it('signs ticks with a true minus and a plus', () => {
    expect(BOLD_TICKS.map(formatTick)).toEqual([
      '\u22123%',
      '\u22122%',
      '\u22121%',
      '0%',
      '+1%',
      '+2%',
      '+3%',
    ]);
  });
});
