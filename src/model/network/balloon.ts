// The haemodynamic (balloon-Windkessel) model that turns neural activity into simulated BOLD
// (Friston 2000/2003; Buxton 1998), and SPM's canonical double-gamma HRF for comparison.
import { readParams } from '../params.ts';
import type { SourcedValue } from '../../data/schema.ts';

export const HAEMODYNAMIC_PARAMS = [
  'kappaPerSecond',
  'gammaPerSecond',
  'tau0Seconds',
  'alpha',
  'restingExtraction',
  'restingVolume',
  'k1',
  'k2',
  'k3',
  'hrfPeakDelaySeconds',
  'hrfUndershootDelaySeconds',
  'hrfDispersion',
  'hrfRatio',
  'hrfLengthSeconds',
  'repetitionTimeSeconds',
  'neurovascularDelaySeconds',
] as const;
export type HaemodynamicParams = Record<(typeof HAEMODYNAMIC_PARAMS)[number], number>;

export function haemodynamicParamsOf(
  record: Readonly<Record<string, SourcedValue>>,
): HaemodynamicParams {
  return readParams(record, HAEMODYNAMIC_PARAMS, 'data/model.json: haemodynamics');
}

/** One region's haemodynamic state: vasodilatory signal, inflow, volume, deoxyhaemoglobin. */
export interface BalloonState {
  signal: number;
  flow: number;
  volume: number;
  deoxy: number;
}

export const restingBalloon = (): BalloonState => ({ signal: 0, flow: 1, volume: 1, deoxy: 1 });

/** Advances the balloon model by dt seconds with neural input u (semi-implicit Euler). */
export function stepBalloon(
  s: BalloonState,
  u: number,
  dtSeconds: number,
  p: HaemodynamicParams,
): void {
  const e0 = p.restingExtraction;
  const extraction = 1 - (1 - e0) ** (1 / s.flow);
  const outflow = s.volume ** (1 / p.alpha);
  const dSignal = u - p.kappaPerSecond * s.signal - p.gammaPerSecond * (s.flow - 1);
  s.signal += dtSeconds * dSignal;
  s.flow = Math.max(0.05, s.flow + dtSeconds * s.signal);
  const dVolume = (s.flow - outflow) / p.tau0Seconds;
  const dDeoxy = ((s.flow * extraction) / e0 - (outflow * s.deoxy) / s.volume) / p.tau0Seconds;
  s.volume = Math.max(0.05, s.volume + dtSeconds * dVolume);
  s.deoxy = Math.max(0.05, s.deoxy + dtSeconds * dDeoxy);
}

/** The BOLD signal (fractional change) of a balloon state. */
export function boldOf(s: BalloonState, p: HaemodynamicParams): number {
  return (
    p.restingVolume *
    (p.k1 * (1 - s.deoxy) + p.k2 * (1 - s.deoxy / s.volume) + p.k3 * (1 - s.volume))
  );
}

/** Simulated BOLD for a neural time series sampled every dtSeconds. */
export function simulateBold(
  neural: ArrayLike<number>,
  dtSeconds: number,
  p: HaemodynamicParams,
): Float64Array {
  const state = restingBalloon();
  const out = new Float64Array(neural.length);
  const delaySteps = Math.round(p.neurovascularDelaySeconds / dtSeconds);
  for (let i = 0; i < neural.length; i++) {
    stepBalloon(state, i >= delaySteps ? (neural[i - delaySteps] ?? 0) : 0, dtSeconds, p);
    out[i] = boldOf(state, p);
  }
  return out;
}

function gammaPdf(x: number, shape: number, scale: number): number {
  if (x <= 0) return 0;
  let logGamma = 0;
  // shape is a whole number for SPM's defaults (6, 16): Gamma(n) = (n-1)!
  for (let k = 2; k < shape; k++) logGamma += Math.log(k);
  return Math.exp((shape - 1) * Math.log(x) - x / scale - logGamma - shape * Math.log(scale));
}

/** SPM's canonical HRF (spm_hrf defaults), sampled every dtSeconds, normalised to sum 1. */
export function canonicalHrf(dtSeconds: number, p: HaemodynamicParams): Float64Array {
  const n = Math.floor(p.hrfLengthSeconds / dtSeconds) + 1;
  const out = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const t = i * dtSeconds;
    out[i] =
      gammaPdf(t, p.hrfPeakDelaySeconds / p.hrfDispersion, p.hrfDispersion) -
      gammaPdf(t, p.hrfUndershootDelaySeconds / p.hrfDispersion, p.hrfDispersion) / p.hrfRatio;
    sum += out[i]!;
  }
  for (let i = 0; i < n; i++) out[i]! /= sum;
  return out;
}
