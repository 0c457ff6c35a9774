// The conductor of one run: it keeps the clock, hands doses, sessions and the placebo pill to the
// model's parts in order, and records what they show. simulate.ts is the public entry point.
import type { ConditionId } from '../data/schema.ts';
import type { Scenario } from './scenario.ts';
import { traitsOf } from './traits.ts';
import { doseEvents } from './pharmacology/schedule.ts';
import {
  occupancyByDrug,
  occupancyOf,
  ownOccupancy,
  type BindingTerm,
  type TargetBinding,
} from './pharmacology/occupancy.ts';
import { DrugExposure } from './pharmacology/exposure.ts';
import { stimulationWindows } from './acupuncture/sessions.ts';
import { NeedlingResponse } from './acupuncture/response.ts';
import { PlaceboExpectation } from './placebo/placebo.ts';
import { SlowAdaptation } from './outcomes/adaptation.ts';
import {
  anticholinergicSignal,
  discontinuationSignal,
  nauseaSignal,
  serotoninToxicitySignal,
} from './outcomes/risks.ts';
import {
  evaluateCircuit,
  emptyCircuitState,
  restInputs,
  type CircuitInputs,
  type ConditionParams,
} from './circuit/circuit.ts';
import type { NetworkDrivers } from './network/network.ts';
import { cachedNetworkMeasures } from './network/cache.ts';
import type { ModelContext } from './context.ts';
import type { SeriesId } from './series.ts';
import { resolveColumns, type Columns } from './outputColumns.ts';
import { StepDecay } from './decay.ts';
import { HOURS_PER_DAY, MINUTES_PER_HOUR, SAME_TIME_HOURS } from './units.ts';

/**
 * The conductor of one run: it keeps the clock, hands doses, sessions and the placebo pill to the
 * model's parts (pharmacology/, acupuncture/, placebo/, circuit/, outcomes/, network/) in order,
 * and records what they show. State lives in the parts; the hot loop allocates nothing.
 */
export class Run {
  private readonly ctx: ModelContext;
  private readonly condition: ConditionId;
  private readonly doses: ReturnType<typeof doseEvents>;
  private readonly windows: ReturnType<typeof stimulationWindows>;
  private readonly placeboFromHours: number;
  private readonly placeboToHours: number;
  private readonly modeIndex: number;
  /** The chosen mode's afferent (needle-specific) drive, 0 for no acupuncture. */
  private readonly afferentShare: number;

  private readonly exposure: DrugExposure;
  private readonly occupancy: Float64Array;
  private readonly sert: TargetBinding;
  private readonly duloxetineIndex: number;
  private readonly cond: ConditionParams;
  /** Each dosed medicine's SERT binding terms (parent and metabolite), for its own SERT block. */
  private readonly ownSertTerms: readonly (readonly BindingTerm[])[];
  /** Each dosed medicine's own SERT block (its occupancy were it alone), for the toxicity signal. */
  private readonly ownSertBlock: Float64Array;
  private readonly needling: NeedlingResponse;
  private readonly placebo: PlaceboExpectation;
  private readonly adaptation: SlowAdaptation;

  private readonly inputs: CircuitInputs;
  private readonly state = emptyCircuitState();
  private readonly baseline = emptyCircuitState();
  private columns: Columns | undefined;
  private readonly siteDecay: StepDecay<'site'>;
  private readonly drivers: NetworkDrivers = { painLoad: 1, pagExcess: 0, acupuncture: 0 };

  constructor(scenario: Scenario, ctx: ModelContext) {
    this.ctx = ctx;
    this.condition = scenario.condition;
    this.doses = doseEvents(scenario.drugs, scenario.days);
    this.windows = stimulationWindows(scenario.acupuncture, scenario.days);
    this.placeboFromHours = scenario.placebo ? scenario.placebo.fromDay * HOURS_PER_DAY : Infinity;
    this.placeboToHours = scenario.placebo
      ? Math.min(scenario.placebo.toDay, scenario.days) * HOURS_PER_DAY
      : Infinity;
    this.modeIndex = scenario.acupuncture
      ? ctx.modes.findIndex((m) => m.id === scenario.acupuncture?.mode)
      : -1;
    this.afferentShare =
      this.modeIndex >= 0 ? (ctx.modes[this.modeIndex]?.afferentDrive.value ?? 0) : 0;
    this.exposure = new DrugExposure(
      ctx,
      traitsOf(scenario.patient),
      new Set(scenario.drugs.map((course) => course.drug)),
    );
    this.occupancy = new Float64Array(ctx.targets.length);
    this.sert = ctx.targets[ctx.targetIndex.SERT]!;
    this.duloxetineIndex = ctx.drugIndex('duloxetine');
    this.ownSertTerms = ctx.dosed.map((d) =>
      this.sert.terms.filter((term) => d.species.includes(term.drugIndex)),
    );
    this.ownSertBlock = new Float64Array(ctx.dosed.length);
    this.siteDecay = new StepDecay({ site: 1 / ctx.brainEquilibrationRatePerHour });
    this.needling = new NeedlingResponse(ctx.acupuncture);
    this.placebo = new PlaceboExpectation(ctx.placebo);
    const cond = ctx.conditionParams(this.condition);
    this.cond = cond;
    this.adaptation = new SlowAdaptation({ ...ctx.slow, ...ctx.outcomes }, cond.sensitisation);
    this.inputs = restInputs(cond.sensitisation);
    // The untreated condition at rest, every node's "1"; again with the baseline pain known, for
    // the nodes that follow pain relative to it.
    evaluateCircuit(this.inputs, ctx.circuit, cond, 0, this.baseline);
    evaluateCircuit(this.inputs, ctx.circuit, cond, this.baseline.pain, this.baseline);
    this.evaluate(false);
  }

  // How far the run has got (kept between calls of simulateInto, so a run can be resumed).
  private t = 0;
  private doseIndex = 0;
  private windowIndex = 0;

  /** Advances the run through output points fromK to toK - 1, recording each. */
  simulateInto(
    timeHours: Float64Array,
    series: Record<SeriesId, Float64Array>,
    fromK: number,
    toK: number,
  ): void {
    const { ctx } = this;
    const acu = ctx.acupuncture;
    let t = this.t;
    let doseIndex = this.doseIndex;
    let windowIndex = this.windowIndex;
    for (let k = fromK; k < toK; k++) {
      const target = timeHours[k] ?? 0;
      while (t < target - SAME_TIME_HOURS) {
        // Apply the doses due now, then step to the next event, output or step cap.
        while (
          doseIndex < this.doses.length &&
          (this.doses[doseIndex]?.timeHours ?? 0) <= t + SAME_TIME_HOURS
        ) {
          const dose = this.doses[doseIndex++]!;
          this.exposure.addDose(ctx.drugIndex(dose.drug), dose.doseMg);
        }
        while (
          windowIndex < this.windows.length &&
          (this.windows[windowIndex]?.endHours ?? 0) <= t + SAME_TIME_HOURS
        ) {
          this.needling.finishSession(this.windows[windowIndex]!.minutes);
          windowIndex++;
        }
        if (this.exposure.interacting) this.exposure.refreshOnTheHour(t);
        const session = this.windows[windowIndex];
        const stimulating = session !== undefined && t >= session.startHours - SAME_TIME_HOURS;
        let next = target;
        const nextDose = this.doses[doseIndex]?.timeHours;
        if (nextDose !== undefined && nextDose < next) next = nextDose;
        if (session !== undefined) {
          const boundary = stimulating ? session.endHours : session.startHours;
          if (boundary < next) next = boundary;
        }
        if (this.placeboFromHours > t + SAME_TIME_HOURS && this.placeboFromHours < next)
          next = this.placeboFromHours;
        if (this.placeboToHours > t + SAME_TIME_HOURS && this.placeboToHours < next)
          next = this.placeboToHours;
        // Interactions are re-read on the hour, so the run steps on the hour.
        if (this.exposure.interacting) next = Math.min(next, Math.floor(t + SAME_TIME_HOURS) + 1);
        const cap = stimulating ? acu.stimulationStepMinutes / MINUTES_PER_HOUR : ctx.maxStepHours;
        const dt = Math.min(next - t, cap);
        const taking =
          t >= this.placeboFromHours - SAME_TIME_HOURS && t < this.placeboToHours - SAME_TIME_HOURS;
        this.step(dt, stimulating, taking);
        t += dt;
      }
      this.record(k, series);
    }
    this.t = t;
    this.doseIndex = doseIndex;
    this.windowIndex = windowIndex;
  }

  private step(dtHours: number, stimulating: boolean, takingPlacebo: boolean): void {
    const { ctx } = this;
    this.exposure.advance(dtHours, this.siteDecay.over(dtHours).site);
    const site = this.exposure.effectSite;
    for (let j = 0; j < ctx.targets.length; j++)
      this.occupancy[j] = occupancyOf(ctx.targets[j]!, site);

    if (this.modeIndex >= 0) this.needling.step(dtHours, stimulating);
    this.placebo.step(dtHours, takingPlacebo);

    this.evaluate(stimulating);

    this.adaptation.step(
      dtHours,
      this.state,
      this.baseline.projection,
      ctx.circuit,
      this.cond.sensitisation,
      this.inputs.occNMDA,
      this.duloxetineSert(),
    );
  }

  private duloxetineSert(): number {
    return occupancyByDrug(this.sert, this.exposure.effectSite, this.duloxetineIndex);
  }

  private evaluate(stimulating: boolean): void {
    const { ctx } = this;
    const mode = this.modeIndex >= 0 ? ctx.modes[this.modeIndex] : undefined;
    const response = this.needling.response;
    const inputs = this.inputs;
    inputs.occSERT = this.occupancy[ctx.targetIndex.SERT]!;
    inputs.occNET = this.occupancy[ctx.targetIndex.NET]!;
    inputs.occNav = this.occupancy[ctx.targetIndex.Nav]!;
    inputs.occNMDA = this.occupancy[ctx.targetIndex.NMDA]!;
    inputs.opioidMuDelta = mode ? response * mode.muDeltaRelease.value : 0;
    inputs.opioidKappa = mode ? response * mode.kappaRelease.value : 0;
    inputs.expectation = (mode ? response * mode.expectationDrive.value : 0) + this.placebo.level;
    inputs.afferent = mode ? response * mode.afferentDrive.value : 0;
    inputs.needlingNow = stimulating && mode ? 1 : 0;
    inputs.desensitisation5ht = this.adaptation.desensitisation5ht;
    inputs.desensitisationNe = this.adaptation.desensitisationNe;
    inputs.sensitisation = this.adaptation.sensitisation;
    evaluateCircuit(inputs, ctx.circuit, this.cond, this.baseline.pain, this.state);
  }

  private record(k: number, series: Record<SeriesId, Float64Array>): void {
    const { ctx, state, baseline, adaptation, cond } = this;
    const out = this.columns ?? (this.columns = resolveColumns(ctx, series));
    for (let i = 0; i < ctx.drugOrder.length; i++)
      out.plasma[i]![k] = this.exposure.plasmaNgPerMl(i);
    for (let j = 0; j < ctx.targets.length; j++) out.occupancy[j]![k] = this.occupancy[j]!;
    out.muDelta[k] = state.endogenousMu;
    out.kappa[k] = this.inputs.opioidKappa;
    out.serotonin[k] = state.serotonin;
    out.noradrenaline[k] = state.noradrenaline;
    out.inhibition[k] = state.spinalInhibition;
    out.desensitisation[k] = (adaptation.desensitisation5ht + adaptation.desensitisationNe) / 2;
    out.sensitisation[k] = adaptation.sensitisation / cond.sensitisation;
    out.acupuncture[k] = this.needling.response;
    out.placebo[k] = this.placebo.level;
    out.cyp2d6[k] = this.exposure.cyp2d6Activity;
    for (let n = 0; n < ctx.nodeReaders.length; n++) {
      const reader = ctx.nodeReaders[n]!;
      out.nodes[n]![k] = reader.read(state) / reader.read(baseline);
    }

    const painRelative = state.pain / baseline.pain;
    out.analgesia[k] = Math.min(1, Math.max(0, 1 - painRelative));
    out.painNrs[k] = Math.min(10, Math.max(0, cond.painNrs * painRelative));

    this.drivers.painLoad = cond.networkPainLoad * painRelative;
    this.drivers.pagExcess = state.pag - 1;
    // Only needling with real afferent input changed resting connectivity in the imaging
    // studies (Dhond 2008; Zyloney 2010), so a course's expectation alone does not count here.
    this.drivers.acupuncture = this.needling.course * this.afferentShare;
    const measures = cachedNetworkMeasures(ctx, this.drivers);
    out.dmnCoherence[k] = measures.dmnCoherence;
    out.dmnInsula[k] = measures.dmnInsula;
    out.salience[k] = measures.salience;
    out.pagPrefrontal[k] = measures.pagPrefrontal;
    out.networkAcupuncture[k] = this.drivers.acupuncture;

    const risks = ctx.outcomes;
    out.nausea[k] = nauseaSignal(risks, this.duloxetineSert(), adaptation.nauseaAdaptation);
    // Still desensitised for a level that has since fallen: the level averaged over about a day,
    // so the daily dose cycle of steady treatment does not count, only a sustained fall.
    out.discontinuation[k] = discontinuationSignal(risks, adaptation.mismatch);
    for (let d = 0; d < this.ownSertTerms.length; d++)
      this.ownSertBlock[d] = ownOccupancy(
        this.sert.ceiling,
        this.ownSertTerms[d]!,
        this.exposure.effectSite,
      );
    out.serotoninToxicity[k] = serotoninToxicitySignal(risks, this.ownSertBlock);
    out.anticholinergic[k] = anticholinergicSignal(this.occupancy[ctx.targetIndex.M1]!);
  }
}
