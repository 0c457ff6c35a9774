// The seeded random number generators (random.ts) behind every noisy simulation.
import { describe, expect, it } from 'vitest';
import { seededNormal, seededUniform } from '../../src/model/random.ts';

const draw = (next: () => number, n: number) => Array.from({ length: n }, next);

describe('seededUniform', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(draw(seededUniform(7), 100)).toEqual(draw(seededUniform(7), 100));
    expect(draw(seededUniform(7), 100)).not.toEqual(draw(seededUniform(8), 100));
  });

  it('stays within [0, 1) with a mean of 1/2 (20,000 draws, +-0.01)', () => {
    const values = draw(seededUniform(42), 20_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });
});

describe('seededNormal', () => {
  it('is reproducible for a seed', () => {
    expect(draw(seededNormal(3), 50)).toEqual(draw(seededNormal(3), 50));
  });

  it('has mean 0 and variance 1 (20,000 draws, +-0.03)', () => {
    const values = draw(seededNormal(42), 20_000);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    expect(values.every(Number.isFinite)).toBe(true);
  });
});
