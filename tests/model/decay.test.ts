// The per-step exponential shares (decay.ts): exact for each time constant, and right again
// after the step length changes.
import { describe, expect, it } from 'vitest';
import { StepDecay } from '../../src/model/decay.ts';

describe('StepDecay', () => {
  it('gives exp(-dt / tau) for each process', () => {
    const decay = new StepDecay({ fast: 0.5, slow: 48 });
    const keep = decay.over(1);
    expect(keep.fast).toBeCloseTo(Math.exp(-2), 15);
    expect(keep.slow).toBeCloseTo(Math.exp(-1 / 48), 15);
  });

  it('recomputes when the step length changes and back', () => {
    const decay = new StepDecay({ site: 2 });
    expect(decay.over(1).site).toBeCloseTo(Math.exp(-0.5), 15);
    expect(decay.over(4).site).toBeCloseTo(Math.exp(-2), 15);
    expect(decay.over(1).site).toBeCloseTo(Math.exp(-0.5), 15);
  });
});
