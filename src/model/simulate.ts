// simulate(scenario) -> trajectory: the one entry point the app, the tests and the command line
// call. Deterministic: the same scenario always gives the same numbers.
import type { ConditionId } from '../data/schema.ts';
import { parseScenario, type Scenario } from './scenario.ts';
import { outputGridOf } from './grid.ts';
import { doseEvents } from './pharmacology/schedule.ts';
import { occupancyByDrug, occupancyOf } from './pharmacology/occupancy.ts';
import { effectSiteTerm, plasmaNgPerMl, propagator, type Propagator } from './pharmacology/pk.ts';
import { stimulationWindows } from './acupuncture/sessions.ts';
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

/** The mutable state of one run, kept in flat fields so the hot loop allocates nothing. */
class Run {
  private readonly ctx: ModelContext;
  private readonly condition: ConditionId;
  private readonly doses: ReturnType<typeof doseEvents>;
  private readonly windows: ReturnType<typeof stimulationWindows>;
  private readonly modeIndex: number;
  /** The chosen mode's afferent (needle-specific) drive, 0 for sham or no acupuncture. */
  private readonly afferentShare: number;

  // Pharmacokinetics, per drug in ctx.drugOrder (amounts in mg).
  private readonly gut: Float64Array;
  private readonly central: Float64Array;
  private readonly effectSite: Float64Array;
  private readonly propagators: (Propagator | undefined)[];
  private readonly propagatorDt: Float64Array;
  private readonly occupancy: Float64Array;

  // Acupuncture: the session response (0-1), acute CCK tolerance, and what carries over.
  private acute = 0;
  private tolerance = 0;
  private accumulated = 0;
  /** The carried-over part of the response, easing toward its new level after each session. */
  private tonic = 0;

  // Slow adaptation.
  private desensitisation5ht = 0;
  private desensitisationNe = 0;
  private sensitisation: number;
  private nauseaAdaptation = 0;
  /** The 5-HT and NE adaptation targets averaged over about a day (see discontinuation). */
  private recent5ht = 0;
  private recentNe = 0;

  private readonly inputs: CircuitInputs;
  private readonly state = emptyCircuitState();
  private readonly baseline = emptyCircuitState();
  private columns: Columns | undefined;
  private keepDt = -1;
  private readonly keep: KeepFactors = {
    brainToward: 0,
    response: 0,
    toleranceBuild: 0,
    toleranceRecovery: 0,
    persistence: 0,
    desensitisation: 0,
    sensitisation: 0,
    nausea: 0,
    recent: 0,
  };
  private readonly drivers: NetworkDrivers = { painLoad: 1, pagExcess: 0, acupuncture: 0 };

  constructor(scenario: Scenario, ctx: ModelContext) {
    this.ctx = ctx;
    this.condition = scenario.condition;
    this.doses = doseEvents(scenario.drugs, scenario.days);
    this.windows = stimulationWindows(scenario.acupuncture, scenario.days);
    this.modeIndex = scenario.acupuncture
      ? ctx.modes.findIndex((m) => m.id === scenario.acupuncture?.mode)
      : -1;
    this.afferentShare =
      this.modeIndex >= 0 ? (ctx.modes[this.modeIndex]?.afferentDrive.value ?? 0) : 0;
    const n = ctx.drugOrder.length;
    this.gut = new Float64Array(n);
    this.central = new Float64Array(n);
    this.effectSite = new Float64Array(n);
    this.propagators = new Array<Propagator | undefined>(n).fill(undefined);
    this.propagatorDt = new Float64Array(n).fill(-1);
    this.occupancy = new Float64Array(ctx.targets.length);
    const cond = ctx.conditionParams(this.condition);
    this.sensitisation = cond.sensitisation;
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
          const i = ctx.drugIndex(dose.drug);
          this.gut[i]! += dose.doseMg * ctx.pk[i]!.bioavailabilityUsed;
        }
        while (
          windowIndex < this.windows.length &&
          (this.windows[windowIndex]?.endHours ?? 0) <= t + 1e-9
        ) {
          this.finishSession(this.windows[windowIndex]!.minutes);
          windowIndex++;
        }
        const session = this.windows[windowIndex];
        const stimulating = session !== undefined && t >= session.startHours - 1e-9;
        let next = target;
        const nextDose = this.doses[doseIndex]?.timeHours;
        if (nextDose !== undefined && nextDose < next) next = nextDose;
        if (session !== undefined) {
          const boundary = stimulating ? session.endHours : session.startHours;
          if (boundary < next) next = boundary;
        }
        const cap = stimulating ? acu.stimulationStepMinutes / MINUTES_PER_HOUR : ctx.maxStepHours;
        const dt = Math.min(next - t, cap);
        this.step(dt, stimulating);
        t += dt;
      }
      this.record(k, series);
    }
    this.t = t;
    this.doseIndex = doseIndex;
    this.windowIndex = windowIndex;
  }

  /**
   * The fraction of each first-order process left after a step of dtHours: exp(-dt / tau).
   * Steps are mostly one hour or a few minutes, so the factors are cached per step length.
   */
  private keepFactors(dtHours: number): KeepFactors {
    if (dtHours === this.keepDt) return this.keep;
    const { ctx } = this;
    const acu = ctx.acupuncture;
    const minutes = dtHours * MINUTES_PER_HOUR;
    const decay = (tau: number, t: number) => Math.exp(-t / tau);
    const k = this.keep;
    k.brainToward = 1 - Math.exp(-ctx.brainEquilibrationRatePerHour * dtHours);
    k.response = decay(acu.responseTimeConstantMinutes, minutes);
    k.toleranceBuild = decay(acu.toleranceTimeConstantMinutes, minutes);
    k.toleranceRecovery = decay(acu.toleranceRecoveryHours, dtHours);
    k.persistence = decay(acu.persistenceDays * 24, dtHours);
    k.desensitisation = decay(ctx.slow.desensitisationDays * 24, dtHours);
    k.sensitisation = decay(ctx.slow.sensitisationDays * 24, dtHours);
    k.nausea = decay(ctx.outcomes.nauseaAdaptationDays * 24, dtHours);
    k.recent = decay(ctx.outcomes.discontinuationRecentHours, dtHours);
    this.keepDt = dtHours;
    return k;
  }

  private finishSession(minutes: number): void {
    const acu = this.ctx.acupuncture;
    const dose = Math.min(1, minutes / acu.referenceSessionMinutes);
    this.accumulated += acu.accumulationPerSession * dose * (1 - this.accumulated);
  }

  private step(dtHours: number, stimulating: boolean): void {
    const { ctx } = this;
    // Pharmacokinetics (exact) and the brain effect site (exponential approach).
    const keep = this.keepFactors(dtHours);
    const toward = keep.brainToward;
    for (let i = 0; i < ctx.drugOrder.length; i++) {
      const parentIndex = ctx.parentOf[i] ?? -1;
      if (parentIndex >= 0) continue; // metabolites advance with their parent
      const pk = ctx.pk[i]!;
      const metaboliteIndex = ctx.metaboliteOf[i] ?? -1;
      if (this.gut[i] === 0 && this.central[i] === 0 && metaboliteIndex < 0) {
        this.effectSite[i]! *= 1 - toward;
        continue;
      }
      let prop = this.propagators[i];
      if (prop === undefined || this.propagatorDt[i] !== dtHours) {
        const km = metaboliteIndex >= 0 ? ctx.pk[metaboliteIndex]!.eliminationRatePerHour : 1;
        prop = propagator(pk, km, dtHours);
        this.propagators[i] = prop;
        this.propagatorDt[i] = dtHours;
      }
      // Plasma over the step is a sum of exponentials, so the effect site (dCe/dt = k0 (Cp - Ce))
      // is also advanced exactly: no error from the step length, whatever the output grid.
      const gut = this.gut[i]!;
      const central = this.central[i]!;
      const ka = pk.absorptionRatePerHour;
      const ke = pk.eliminationRatePerHour;
      const toConcentration = 1000 / pk.volumeL;
      const fromGut = ka === ke ? 0 : (gut * ka) / (ke - ka);
      const k0 = ctx.brainEquilibrationRatePerHour;
      const keepSite = 1 - toward;
      this.effectSite[i] =
        this.effectSite[i]! * keepSite +
        effectSiteTerm(
          (central - fromGut) * toConcentration,
          ke,
          prop.centralKeep,
          k0,
          keepSite,
          dtHours,
        ) +
        effectSiteTerm(fromGut * toConcentration, ka, prop.gutKeep, k0, keepSite, dtHours);
      this.gut[i] = gut * prop.gutKeep;
      this.central[i] = central * prop.centralKeep + gut * prop.centralFromGut;
      if (metaboliteIndex >= 0) {
        const mpk = ctx.pk[metaboliteIndex]!;
        const km = mpk.eliminationRatePerHour;
        const fm = pk.metaboliteFraction;
        const metabolite = this.central[metaboliteIndex]!;
        // The metabolite amount over the step, as coefficients of e^(-km s), e^(-ke s), e^(-ka s).
        const viaCentral = (central * fm * ke) / (km - ke);
        const viaGut = gut * fm * ke * ka;
        const onKa = viaGut / ((ke - ka) * (km - ka));
        const onKe = viaCentral + viaGut / ((ka - ke) * (km - ke));
        const onKm = metabolite - viaCentral + viaGut / ((ka - km) * (ke - km));
        const metConcentration = 1000 / mpk.volumeL;
        this.effectSite[metaboliteIndex] =
          this.effectSite[metaboliteIndex]! * keepSite +
          effectSiteTerm(onKm * metConcentration, km, prop.metaboliteKeep, k0, keepSite, dtHours) +
          effectSiteTerm(onKe * metConcentration, ke, prop.centralKeep, k0, keepSite, dtHours) +
          effectSiteTerm(onKa * metConcentration, ka, prop.gutKeep, k0, keepSite, dtHours);
        this.central[metaboliteIndex] =
          metabolite * prop.metaboliteKeep +
          central * prop.metaboliteFromCentral +
          gut * prop.metaboliteFromGut;
      }
    }
    for (let j = 0; j < ctx.targets.length; j++)
      this.occupancy[j] = occupancyOf(ctx.targets[j]!, this.effectSite);

    // Acupuncture: the response rises while needles stimulate, limited by acute CCK-8
    // tolerance, and decays after they come out.
    const acu = ctx.acupuncture;
    if (stimulating && this.modeIndex >= 0) {
      const drive = 1 - this.tolerance;
      this.acute = drive + (this.acute - drive) * keep.response;
      this.tolerance = 1 + (this.tolerance - 1) * keep.toleranceBuild;
    } else {
      this.acute *= keep.response;
      this.tolerance *= keep.toleranceRecovery;
    }
    this.accumulated *= keep.persistence;
    const tonicTarget = acu.tonicFraction * this.accumulated;
    this.tonic = tonicTarget + (this.tonic - tonicTarget) * keep.response;

    this.evaluate(stimulating);

    // Slow adaptation toward where the current synaptic levels and pain drive would settle.
    const target5ht = 1 - 1 / Math.max(1, this.state.serotoninRaw);
    const targetNe = 1 - 1 / Math.max(1, this.state.noradrenalineRaw);
    this.desensitisation5ht =
      target5ht + (this.desensitisation5ht - target5ht) * keep.desensitisation;
    this.desensitisationNe = targetNe + (this.desensitisationNe - targetNe) * keep.desensitisation;
    this.recent5ht = target5ht + (this.recent5ht - target5ht) * keep.recent;
    this.recentNe = targetNe + (this.recentNe - targetNe) * keep.recent;

    const cond = ctx.conditionParams(this.condition);
    const drive = Math.max(0, this.state.projection / this.baseline.projection);
    const sensitisationTarget =
      1 +
      (cond.sensitisation - 1) *
        drive ** ctx.circuit.sensitisationDriveExponent *
        Math.max(0, 1 - ctx.circuit.nmdaAntiWindup * this.inputs.occNMDA);
    this.sensitisation =
      sensitisationTarget + (this.sensitisation - sensitisationTarget) * keep.sensitisation;

    const dlxSert = this.duloxetineSert();
    this.nauseaAdaptation = dlxSert + (this.nauseaAdaptation - dlxSert) * keep.nausea;
  }

  private duloxetineSert(): number {
    const { ctx } = this;
    const i = ctx.drugIndex('duloxetine');
    return occupancyByDrug(ctx.targets[ctx.targetIndex.SERT]!, this.effectSite, i);
  }

  private evaluate(stimulating: boolean): void {
    const { ctx } = this;
    const mode = this.modeIndex >= 0 ? ctx.modes[this.modeIndex] : undefined;
    const response = this.acute + this.tonic;
    const inputs = this.inputs;
    inputs.occSERT = this.occupancy[ctx.targetIndex.SERT]!;
    inputs.occNET = this.occupancy[ctx.targetIndex.NET]!;
    inputs.occNav = this.occupancy[ctx.targetIndex.Nav]!;
    inputs.occNMDA = this.occupancy[ctx.targetIndex.NMDA]!;
    inputs.opioidMuDelta = mode ? response * mode.muDeltaRelease.value : 0;
    inputs.opioidKappa = mode ? response * mode.kappaRelease.value : 0;
    inputs.expectation = mode ? response * mode.expectationDrive.value : 0;
    inputs.afferent = mode ? response * mode.afferentDrive.value : 0;
    inputs.needlingNow = stimulating && mode ? 1 : 0;
    inputs.desensitisation5ht = this.desensitisation5ht;
    inputs.desensitisationNe = this.desensitisationNe;
    inputs.sensitisation = this.sensitisation;
    const cond = ctx.conditionParams(this.condition);
    evaluateCircuit(inputs, ctx.circuit, cond, this.baseline.pain, this.state);
  }

  private record(k: number, series: Record<SeriesId, Float64Array>): void {
    const { ctx, state, baseline } = this;
    const cond = ctx.conditionParams(this.condition);
    const out = this.columns ?? (this.columns = resolveColumns(ctx, series));
    for (let i = 0; i < ctx.drugOrder.length; i++)
      out.plasma[i]![k] = plasmaNgPerMl(this.central[i]!, ctx.pk[i]!.volumeL);
    for (let j = 0; j < ctx.targets.length; j++) out.occupancy[j]![k] = this.occupancy[j]!;
    out.muDelta[k] = this.inputs.opioidMuDelta;
    out.kappa[k] = this.inputs.opioidKappa;
    out.serotonin[k] = state.serotonin;
    out.noradrenaline[k] = state.noradrenaline;
    out.inhibition[k] = state.spinalInhibition;
    out.desensitisation[k] = (this.desensitisation5ht + this.desensitisationNe) / 2;
    out.sensitisation[k] = this.sensitisation / cond.sensitisation;
    out.acupuncture[k] = this.acute + this.tonic;
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
    // studies (Dhond 2008; Zyloney 2010), so sham's carried-over expectation does not count here.
    this.drivers.acupuncture = this.accumulated * this.afferentShare;
    const measures = cachedNetworkMeasures(ctx, this.drivers);
    out.dmnCoherence[k] = measures.dmnCoherence;
    out.dmnInsula[k] = measures.dmnInsula;
    out.salience[k] = measures.salience;
    out.pagPrefrontal[k] = measures.pagPrefrontal;
    out.networkAcupuncture[k] = this.drivers.acupuncture;

    const outcomes = ctx.outcomes;
    const nausea = Math.max(0, this.duloxetineSert() - this.nauseaAdaptation);
    out.nausea[k] = Math.min(
      1,
      (outcomes.nauseaExcessRisk * nausea) / outcomes.nauseaReferenceRise,
    );
    // Still desensitised for a level that has since fallen: the level averaged over about a day,
    // so the daily dose cycle of steady treatment does not count, only a sustained fall.
    const mismatch =
      Math.max(0, this.desensitisation5ht - this.recent5ht) +
      Math.max(0, this.desensitisationNe - this.recentNe);
    out.discontinuation[k] = Math.min(1, outcomes.discontinuationRiskPerMismatch * mismatch);
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
  analgesia: Float64Array;
  painNrs: Float64Array;
  dmnCoherence: Float64Array;
  dmnInsula: Float64Array;
  salience: Float64Array;
  pagPrefrontal: Float64Array;
  networkAcupuncture: Float64Array;
  nausea: Float64Array;
  discontinuation: Float64Array;
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
    analgesia: series.analgesia,
    painNrs: series['pain.nrs'],
    dmnCoherence: series['network.dmnCoherence'],
    dmnInsula: series['network.dmnInsula'],
    salience: series['network.salience'],
    pagPrefrontal: series['network.pagPrefrontal'],
    networkAcupuncture: series['network.acupuncture'],
    nausea: series['risk.nausea'],
    discontinuation: series['risk.discontinuation'],
  };
}

interface KeepFactors {
  brainToward: number;
  response: number;
  toleranceBuild: number;
  toleranceRecovery: number;
  persistence: number;
  desensitisation: number;
  sensitisation: number;
  nausea: number;
  recent: number;
}
