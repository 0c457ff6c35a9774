// The haemodynamic model (network/balloon.ts) beyond the calibration of its impulse response.
import { describe, expect, it } from 'vitest';
import {
  boldOf,
  canonicalHrf,
  restingBalloon,
  simulateBold,
  stepBalloon,
} from '../../src/model/network/balloon.ts';
import { modelContext } from '../../src/model/context.ts';

const haemo = modelContext().haemodynamics;
const dt = 0.05;

describe('balloon model', () => {
  it('gives zero BOLD at rest and stays at rest without neural input', () => {
    const state = restingBalloon();
    expect(boldOf(state, haemo)).toBeCloseTo(0, 15);
    for (let i = 0; i < 2000; i++) stepBalloon(state, 0, dt, haemo);
    expect(state).toEqual(restingBalloon());
  });

  it('raises BOLD under sustained activity and scales with small inputs almost linearly', () => {
    const sustained = (level: number) => {
      const neural = new Float64Array(Math.round(30 / dt)).fill(level);
      return simulateBold(neural, dt, haemo).at(-1)!;
    };
    const small = sustained(0.01);
    expect(small).toBeGreaterThan(0);
    expect(sustained(0.02) / small).toBeCloseTo(2, 1);
  });

  it('delays the response by the neurovascular delay', () => {
    const neural = new Float64Array(Math.round(10 / dt)).fill(1);
    const bold = simulateBold(neural, dt, haemo);
    const delaySteps = Math.round(haemo.neurovascularDelaySeconds / dt);
    expect(bold.slice(0, delaySteps).every((b) => b === 0)).toBe(true);
    expect(bold[delaySteps]).not.toBe(0);
    expect(bold.at(-1)!).toBeGreaterThan(0);
  });
});

describe('canonicalHrf', () => {
  it('sums to 1 over its 32 s kernel', () => {
    const hrf = canonicalHrf(dt, haemo);
    expect(hrf).toHaveLength(Math.floor(haemo.hrfLengthSeconds / dt) + 1);
    expect(hrf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
