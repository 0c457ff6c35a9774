// The needling response (acupuncture/response.ts) and the placebo pill's expectation
// (placebo/placebo.ts) on their own, driven by hand.
import { describe, expect, it } from 'vitest';
import { NeedlingResponse } from '../../src/model/acupuncture/response.ts';
import { PlaceboExpectation } from '../../src/model/placebo/placebo.ts';
import { modelContext } from '../../src/model/context.ts';

const ctx = modelContext();
const MINUTE = 1 / 60;

/** Runs `minutes` of one-minute steps. */
function run(response: NeedlingResponse, minutes: number, stimulating: boolean) {
  for (let i = 0; i < minutes; i++) response.step(MINUTE, stimulating);
}

describe('NeedlingResponse', () => {
  it('rises while stimulating, then fades with the data half-life once the needles are out', () => {
    const r = new NeedlingResponse(ctx.acupuncture);
    run(r, 30, true);
    const peak = r.acute;
    expect(peak).toBeGreaterThan(0.7);
    const halfLife = ctx.acupuncture.decayTimeConstantMinutes * Math.LN2;
    run(r, Math.round(halfLife), false);
    expect(r.acute / peak).toBeCloseTo(0.5, 1);
  });

  it('consolidates a course logistically: one session leaves little, a dozen nearly all', () => {
    const r = new NeedlingResponse(ctx.acupuncture);
    r.finishSession(30);
    const one = r.course;
    for (let i = 1; i < 12; i++) r.finishSession(30);
    expect(one).toBeLessThan(0.1);
    expect(r.course).toBeGreaterThan(0.9);
    expect(r.course).toBeLessThanOrEqual(1);
  });

  it('consolidates less after a shorter session', () => {
    const full = new NeedlingResponse(ctx.acupuncture);
    const short = new NeedlingResponse(ctx.acupuncture);
    full.finishSession(30);
    short.finishSession(15);
    expect(short.course).toBeCloseTo(full.course / 2, 9);
  });
});

describe('PlaceboExpectation', () => {
  it('builds over days while the pill is taken and fades over days after', () => {
    const p = new PlaceboExpectation(ctx.placebo);
    for (let h = 0; h < 24 * 14; h++) p.step(1, true);
    expect(p.level).toBeCloseTo(ctx.placebo.expectation, 2);
    const onset = new PlaceboExpectation(ctx.placebo);
    for (let h = 0; h < 24 * ctx.placebo.onsetDays; h++) onset.step(1, true);
    expect(onset.level / ctx.placebo.expectation).toBeCloseTo(1 - Math.exp(-1), 6);
    for (let h = 0; h < 24 * ctx.placebo.offsetDays; h++) p.step(1, false);
    expect(p.level / ctx.placebo.expectation).toBeCloseTo(Math.exp(-1), 2);
  });
});
