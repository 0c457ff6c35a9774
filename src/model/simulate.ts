// simulate(scenario) -> trajectory: the one entry point the app, the tests and the command line
// call. Deterministic: the same scenario always gives the same numbers.
import type { ConditionId } from '../data/schema.ts';
import { parseScenario, type Scenario } from './scenario.ts';
import { outputGridOf } from './grid.ts';
import { traitsOf } from './traits.ts';
import { doseEvents } from './pharmacology/schedule.ts';
import { occupancyAlone, occupancyByDrug, occupancyOf } from './pharmacology/occupancy.ts';
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
import { evaluateCircuit, emptyCircuitState, type CircuitInputs } from './circuit/circuit.ts';
import type { NetworkDrivers } from './network/network.ts';
import { cachedNetworkMeasures } from './network/cache.ts';
import { modelContext, type ModelContext } from './context.ts';
import { SERIES_IDS, type SeriesId } from './series.ts';

export { SERIES_IDS, type SeriesId } from './series.ts';

/** The simulated time series: every array has the length of `timeHours`. */
export interface Trajectory {
  scenario: Scenario;
  timeHours: Float64Array;
  series: Record<SeriesId, Float64Array>;
}

const MINUTES_PER_HOUR = 60;
const HOURS_PER_DAY = 24;

/** Runs the model for a scenario (validated first; throws ScenarioError naming a bad field). */
export function simulate(input: unknown, context: ModelContext = modelContext()): Trajectory {
  return simulateScenario(parseScenario(input), context);
}

/** Runs the model for a scenario that is already valid by construction (typed, not parsed). */
export function simulateScenario(
  scenario: Scenario,
  context: ModelContext = modelContext(),
): Trajectory {
  const run = startSimulation(scenario, context);
  run.advance(Infinity);
  return run.trajectory;
}

/** A run that can be advanced a few output points at a time (see `startSimulation`). */
export interface SimulationInProgress {
  /** Fills up to `outputs` more output points; returns true once the trajectory is complete. */
  advance(outputs: number): boolean;
  /** The trajectory: complete once `advance` has returned true; zeros after the last point filled. */
  readonly trajectory: Trajectory;
}

/**
 * Starts a run without running it, so a caller can spread it over several short slices of time
 * (the browser does this at start-up, while the model's code is not yet compiled and a whole
 * course takes longest). Slices give exactly the numbers one call of `simulateScenario` gives.
 */
export function startSimulation(
  scenario: Scenario,
  context: ModelContext = modelContext(),
): SimulationInProgress {
  const grid = outputGridOf(scenario);
  const count = Math.floor((grid.toHours - grid.fromHours) / grid.stepHours + 1e-9) + 1;
  const timeHours = new Float64Array(count);
  for (let k = 0; k < count; k++) timeHours[k] = grid.fromHours + k * grid.stepHours;

  const series = {} as Record<SeriesId, Float64Array>;
  for (const id of SERIES_IDS(context)) series[id] = new Float64Array(count);

  const run = new Run(scenario, context);
  let next = 0;
  return {
    advance(outputs) {
      const until = Math.min(count, next + Math.max(0, outputs));
      run.simulateInto(timeHours, series, next, until);
      next = until;
      return next >= count;
    },
    trajectory: { scenario, timeHours, series },
  };
}

/**
 * The conductor of one run: it keeps the clock, hands doses, sessions and the placebo pill to the
 * model's parts (pharmacology/, acupuncture/, placebo/, circuit/, outcomes/, network/) in order,
 * and records what they show. State lives in the parts; the hot loop allocates nothing.
 */
class Run {
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
  /** Each dosed medicine's own SERT block (its occupancy were it alone), for the toxicity signal. */
  private readonly ownSertBlock: Float64Array;
  private readonly needling: NeedlingResponse;
  private readonly placebo: PlaceboExpectation;
  private readonly adaptation: SlowAdaptation;
  /** CYP2D6 activity is re-read from the inhibitors' levels once an hour, on the hour. */
  private readonly interacting: boolean;
  private cyp2d6Hour = -1;

  private readonly inputs: CircuitInputs;
  private readonly state = emptyCircuitState();
  private readonly baseline = emptyCircuitState();
  private columns: Columns | undefined;
  private keepSiteDt = -1;
  private keepSite = 1;
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
    this.exposure = new DrugExposure(ctx, traitsOf(scenario.patient));
    const dosedNow = new Set(scenario.drugs.map((course) => course.drug));
    const substrates = ctx.pk.some((pk, i) => {
      const parent = ctx.parentOf[i] ?? -1;
      const dosedId = parent >= 0 ? ctx.drugOrder[parent] : ctx.drugOrder[i];
      return pk.cyp2d6Share > 0 && dosedNow.has(dosedId as never);
    });
    this.interacting =
      substrates &&
      ctx.cyp2d6Inhibitors.some(({ drugIndex }) => dosedNow.has(ctx.drugOrder[drugIndex] as never));
    this.occupancy = new Float64Array(ctx.targets.length);
    this.ownSertBlock = new Float64Array(ctx.dosed.length);
    this.needling = new NeedlingResponse(ctx.acupuncture);
    this.placebo = new PlaceboExpectation(ctx.placebo);
    const cond = ctx.conditionParams(this.condition);
    this.adaptation = new SlowAdaptation({ ...ctx.slow, ...ctx.outcomes }, cond.sensitisation);
    this.inputs = {
      occSERT: 0,
      occNET: 0,
      occNav: 0,
      occNMDA: 0,
      opioidMuDelta: 0,
      opioidKappa: 0,
      expectation: 0,
      afferent: 0,
      needlingNow: 0,
      desensitisation5ht: 0,
      desensitisationNe: 0,
      sensitisation: cond.sensitisation,
    };
    evaluateCircuit(
      { ...this.inputs },
      ctx.circuit,
      cond,
      0,
      this.baseline, // the untreated condition at rest: every node's "1"
    );
    // Again with the baseline pain known, for the nodes that follow pain relative to it.
    evaluateCircuit({ ...this.inputs }, ctx.circuit, cond, this.baseline.pain, this.baseline);
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
      while (t < target - 1e-9) {
        // Apply the doses due now, then step to the next event, output or step cap.
        while (
          doseIndex < this.doses.length &&
          (this.doses[doseIndex]?.timeHours ?? 0) <= t + 1e-9
        ) {
          const dose = this.doses[doseIndex++]!;
          this.exposure.addDose(ctx.drugIndex(dose.drug), dose.doseMg);
        }
        while (
          windowIndex < this.windows.length &&
          (this.windows[windowIndex]?.endHours ?? 0) <= t + 1e-9
        ) {
          this.needling.finishSession(this.windows[windowIndex]!.minutes);
          windowIndex++;
        }
        if (this.interacting) this.refreshCyp2d6(t);
        const session = this.windows[windowIndex];
        const stimulating = session !== undefined && t >= session.startHours - 1e-9;
        let next = target;
        const nextDose = this.doses[doseIndex]?.timeHours;
        if (nextDose !== undefined && nextDose < next) next = nextDose;
        if (session !== undefined) {
          const boundary = stimulating ? session.endHours : session.startHours;
          if (boundary < next) next = boundary;
        }
        for (const edge of [this.placeboFromHours, this.placeboToHours])
          if (edge > t + 1e-9 && edge < next) next = edge;
        // Interactions are re-read on the hour, so the numbers do not depend on the output grid.
        if (this.interacting) next = Math.min(next, Math.floor(t + 1e-9) + 1);
        const cap = stimulating ? acu.stimulationStepMinutes / MINUTES_PER_HOUR : ctx.maxStepHours;
        const dt = Math.min(next - t, cap);
        const taking = t >= this.placeboFromHours - 1e-9 && t < this.placeboToHours - 1e-9;
        this.step(dt, stimulating, taking);
        t += dt;
      }
      this.record(k, series);
    }
    this.t = t;
    this.doseIndex = doseIndex;
    this.windowIndex = windowIndex;
  }

  /** Re-reads CYP2D6 inhibition once each clock hour, at the start of the hour. */
  private refreshCyp2d6(t: number): void {
    const hour = Math.floor(t + 1e-9);
    if (hour === this.cyp2d6Hour) return;
    this.cyp2d6Hour = hour;
    this.exposure.updateCyp2d6();
  }

  private step(dtHours: number, stimulating: boolean, takingPlacebo: boolean): void {
    const { ctx } = this;
    if (dtHours !== this.keepSiteDt) {
      this.keepSite = Math.exp(-ctx.brainEquilibrationRatePerHour * dtHours);
      this.keepSiteDt = dtHours;
    }
    this.exposure.advance(dtHours, this.keepSite);
    const site = this.exposure.effectSite;
    for (let j = 0; j < ctx.targets.length; j++)
      this.occupancy[j] = occupancyOf(ctx.targets[j]!, site);

    if (this.modeIndex >= 0) this.needling.step(dtHours, stimulating);
    this.placebo.step(dtHours, takingPlacebo);

    this.evaluate(stimulating);

    const cond = ctx.conditionParams(this.condition);
    this.adaptation.step(
      dtHours,
      this.state,
      this.baseline.projection,
      ctx.circuit,
      cond.sensitisation,
      this.inputs.occNMDA,
      this.duloxetineSert(),
    );
  }

  private duloxetineSert(): number {
    const { ctx } = this;
    const i = ctx.drugIndex('duloxetine');
    return occupancyByDrug(ctx.targets[ctx.targetIndex.SERT]!, this.exposure.effectSite, i);
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
    const cond = ctx.conditionParams(this.condition);
    evaluateCircuit(inputs, ctx.circuit, cond, this.baseline.pain, this.state);
  }

  private record(k: number, series: Record<SeriesId, Float64Array>): void {
    const { ctx, state, baseline, adaptation } = this;
    const cond = ctx.conditionParams(this.condition);
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
    const sert = ctx.targets[ctx.targetIndex.SERT]!;
    for (let d = 0; d < ctx.dosed.length; d++)
      this.ownSertBlock[d] = occupancyAlone(sert, this.exposure.effectSite, ctx.dosed[d]!.species);
    out.serotoninToxicity[k] = serotoninToxicitySignal(risks, this.ownSertBlock);
    out.anticholinergic[k] = anticholinergicSignal(this.occupancy[ctx.targetIndex.M1]!);
  }
}

/** The output arrays resolved once per run, so recording a time point does no name lookups. */
interface Columns {
  plasma: Float64Array[];
  occupancy: Float64Array[];
  nodes: Float64Array[];
  muDelta: Float64Array;
  kappa: Float64Array;
  serotonin: Float64Array;
  noradrenaline: Float64Array;
  inhibition: Float64Array;
  desensitisation: Float64Array;
  sensitisation: Float64Array;
  acupuncture: Float64Array;
  placebo: Float64Array;
  cyp2d6: Float64Array;
  analgesia: Float64Array;
  painNrs: Float64Array;
  dmnCoherence: Float64Array;
  dmnInsula: Float64Array;
  salience: Float64Array;
  pagPrefrontal: Float64Array;
  networkAcupuncture: Float64Array;
  nausea: Float64Array;
  discontinuation: Float64Array;
  serotoninToxicity: Float64Array;
  anticholinergic: Float64Array;
}

function resolveColumns(ctx: ModelContext, series: Record<SeriesId, Float64Array>): Columns {
  return {
    plasma: ctx.drugOrder.map((id) => series[`plasma.${id}`]),
    occupancy: ctx.targets.map((t) => series[`occupancy.${t.target}`]),
    nodes: ctx.nodeReaders.map((n) => series[n.seriesId]!),
    muDelta: series['opioid.muDelta'],
    kappa: series['opioid.kappa'],
    serotonin: series['synapse.serotonin'],
    noradrenaline: series['synapse.noradrenaline'],
    inhibition: series['spinal.inhibition'],
    desensitisation: series['adaptation.desensitisation'],
    sensitisation: series['adaptation.sensitisation'],
    acupuncture: series['acupuncture.response'],
    placebo: series['placebo.expectation'],
    cyp2d6: series['cyp2d6.activity'],
    analgesia: series.analgesia,
    painNrs: series['pain.nrs'],
    dmnCoherence: series['network.dmnCoherence'],
    dmnInsula: series['network.dmnInsula'],
    salience: series['network.salience'],
    pagPrefrontal: series['network.pagPrefrontal'],
    networkAcupuncture: series['network.acupuncture'],
    nausea: series['risk.nausea'],
    discontinuation: series['risk.discontinuation'],
    serotoninToxicity: series['risk.serotoninToxicity'],
    anticholinergic: series['risk.anticholinergic'],
  };
}
