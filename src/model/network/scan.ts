// A simulated resting-state scan: noise-driven activity in the coupled regions, passed through
// the balloon model and sampled every TR. Used to show BOLD traces and to check that the
// connectivity measures computed from the expected covariance match what a scan would give.
import { seededNormal } from '../random.ts';
import { boldOf, restingBalloon, stepBalloon, type HaemodynamicParams } from './balloon.ts';
import {
  couplingMatrix,
  NETWORK_NODES,
  type NetworkDrivers,
  type NetworkParams,
} from './network.ts';

export interface ScanOptions {
  seconds: number;
  seed: number;
  /** Integration step of the neural and haemodynamic equations. */
  dtSeconds: number;
  /** Time constant of the neural fluctuations. */
  neuralTimeConstantSeconds: number;
  /** Size of the neural fluctuations (input units of the balloon model). */
  noiseAmplitude: number;
}

export interface Scan {
  /** Sample times in seconds (every TR). */
  timeSeconds: Float64Array;
  /** Simulated BOLD per region, in NETWORK_NODES order. */
  bold: Float64Array[];
}

/** Simulates a scan for fixed drivers (deterministic for a given seed). */
export function simulateScan(
  network: NetworkParams,
  haemo: HaemodynamicParams,
  drivers: NetworkDrivers,
  options: ScanOptions,
): Scan {
  const n = NETWORK_NODES.length;
  const w = couplingMatrix(network, drivers, new Float64Array(n * n));
  const normal = seededNormal(options.seed);
  const steps = Math.floor(options.seconds / options.dtSeconds);
  const perSample = Math.max(1, Math.round(haemo.repetitionTimeSeconds / options.dtSeconds));
  const samples = Math.floor(steps / perSample);
  const bold = Array.from({ length: n }, () => new Float64Array(samples));
  const timeSeconds = new Float64Array(samples);
  const x = new Float64Array(n);
  const dx = new Float64Array(n);
  const balloons = Array.from({ length: n }, restingBalloon);
  const tau = options.neuralTimeConstantSeconds;
  const noiseScale = options.noiseAmplitude * Math.sqrt((2 * options.dtSeconds) / tau);
  for (let step = 0, sample = 0; step < steps; step++) {
    for (let i = 0; i < n; i++) {
      let drive = -x[i]!;
      for (let j = 0; j < n; j++) drive += w[i * n + j]! * x[j]!;
      dx[i] = (options.dtSeconds / tau) * drive + noiseScale * normal();
    }
    for (let i = 0; i < n; i++) {
      x[i]! += dx[i]!;
      stepBalloon(balloons[i]!, x[i]!, options.dtSeconds, haemo);
    }
    if ((step + 1) % perSample === 0 && sample < samples) {
      timeSeconds[sample] = (step + 1) * options.dtSeconds;
      for (let i = 0; i < n; i++) bold[i]![sample] = boldOf(balloons[i]!, haemo);
      sample++;
    }
  }
  return { timeSeconds, bold };
}

/** Pearson correlation of two equal-length series. */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}
