// Simulated BOLD traces for the networks panel: what fMRI would record if a region's activity
// stepped from its untreated level to its level now for a few seconds. Pure (no Svelte).
//
// Teaching choice: the balloon model is non-linear for large inputs (a big decrease distorts the
// shape), while what the panel shows is timing. So the regions' changes are scaled together into
// the model's near-linear range (the largest change becomes SMALL_SIGNAL), which keeps their signs
// and relative sizes, and each trace is shown relative to the largest one.
import { simulateBold, type HaemodynamicParams } from '../../model/network/balloon.ts';

export const BOLD_STEP_SECONDS = 0.1;
export const BOLD_WINDOW_SECONDS = 40;
export const BOLD_ON_SECONDS = 4;
export const BOLD_OFF_SECONDS = 20;
/** Neural input of the largest change fed to the balloon model (near-linear range). */
const SMALL_SIGNAL = 0.1;
/** Changes smaller than this (0.5%) are treated as no change. */
export const NO_CHANGE = 0.005;

export interface BoldTrace {
  /** The region's activity relative to untreated (1 = untreated). */
  level: number;
  /** Neural change over time, scaled so the largest region's change is +-1. */
  neural: Float64Array;
  /** Simulated BOLD over time, scaled so the largest region's peak is +-1. */
  bold: Float64Array;
  /** Seconds from the neural change until BOLD reaches half its largest change. */
  halfRiseSeconds: number;
  /** Seconds from the end of the neural change until BOLD falls back by half. */
  halfFallSeconds: number;
  /** True when BOLD dips past baseline (the undershoot) after the change ends. */
  undershoot: boolean;
}

/** The time axis of the traces, in seconds. */
export function boldTimes(): Float64Array {
  const n = Math.round(BOLD_WINDOW_SECONDS / BOLD_STEP_SECONDS) + 1;
  return Float64Array.from({ length: n }, (_, i) => i * BOLD_STEP_SECONDS);
}

const indexOf = (seconds: number) => Math.round(seconds / BOLD_STEP_SECONDS);

function firstIndexFrom(from: number, values: Float64Array, test: (v: number) => boolean): number {
  for (let i = from; i < values.length; i++) if (test(values[i]!)) return i;
  return values.length - 1;
}

/** Traces for regions at the given levels (relative to untreated); null when none changes. */
export function boldTraces(
  levels: readonly number[],
  params: HaemodynamicParams,
): BoldTrace[] | null {
  const largestChange = Math.max(...levels.map((level) => Math.abs(level - 1)));
  if (!(largestChange >= NO_CHANGE)) return null;
  const n = indexOf(BOLD_WINDOW_SECONDS) + 1;
  const on = indexOf(BOLD_ON_SECONDS);
  const off = indexOf(BOLD_OFF_SECONDS);
  const raw = levels.map((level) => {
    const change = (level - 1) / largestChange;
    const input = new Float64Array(n);
    for (let i = on; i < off; i++) input[i] = SMALL_SIGNAL * change;
    return { level, change, bold: simulateBold(input, BOLD_STEP_SECONDS, params) };
  });
  const largestBold = Math.max(...raw.map((r) => Math.max(...r.bold.map(Math.abs))));
  return raw.map(({ level, change, bold }) => {
    const neural = new Float64Array(n);
    for (let i = on; i < off; i++) neural[i] = change;
    const sign = Math.sign(change) || 1;
    let peak = 0;
    for (let i = on; i <= off + indexOf(10) && i < n; i++) peak = Math.max(peak, sign * bold[i]!);
    const halfRise = firstIndexFrom(on, bold, (v) => sign * v >= peak / 2);
    const halfFall = firstIndexFrom(off, bold, (v) => sign * v <= peak / 2);
    let deepest = 0;
    for (let i = off; i < n; i++) deepest = Math.min(deepest, sign * bold[i]!);
    return {
      level,
      neural,
      bold: bold.map((v) => (largestBold > 0 ? v / largestBold : 0)),
      halfRiseSeconds: (halfRise - on) * BOLD_STEP_SECONDS,
      halfFallSeconds: (halfFall - off) * BOLD_STEP_SECONDS,
      undershoot: peak > 0 && -deepest > 0.05 * peak,
    };
  });
}

/** Seconds from a brief burst of neural activity to the peak of the simulated BOLD response. */
export function impulsePeakSeconds(params: HaemodynamicParams): number {
  const n = indexOf(BOLD_WINDOW_SECONDS) + 1;
  const input = new Float64Array(n);
  input[indexOf(1)] = SMALL_SIGNAL / BOLD_STEP_SECONDS;
  const bold = simulateBold(input, BOLD_STEP_SECONDS, params);
  let peak = 0;
  for (let i = 1; i < n; i++) if (bold[i]! > bold[peak]!) peak = i;
  return (peak - indexOf(1)) * BOLD_STEP_SECONDS;
}
