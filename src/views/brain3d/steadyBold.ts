// The simulated-fMRI value of a region: the steady-state BOLD change the model's balloon model
// (src/model/network/balloon.ts) gives for a sustained change in the region's activity.
//
// Teaching simplification: the model's node activity is relative to the untreated level, and it
// has no absolute neural units. We assume blood flow follows activity one to one at steady state
// (a 20% fall in activity gives a 20% fall in inflow), which sets the balloon model's neural drive
// to u = gamma (a - 1). The size of the resulting percentages is therefore illustrative; what it
// shows faithfully is the direction, the relative sizes, and the balloon model's non-linearity
// (falls give larger BOLD changes than equal rises).
import { boldOf, type HaemodynamicParams } from '../../model/network/balloon.ts';

/** The inflow floor stepBalloon also uses. */
const MIN_FLOW = 0.05;

const scratch = { signal: 0, flow: 1, volume: 1, deoxy: 1 };

/** Steady-state BOLD change (percent) for a region at `relativeActivity` (1 = untreated). */
export function steadyStateBoldPercent(relativeActivity: number, p: HaemodynamicParams): number {
  if (!Number.isFinite(relativeActivity)) return 0;
  const neuralDrive = p.gammaPerSecond * (relativeActivity - 1);
  // At rest the vasodilatory signal is 0, so gamma (f - 1) = u; volume and deoxyhaemoglobin
  // settle where their derivatives in stepBalloon vanish.
  const flow = Math.max(MIN_FLOW, 1 + neuralDrive / p.gammaPerSecond);
  const volume = flow ** p.alpha;
  const extraction = 1 - (1 - p.restingExtraction) ** (1 / flow);
  scratch.signal = 0;
  scratch.flow = flow;
  scratch.volume = volume;
  scratch.deoxy = (volume * extraction) / p.restingExtraction;
  return boldOf(scratch, p) * 100;
}
