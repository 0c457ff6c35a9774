// The response to needling: what one session does (it rises while the needles stimulate, limited
// by CCK-8 tolerance that builds over hours, and fades within hours after they come out), and
// what a course of sessions builds (a lasting change that persists for months, Vickers 2018).
//
// Teaching simplification: the course effect grows by consolidation, faster once earlier
// sessions have primed it (a logistic build-up from a small seed), so one session leaves almost
// nothing lasting while 4-8 sessions build most of it. Which biological process carries the
// lasting benefit is not known; the shape follows what trials and clinical practice report.

import { StepDecay } from '../decay.ts';
import { HOURS_PER_DAY, MINUTES_PER_HOUR } from '../units.ts';

/** The dynamics' parameters (data/acupuncture.json: dynamics). */
export interface NeedlingDynamics {
  riseTimeConstantMinutes: number;
  decayTimeConstantMinutes: number;
  toleranceTimeConstantMinutes: number;
  toleranceRecoveryHours: number;
  consolidationPerSession: number;
  consolidationSeed: number;
  referenceSessionMinutes: number;
  persistenceDays: number;
  courseEffect: number;
}

/** One run's needling response: this session's, and what the course has consolidated. */
export class NeedlingResponse {
  /** This session's response (0-1). */
  acute = 0;
  /** Acute CCK-8 tolerance (0-1): what it takes away from the drive while stimulating. */
  tolerance = 0;
  /** The course's consolidated change (0-1). */
  course = 0;
  /** The course effect as felt now (eases toward courseEffect x course). */
  carried = 0;

  private readonly params: NeedlingDynamics;
  private readonly decay: StepDecay<
    'rise' | 'decay' | 'toleranceBuild' | 'toleranceRecovery' | 'persistence'
  >;

  constructor(dynamics: NeedlingDynamics) {
    this.params = dynamics;
    const p = dynamics;
    this.decay = new StepDecay({
      rise: p.riseTimeConstantMinutes / MINUTES_PER_HOUR,
      decay: p.decayTimeConstantMinutes / MINUTES_PER_HOUR,
      toleranceBuild: p.toleranceTimeConstantMinutes / MINUTES_PER_HOUR,
      toleranceRecovery: p.toleranceRecoveryHours,
      persistence: p.persistenceDays * HOURS_PER_DAY,
    });
  }

  /** The total response driving the circuit: this session's plus the course's (0-1+). */
  get response(): number {
    return this.acute + this.carried;
  }

  /** Advances by dtHours, stimulating or not. */
  step(dtHours: number, stimulating: boolean): void {
    const keep = this.decay.over(dtHours);
    if (stimulating) {
      const drive = 1 - this.tolerance;
      this.acute = drive + (this.acute - drive) * keep.rise;
      this.tolerance = 1 + (this.tolerance - 1) * keep.toleranceBuild;
    } else {
      this.acute *= keep.decay;
      this.tolerance *= keep.toleranceRecovery;
    }
    this.course *= keep.persistence;
    const target = this.params.courseEffect * this.course;
    this.carried = target + (this.carried - target) * keep.decay;
  }

  /** A session of `minutes` has ended: the course consolidates a little (a short one less). */
  finishSession(minutes: number): void {
    const p = this.params;
    const dose = Math.min(1, minutes / p.referenceSessionMinutes);
    this.course +=
      p.consolidationPerSession * dose * (this.course + p.consolidationSeed) * (1 - this.course);
    this.course = Math.min(1, this.course);
  }
}
