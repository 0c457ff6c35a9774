// Drug exposure over a run: the amounts in the gut and the circulation, the brain effect site,
// and what changes them: the person (age, smoking, liver, kidneys, CYP2D6 type) and interactions
// (duloxetine and sertraline inhibit CYP2D6, which clears nortriptyline and part of
// amitriptyline). Within a step every rate is constant, so the step is propagated exactly.
import type { ModelContext } from '../context.ts';
import type { DosedDrugId, PatientTrait } from '../../data/schema.ts';
import {
  effectSiteTerm,
  emptyPropagator,
  NG_PER_ML_PER_MG_PER_L,
  plasmaNgPerMl,
  propagatorInto,
  type ChainRates,
  type Propagator,
} from './pk.ts';
import { SAME_TIME_HOURS } from '../units.ts';

/** Rates closer than this (relative) are nudged apart: the exact solution divides by their gap. */
const DEGENERATE_GAP = 1e-6;

/** Per-drug multipliers and CYP2D6 activity that a person's traits imply (data/patients.json). */
export interface PersonPk {
  /** Multiplies each drug's elimination rate (1 = the reference adult). */
  clearanceFactor: Float64Array;
  /** Multiplies the share of each dose that reaches the blood. */
  bioavailabilityFactor: Float64Array;
  /** CYP2D6 activity relative to a normal metaboliser, before any inhibition. */
  cyp2d6Activity: number;
}

/** The pharmacokinetic changes a person's traits bring, per drug in ctx.drugOrder. */
export function personPk(ctx: ModelContext, traits: readonly PatientTrait[]): PersonPk {
  const n = ctx.drugOrder.length;
  const clearanceFactor = new Float64Array(n).fill(1);
  const bioavailabilityFactor = new Float64Array(n).fill(1);
  for (const adjustment of ctx.patients.adjustments) {
    if (!traits.includes(adjustment.trait)) continue;
    const i = ctx.drugIndex(adjustment.drug);
    clearanceFactor[i]! *= adjustment.clearance?.value ?? 1;
    bioavailabilityFactor[i]! *= adjustment.bioavailability?.value ?? 1;
  }
  let cyp2d6Activity = 1;
  if (traits.includes('cyp2d6-poor'))
    cyp2d6Activity = ctx.patients.cyp2d6Activity['cyp2d6-poor'].value;
  if (traits.includes('cyp2d6-ultrarapid'))
    cyp2d6Activity = ctx.patients.cyp2d6Activity['cyp2d6-ultrarapid'].value;
  return { clearanceFactor, bioavailabilityFactor, cyp2d6Activity };
}

/** CYP2D6 activity left when inhibitors are present: 1 / (1 + C / K) for each (reversible). */
export function cyp2d6Remaining(
  plasmaNgPerMlByInhibitor: ArrayLike<number>,
  halfInhibitionNgPerMl: ArrayLike<number>,
): number {
  let remaining = 1;
  for (let j = 0; j < plasmaNgPerMlByInhibitor.length; j++)
    remaining /= 1 + (plasmaNgPerMlByInhibitor[j] ?? 0) / (halfInhibitionNgPerMl[j] ?? Infinity);
  return remaining;
}

/** An elimination rate split by CYP2D6: the other routes plus the CYP2D6 route at `activity`. */
export function eliminationAt(baseRate: number, cyp2d6Share: number, activity: number): number {
  return baseRate * (1 - cyp2d6Share + cyp2d6Share * activity);
}

/** The drugs in circulation from the medicines of a scenario (each parent with its metabolite). */
function speciesOf(ctx: ModelContext, medicines: ReadonlySet<DosedDrugId>): Set<number> {
  return new Set(ctx.dosed.filter((d) => medicines.has(d.drug)).flatMap((d) => d.species));
}

/** One run's drug levels, moved on by each step. */
export class DrugExposure {
  /** Amounts (mg) per drug in ctx.drugOrder; a metabolite's gut stays empty. */
  readonly gut: Float64Array;
  readonly central: Float64Array;
  /** Brain (effect-site) concentration per drug, ng/mL. */
  readonly effectSite: Float64Array;
  /** CYP2D6 activity now (the person's, times what inhibitors leave). */
  cyp2d6Activity: number;
  /**
   * True when the scenario takes a CYP2D6 inhibitor with a CYP2D6 substrate: the inhibition is
   * then re-read on every clock hour (see refreshOnTheHour), and the run steps on the hour.
   */
  readonly interacting: boolean;

  private readonly ctx: ModelContext;
  private readonly person: PersonPk;
  /** The elimination rate of each drug with the person's clearance and full CYP2D6 activity. */
  private readonly baseRate: Float64Array;
  private readonly inhibitorIndex: Int32Array;
  private readonly inhibitorHalf: Float64Array;
  private readonly inhibitorLevels: Float64Array;
  private inhibitionHour = -1;
  private readonly propagators: Propagator[];
  /** The step length, parent and metabolite rates each drug's propagator was built for. */
  private readonly propagatorKey: Float64Array;
  private readonly rates: ChainRates = { ka: 0, ke: 0, kForm: 0, kFirstPass: 0, km: 0 };

  constructor(
    ctx: ModelContext,
    traits: readonly PatientTrait[],
    medicines: ReadonlySet<DosedDrugId>,
  ) {
    this.ctx = ctx;
    const n = ctx.drugOrder.length;
    this.gut = new Float64Array(n);
    this.central = new Float64Array(n);
    this.effectSite = new Float64Array(n);
    this.person = personPk(ctx, traits);
    this.baseRate = new Float64Array(n);
    for (let i = 0; i < n; i++)
      this.baseRate[i] = ctx.pk[i]!.eliminationRatePerHour * this.person.clearanceFactor[i]!;
    this.inhibitorIndex = Int32Array.from(ctx.cyp2d6Inhibitors.map((x) => x.drugIndex));
    this.inhibitorHalf = Float64Array.from(
      ctx.cyp2d6Inhibitors.map((x) => x.halfInhibitionNgPerMl),
    );
    this.inhibitorLevels = new Float64Array(this.inhibitorIndex.length);
    this.cyp2d6Activity = this.person.cyp2d6Activity;
    const present = speciesOf(ctx, medicines);
    this.interacting =
      [...present].some((i) => ctx.pk[i]!.cyp2d6Share > 0) &&
      [...this.inhibitorIndex].some((i) => present.has(i));
    this.propagators = ctx.drugOrder.map(emptyPropagator);
    this.propagatorKey = new Float64Array(n * 3).fill(-1);
  }

  /** A dose (mg) taken now: the share that will reach the blood goes into the gut. */
  addDose(drugIndex: number, doseMg: number): void {
    this.gut[drugIndex]! +=
      doseMg *
      this.ctx.pk[drugIndex]!.bioavailabilityUsed *
      this.person.bioavailabilityFactor[drugIndex]!;
  }

  /** A drug's plasma concentration now, ng/mL. */
  plasmaNgPerMl(drugIndex: number): number {
    return plasmaNgPerMl(this.central[drugIndex]!, this.ctx.pk[drugIndex]!.volumeL);
  }

  /**
   * At the start of each clock hour, reads the inhibitors' plasma levels; the CYP2D6 activity then
   * holds for the hour, so the numbers do not depend on the output grid.
   */
  refreshOnTheHour(tHours: number): void {
    const hour = Math.floor(tHours + SAME_TIME_HOURS);
    if (hour === this.inhibitionHour) return;
    this.inhibitionHour = hour;
    for (let j = 0; j < this.inhibitorIndex.length; j++)
      this.inhibitorLevels[j] = this.plasmaNgPerMl(this.inhibitorIndex[j]!);
    this.cyp2d6Activity =
      this.person.cyp2d6Activity * cyp2d6Remaining(this.inhibitorLevels, this.inhibitorHalf);
  }

  /** The elimination rate of a drug now (the person's clearance, CYP2D6 activity now). */
  eliminationRate(drugIndex: number): number {
    return eliminationAt(
      this.baseRate[drugIndex]!,
      this.ctx.pk[drugIndex]!.cyp2d6Share,
      this.cyp2d6Activity,
    );
  }

  /** Advances every drug and its effect site by dtHours, exactly. */
  advance(dtHours: number, keepSite: number): void {
    const { ctx } = this;
    const k0 = ctx.brainEquilibrationRatePerHour;
    for (let i = 0; i < ctx.drugOrder.length; i++) {
      if ((ctx.parentOf[i] ?? -1) >= 0) continue; // metabolites advance with their parent
      const m = ctx.metaboliteOf[i] ?? -1; // the metabolite's index, -1 for none
      if (this.gut[i] === 0 && this.central[i] === 0 && (m < 0 || this.central[m] === 0)) {
        this.effectSite[i]! *= keepSite;
        if (m >= 0) this.effectSite[m]! *= keepSite;
        continue;
      }
      const prop = this.propagatorFor(i, m, dtHours);
      const { ka, ke, kForm, kFirstPass, km } = this.rates;
      const gut = this.gut[i]!;
      const central = this.central[i]!;
      // Plasma over the step is a sum of exponentials, so the effect site (dCe/dt = k0 (Cp - Ce))
      // is also advanced exactly: no error from the step length, whatever the output grid.
      const toConcentration = NG_PER_ML_PER_MG_PER_L / ctx.pk[i]!.volumeL;
      const onKa = (gut * ka) / (ke - ka); // the central amount's e^(-ka s) coefficient
      const onKe = central - onKa;
      this.effectSite[i] =
        this.effectSite[i]! * keepSite +
        effectSiteTerm(onKe * toConcentration, ke, prop.centralKeep, k0, keepSite, dtHours) +
        effectSiteTerm(onKa * toConcentration, ka, prop.gutKeep, k0, keepSite, dtHours);
      if (m >= 0) {
        // The metabolite's coefficients: it gains kForm x central and kFirstPass x gut.
        const metabolite = this.central[m]!;
        const metOnKe = (kForm * onKe) / (km - ke);
        const metOnKa = (kForm * onKa + kFirstPass * gut) / (km - ka);
        const metOnKm = metabolite - metOnKe - metOnKa;
        const metConcentration = NG_PER_ML_PER_MG_PER_L / ctx.pk[m]!.volumeL;
        this.effectSite[m] =
          this.effectSite[m]! * keepSite +
          effectSiteTerm(
            metOnKm * metConcentration,
            km,
            prop.metaboliteKeep,
            k0,
            keepSite,
            dtHours,
          ) +
          effectSiteTerm(metOnKe * metConcentration, ke, prop.centralKeep, k0, keepSite, dtHours) +
          effectSiteTerm(metOnKa * metConcentration, ka, prop.gutKeep, k0, keepSite, dtHours);
        this.central[m] =
          metabolite * prop.metaboliteKeep +
          central * prop.metaboliteFromCentral +
          gut * prop.metaboliteFromGut;
      }
      this.gut[i] = gut * prop.gutKeep;
      this.central[i] = central * prop.centralKeep + gut * prop.centralFromGut;
    }
  }

  /** Fills this.rates for drug i (and its metabolite, if any) and returns the step's propagator. */
  private propagatorFor(i: number, metaboliteIndex: number, dtHours: number): Propagator {
    const pk = this.ctx.pk[i]!;
    const r = this.rates;
    const hasMetabolite = metaboliteIndex >= 0;
    r.ka = pk.absorptionRatePerHour;
    r.ke = this.eliminationRate(i);
    // Formation runs through CYP2C19/3A4: it follows the person's clearance, not CYP2D6.
    r.kForm = hasMetabolite ? pk.metaboliteFraction * this.baseRate[i]! : 0;
    r.kFirstPass = hasMetabolite ? pk.firstPassMetabolite * r.ka : 0;
    r.km = hasMetabolite ? this.eliminationRate(metaboliteIndex) : 1;
    // The exact solution divides by the gaps between rates: keep them apart.
    if (Math.abs(r.ke - r.ka) < DEGENERATE_GAP * r.ka) r.ke = r.ka * (1 - 2 * DEGENERATE_GAP);
    if (Math.abs(r.km - r.ke) < DEGENERATE_GAP * r.ke) r.km = r.ke * (1 + 2 * DEGENERATE_GAP);
    if (Math.abs(r.km - r.ka) < DEGENERATE_GAP * r.ka) r.km = r.ka * (1 + 2 * DEGENERATE_GAP);
    const key = 3 * i;
    const prop = this.propagators[i]!;
    if (
      this.propagatorKey[key] !== dtHours ||
      this.propagatorKey[key + 1] !== r.ke ||
      this.propagatorKey[key + 2] !== r.km
    ) {
      propagatorInto(r, dtHours, prop);
      this.propagatorKey[key] = dtHours;
      this.propagatorKey[key + 1] = r.ke;
      this.propagatorKey[key + 2] = r.km;
    }
    return prop;
  }
}
