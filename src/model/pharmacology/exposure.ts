// Drug exposure over a run: the amounts in the gut and the circulation, the brain effect site,
// and what changes them: the person (age, smoking, liver, kidneys, CYP2D6 type) and interactions
// (duloxetine and sertraline inhibit CYP2D6, which clears nortriptyline and part of
// amitriptyline). Within a step every rate is constant, so the step is propagated exactly.
import type { ModelContext } from '../context.ts';
import type { PatientTrait } from '../../data/schema.ts';
import { effectSiteTerm, plasmaNgPerMl, propagator, type Propagator } from './pk.ts';

/** Rates closer than this (relative) are nudged apart: the exact solution divides by their gap. */
const DEGENERATE_GAP = 1e-6;

/** Per-drug multipliers and CYP2D6 activity that a person's traits imply (data/patients.json). */
export interface PersonPk {
  clearance: Float64Array;
  bioavailability: Float64Array;
  /** CYP2D6 activity relative to a normal metaboliser, before any inhibition. */
  cyp2d6Activity: number;
}

export function personPk(ctx: ModelContext, traits: readonly PatientTrait[]): PersonPk {
  const n = ctx.drugOrder.length;
  const clearance = new Float64Array(n).fill(1);
  const bioavailability = new Float64Array(n).fill(1);
  for (const adjustment of ctx.patients.adjustments) {
    if (!traits.includes(adjustment.trait)) continue;
    const i = ctx.drugIndex(adjustment.drug);
    clearance[i]! *= adjustment.clearance?.value ?? 1;
    bioavailability[i]! *= adjustment.bioavailability?.value ?? 1;
  }
  let cyp2d6Activity = 1;
  if (traits.includes('cyp2d6-poor'))
    cyp2d6Activity = ctx.patients.cyp2d6Activity['cyp2d6-poor'].value;
  if (traits.includes('cyp2d6-ultrarapid'))
    cyp2d6Activity = ctx.patients.cyp2d6Activity['cyp2d6-ultrarapid'].value;
  return { clearance, bioavailability, cyp2d6Activity };
}

/** CYP2D6 activity left when inhibitors are present: 1 / (1 + C / K) for each (reversible). */
export function cyp2d6Remaining(
  plasmaNgPerMlByInhibitor: readonly number[],
  halfInhibitionNgPerMl: readonly number[],
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

export class DrugExposure {
  /** Amounts (mg) per drug in ctx.drugOrder; a metabolite's gut stays empty. */
  readonly gut: Float64Array;
  readonly central: Float64Array;
  /** Brain (effect-site) concentration per drug, ng/mL. */
  readonly effectSite: Float64Array;
  /** CYP2D6 activity now (the person's, times what inhibitors leave). */
  cyp2d6Activity: number;

  private readonly ctx: ModelContext;
  private readonly person: PersonPk;
  /** The elimination rate of each drug with the person's clearance and full CYP2D6 activity. */
  private readonly baseRate: Float64Array;
  private readonly inhibitorIndex: number[];
  private readonly inhibitorHalf: number[];
  private readonly inhibitorLevels: number[];
  private readonly propagators: (Propagator | undefined)[];
  private readonly propagatorKey: Float64Array;
  private readonly rates = { ka: 0, ke: 0, kForm: 0, kFirstPass: 0, km: 0 };

  constructor(ctx: ModelContext, traits: readonly PatientTrait[]) {
    this.ctx = ctx;
    const n = ctx.drugOrder.length;
    this.gut = new Float64Array(n);
    this.central = new Float64Array(n);
    this.effectSite = new Float64Array(n);
    this.person = personPk(ctx, traits);
    this.baseRate = new Float64Array(n);
    for (let i = 0; i < n; i++)
      this.baseRate[i] = ctx.pk[i]!.eliminationRatePerHour * this.person.clearance[i]!;
    this.inhibitorIndex = [];
    this.inhibitorHalf = [];
    ctx.cyp2d6Inhibitors.forEach(({ drugIndex, halfInhibitionNgPerMl }) => {
      this.inhibitorIndex.push(drugIndex);
      this.inhibitorHalf.push(halfInhibitionNgPerMl);
    });
    this.inhibitorLevels = this.inhibitorIndex.map(() => 0);
    this.cyp2d6Activity = this.person.cyp2d6Activity;
    this.propagators = new Array<Propagator | undefined>(n).fill(undefined);
    this.propagatorKey = new Float64Array(n * 3).fill(-1);
  }

  /** A dose (mg) taken now: the share that will reach the blood goes into the gut. */
  addDose(drugIndex: number, doseMg: number): void {
    this.gut[drugIndex]! +=
      doseMg *
      this.ctx.pk[drugIndex]!.bioavailabilityUsed *
      this.person.bioavailability[drugIndex]!;
  }

  plasmaNgPerMl(drugIndex: number): number {
    return plasmaNgPerMl(this.central[drugIndex]!, this.ctx.pk[drugIndex]!.volumeL);
  }

  /** Whether any inhibitor is in the circulation (so CYP2D6 activity can change). */
  get inhibited(): boolean {
    for (const i of this.inhibitorIndex) if (this.central[i]! > 0 || this.gut[i]! > 0) return true;
    return false;
  }

  /** Reads the inhibitors' plasma levels now; the activity holds until the next call. */
  updateCyp2d6(): void {
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
      const m = ctx.metaboliteOf[i] ?? -1;
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
      const pk = ctx.pk[i]!;
      const toConcentration = 1000 / pk.volumeL;
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
        const metConcentration = 1000 / ctx.pk[m]!.volumeL;
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

  /** Fills this.rates for drug i (and its metabolite m) and returns the step's propagator. */
  private propagatorFor(i: number, m: number, dtHours: number): Propagator {
    const pk = this.ctx.pk[i]!;
    const r = this.rates;
    r.ka = pk.absorptionRatePerHour;
    r.ke = this.eliminationRate(i);
    // Formation runs through CYP2C19/3A4: it follows the person's clearance, not CYP2D6.
    r.kForm = m >= 0 ? pk.metaboliteFraction * this.baseRate[i]! : 0;
    r.kFirstPass = m >= 0 ? pk.firstPassMetabolite * r.ka : 0;
    r.km = m >= 0 ? this.eliminationRate(m) : 1;
    if (Math.abs(r.km - r.ke) < DEGENERATE_GAP * r.ke) r.km = r.ke * (1 + 2 * DEGENERATE_GAP);
    if (Math.abs(r.km - r.ka) < DEGENERATE_GAP * r.ka) r.km = r.ka * (1 + 2 * DEGENERATE_GAP);
    const key = 3 * i;
    let prop = this.propagators[i];
    if (
      prop === undefined ||
      this.propagatorKey[key] !== dtHours ||
      this.propagatorKey[key + 1] !== r.ke ||
      this.propagatorKey[key + 2] !== r.km
    ) {
      prop = propagator(r, dtHours);
      this.propagators[i] = prop;
      this.propagatorKey[key] = dtHours;
      this.propagatorKey[key + 1] = r.ke;
      this.propagatorKey[key + 2] = r.km;
    }
    return prop;
  }
}
