// The slow processes that follow the circuit over days and weeks: autoreceptor desensitisation
// (the model's reason for the delayed onset of antidepressant analgesia), central sensitisation
// easing as the pain drive falls, and the body getting used to duloxetine's nausea.
import type { CircuitParams, CircuitState } from '../circuit/circuit.ts';
import { StepDecay } from '../decay.ts';
import { HOURS_PER_DAY } from '../units.ts';

/** The time constants (data/model.json: circuit and outcomes). */
export interface AdaptationParams {
  desensitisationDays: number;
  sensitisationDays: number;
  nauseaAdaptationDays: number;
  discontinuationRecentHours: number;
}

/** One run's slow processes, moved on by each step from the circuit's state. */
export class SlowAdaptation {
  /** Autoreceptor desensitisation (0 none, 1 complete) for 5-HT and NE. */
  desensitisation5ht = 0;
  desensitisationNe = 0;
  /** The levels desensitisation heads for, averaged over about a day (see discontinuation). */
  recent5ht = 0;
  recentNe = 0;
  /** Central sensitisation as a gain multiplier (starts at the condition's level). */
  sensitisation: number;
  /** How far the body has got used to duloxetine's SERT block (the nausea fades). */
  nauseaAdaptation = 0;

  private readonly decay: StepDecay<'desensitisation' | 'sensitisation' | 'nausea' | 'recent'>;

  constructor(params: AdaptationParams, conditionSensitisation: number) {
    this.sensitisation = conditionSensitisation;
    this.decay = new StepDecay({
      desensitisation: params.desensitisationDays * HOURS_PER_DAY,
      sensitisation: params.sensitisationDays * HOURS_PER_DAY,
      nausea: params.nauseaAdaptationDays * HOURS_PER_DAY,
      recent: params.discontinuationRecentHours,
    });
  }

  /**
   * Moves each process toward where the circuit now would take it: desensitisation toward
   * 1 - 1 / (raw level), sensitisation toward the condition's level scaled by the pain drive and
   * eased by NMDA block, nausea adaptation toward duloxetine's SERT occupancy.
   */
  step(
    dtHours: number,
    state: CircuitState,
    baselineProjection: number,
    circuit: CircuitParams,
    conditionSensitisation: number,
    occNmda: number,
    duloxetineSert: number,
  ): void {
    const keep = this.decay.over(dtHours);
    const target5ht = 1 - 1 / Math.max(1, state.serotoninRaw);
    const targetNe = 1 - 1 / Math.max(1, state.noradrenalineRaw);
    this.desensitisation5ht =
      target5ht + (this.desensitisation5ht - target5ht) * keep.desensitisation;
    this.desensitisationNe = targetNe + (this.desensitisationNe - targetNe) * keep.desensitisation;
    this.recent5ht = target5ht + (this.recent5ht - target5ht) * keep.recent;
    this.recentNe = targetNe + (this.recentNe - targetNe) * keep.recent;

    const drive = Math.max(0, state.projection / baselineProjection);
    const sensitisationTarget =
      1 +
      (conditionSensitisation - 1) *
        drive ** circuit.sensitisationDriveExponent *
        Math.max(0, 1 - circuit.nmdaAntiWindup * occNmda);
    this.sensitisation =
      sensitisationTarget + (this.sensitisation - sensitisationTarget) * keep.sensitisation;

    this.nauseaAdaptation = duloxetineSert + (this.nauseaAdaptation - duloxetineSert) * keep.nausea;
  }

  /** Still desensitised for a level that has since fallen (the withdrawal mismatch, 0+). */
  get mismatch(): number {
    return (
      Math.max(0, this.desensitisation5ht - this.recent5ht) +
      Math.max(0, this.desensitisationNe - this.recentNe)
    );
  }
}
