// SCIENCE.md section 6, target 12: the simulated BOLD response to a brief neural impulse.
//
// Independence: the balloon parameters are literature values (V); only the 2 s neurovascular
// delay was fitted to put the peak at 5-6 s, so the peak time confirms that fit, while the
// undershoot and the agreement with SPM's canonical HRF are independent.
import { describe, expect, it } from 'vitest';
import { simulateBold, canonicalHrf } from '../../src/model/network/balloon.ts';
import { modelContext } from '../../src/model/context.ts';

const dt = 0.05;
const haemo = modelContext().haemodynamics;

function impulseResponse(): Float64Array {
  const neural = new Float64Array(Math.round(40 / dt));
  for (let i = 0; i < Math.round(0.5 / dt); i++) neural[i] = 1; // a 0.5 s burst
  return simulateBold(neural, dt, haemo);
}

describe('target 12: haemodynamic response', () => {
  const bold = impulseResponse();
  const peakIndex = bold.indexOf(Math.max(...bold));

  it('peaks 5-6 s after a brief neural impulse', () => {
    expect(peakIndex * dt).toBeGreaterThanOrEqual(5);
    expect(peakIndex * dt).toBeLessThanOrEqual(6);
  });

  it('dips below baseline afterwards (the undershoot) and recovers', () => {
    const after = bold.slice(peakIndex);
    const trough = Math.min(...after);
    expect(trough).toBeLessThan(-0.05 * bold[peakIndex]!);
    expect(Math.abs(bold[bold.length - 1]!)).toBeLessThan(Math.abs(trough));
  });

  it("matches SPM's canonical HRF in peak time within a second", () => {
    const hrf = canonicalHrf(dt, haemo);
    const hrfPeak = hrf.indexOf(Math.max(...hrf)) * dt;
    expect(Math.abs(hrfPeak - peakIndex * dt)).toBeLessThanOrEqual(1);
  });
});
