// Occupancy of transporters, receptors and channels by every drug present, by competitive
// binding of the free (unbound) drug at the effect site (brain) concentration.
import type { Drug, DrugId, TargetId } from '../../data/schema.ts';
import { DataFileError } from '../../data/validate.ts';

export const TARGETS = ['SERT', 'NET', 'H1', 'M1', 'alpha1', 'Nav', 'hERG', 'NMDA'] as const;
export const TRANSPORTERS: readonly TargetId[] = ['SERT', 'NET'];

/** How one drug's concentration maps onto one target: ratio = concentration * scale. */
export interface BindingTerm {
  drugIndex: number;
  /** Multiplies the effect-site concentration (ng/mL, total) to give concentration / EC50. */
  perNgPerMl: number;
}

export interface TargetBinding {
  target: TargetId;
  ceiling: number;
  terms: BindingTerm[];
}

const NG_PER_ML_PER_NANOMOLAR = (molarMass: number) => molarMass / 1000;

/** A binding's in-vitro Ki as a mass concentration (ng/mL). */
const kiNgPerMlOf = (drug: Drug, binding: Drug['bindings'][number]) =>
  binding.kiNanomolar.value * NG_PER_ML_PER_NANOMOLAR(drug.molarMassGPerMol.value);

/** The free fraction of a drug in plasma (1 - protein binding). */
export const freeFraction = (drug: Drug) => 1 - drug.pk.proteinBinding.value;

/**
 * The in-vivo scale of a drug's binding: the free plasma level at half occupancy divided by the
 * in-vitro Ki (both in ng/mL), from a transporter EC50 measured by PET (or fitted to PET data).
 * It folds in what the test tube does not see (brain partitioning, binding in tissue).
 */
function ownScale(drug: Drug): number | undefined {
  const binding = drug.bindings.find((b) => b.plasmaEc50NgPerMl !== undefined);
  if (binding?.plasmaEc50NgPerMl === undefined) return undefined;
  return (binding.plasmaEc50NgPerMl.value * freeFraction(drug)) / kiNgPerMlOf(drug, binding);
}

/**
 * Every drug's in-vivo scale (SCIENCE.md s.2: occupancy follows the free drug, for receptors as
 * for transporters). A drug with a PET-based EC50 uses its own; one without (amitriptyline)
 * borrows the geometric mean of the drugs data names in its `inVivoScaleFrom`.
 */
export function inVivoScales(drugs: readonly Drug[]): Map<DrugId, number> {
  const own = new Map(drugs.map((drug) => [drug.id, ownScale(drug)]));
  return new Map(
    drugs.map((drug) => {
      const measured = own.get(drug.id);
      if (measured !== undefined) return [drug.id, measured];
      const from = (drug.inVivoScaleFrom ?? []).map((id) => own.get(id));
      const known = from.filter((scale): scale is number => scale !== undefined);
      if (known.length === 0 || known.length < from.length)
        throw new DataFileError(
          `data/drugs.json: ${drug.id}.inVivoScaleFrom: needs drugs with a PET-based EC50`,
        );
      const logMean = known.reduce((sum, scale) => sum + Math.log(scale), 0) / known.length;
      return [drug.id, Math.exp(logMean)];
    }),
  );
}

/**
 * The total plasma level (ng/mL) giving half-maximal occupancy of one target: the PET EC50 where
 * one was measured, else Ki x the drug's in-vivo scale / its free fraction.
 */
export function plasmaEc50Of(drug: Drug, target: TargetId, scale: number): number | undefined {
  const binding = drug.bindings.find((b) => b.target === target);
  if (binding === undefined) return undefined;
  if (binding.plasmaEc50NgPerMl !== undefined) return binding.plasmaEc50NgPerMl.value;
  return (kiNgPerMlOf(drug, binding) * scale) / freeFraction(drug);
}

/** Builds the binding terms for every target from each drug's EC50 (see plasmaEc50Of). */
export function targetBindings(
  drugOrder: readonly DrugId[],
  drugsById: ReadonlyMap<DrugId, Drug>,
  transporterCeiling: number,
  receptorCeiling: number,
): TargetBinding[] {
  const scales = inVivoScales([...drugsById.values()]);
  return TARGETS.map((target) => {
    const terms: BindingTerm[] = [];
    drugOrder.forEach((id, drugIndex) => {
      const drug = drugsById.get(id);
      if (drug === undefined) return;
      const ec50 = plasmaEc50Of(drug, target, scales.get(id)!);
      if (ec50 !== undefined) terms.push({ drugIndex, perNgPerMl: 1 / ec50 });
    });
    const ceiling = TRANSPORTERS.includes(target) ? transporterCeiling : receptorCeiling;
    return { target, ceiling, terms };
  });
}

/** Fractional occupancy of one target (0-1) given effect-site concentrations per drug. */
export function occupancyOf(binding: TargetBinding, concentrations: ArrayLike<number>): number {
  return ownOccupancy(binding.ceiling, binding.terms, concentrations);
}

/** The share of a target's occupancy held by one drug (competitive binding). */
export function occupancyByDrug(
  binding: TargetBinding,
  concentrations: ArrayLike<number>,
  drugIndex: number,
): number {
  let ratio = 0;
  let own = 0;
  for (const term of binding.terms) {
    const r = (concentrations[term.drugIndex] ?? 0) * term.perNgPerMl;
    ratio += r;
    if (term.drugIndex === drugIndex) own += r;
  }
  return (binding.ceiling * own) / (1 + ratio);
}

/**
 * The occupancy a set of binding terms reaches if nothing else is bound. All of a target's terms
 * give its occupancy; one medicine's (parent and metabolite) give how strongly it acts on the
 * target at its own level (for the serotonin-toxicity signal, where each drug's own serotonergic
 * action counts, not its share of a crowded transporter).
 */
export function ownOccupancy(
  ceiling: number,
  terms: readonly BindingTerm[],
  concentrations: ArrayLike<number>,
): number {
  let ratio = 0;
  for (const term of terms) ratio += (concentrations[term.drugIndex] ?? 0) * term.perNgPerMl;
  return (ceiling * ratio) / (1 + ratio);
}
