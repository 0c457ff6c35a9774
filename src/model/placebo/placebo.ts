// The placebo pill: the expectation of relief that comes with taking a pill each day. It acts
// through the same top-down route as the expectation in sham needling (PFC -> PAG -> RVM, with
// endogenous opioid release; Eippert 2009, Levine 1978), so it is an input to the circuit, not
// a drug with a level in the blood.
//
// Teaching simplification: expectation builds over the first days of taking the pill and fades
// over days after the last one; it does not depend on the pill's colour, price or the words said
// with it, all of which change placebo responses in real life.

import { StepDecay } from '../decay.ts';
import { HOURS_PER_DAY } from '../units.ts';

/** The pill's expectation and how fast it builds and fades (data/model.json: placebo). */
export interface PlaceboParams {
  expectation: number;
  onsetDays: number;
  offsetDays: number;
}

/** One run's expectation from a daily placebo pill. */
export class PlaceboExpectation {
  /** The expectation now (0 none; `expectation` once settled while the pill is taken). */
  level = 0;
  private readonly expectation: number;
  private readonly decay: StepDecay<'onset' | 'offset'>;

  constructor(params: PlaceboParams) {
    this.expectation = params.expectation;
    this.decay = new StepDecay({
      onset: params.onsetDays * HOURS_PER_DAY,
      offset: params.offsetDays * HOURS_PER_DAY,
    });
  }

  /** Advances by dtHours, with the pill being taken or not. */
  step(dtHours: number, taking: boolean): void {
    const keep = this.decay.over(dtHours);
    if (taking) this.level = this.expectation + (this.level - this.expectation) * keep.onset;
    else this.level *= keep.offset;
  }
}
