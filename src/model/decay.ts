// Exponential relaxation over a step: the share of a process left after dtHours. A run's steps
// mostly share one length, so the shares are computed once per step length, not once per step.

/** The shares left after a step, for fixed time constants (hours), recomputed when dt changes. */
export class StepDecay<K extends string> {
  private readonly timeConstantsHours: Readonly<Record<K, number>>;
  private readonly kept: Record<K, number>;
  private dtHours = -1;

  constructor(timeConstantsHours: Record<K, number>) {
    this.timeConstantsHours = timeConstantsHours;
    this.kept = { ...timeConstantsHours };
  }

  /** The share of each process left after dtHours (the same object each call: read, don't keep). */
  over(dtHours: number): Readonly<Record<K, number>> {
    if (dtHours !== this.dtHours) {
      for (const key in this.timeConstantsHours)
        this.kept[key] = Math.exp(-dtHours / this.timeConstantsHours[key]);
      this.dtHours = dtHours;
    }
    return this.kept;
  }
}
