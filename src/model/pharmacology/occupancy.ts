// Occupancy of transporters, receptors and channels by every drug present, by competitive
// binding at the effect site (brain) concentration.
import type { Drug, DrugId, TargetId } from '../../data/schema.ts';

export const TARGETS = ['SERT', 'NET', 'H1', 'M1', 'alpha1', 'Nav', 'hERG', 'NMDA'] as const;
export const TRANSPORTERS: readonly TargetId[] = ['SERT', 'NET'];

/** How one drug's concentration maps onto one target: ratio = concentration * scale. */
export interface BindingTerm {
  drugIndex: number;
  /** Multiplies the effect-site concentration (ng/mL) to give concentration / EC50. */
  perNgPerMl: number;
}

export interface TargetBinding {
  target: TargetId;
  ceiling: number;
  terms: BindingTerm[];
}

/**
 * Builds the binding terms for every target. Transporters use the in-vivo plasma EC50 (PET);
 * receptors and channels compare the total plasma molar concentration with the in-vitro
 * constant, as SCIENCE.md section 2 does. Teaching simplification: protein binding and brain
 * partitioning are not modelled separately; for these lipophilic drugs they roughly cancel.
 */
export function targetBindings(
  drugOrder: readonly DrugId[],
  drugsById: ReadonlyMap<DrugId, Drug>,
  transporterCeiling: number,
  receptorCeiling: number,
): TargetBinding[] {
  return TARGETS.map((target) => {
    const terms: BindingTerm[] = [];
    drugOrder.forEach((id, drugIndex) => {
      const drug = drugsById.get(id);
      const binding = drug?.bindings.find((b) => b.target === target);
      if (drug === undefined || binding === undefined) return;
      const perNgPerMl =
        binding.plasmaEc50NgPerMl !== undefined
          ? 1 / binding.plasmaEc50NgPerMl.value
          : 1000 / drug.molarMassGPerMol.value / binding.kiNanomolar.value;
      terms.push({ drugIndex, perNgPerMl });
    });
    const ceiling = TRANSPORTERS.includes(target) ? transporterCeiling : receptorCeiling;
    return { target, ceiling, terms };
  });
}

/** Fractional occupancy of one target (0-1) given effect-site concentrations per drug. */
export function occupancyOf(binding: TargetBinding, concentrations: ArrayLike<number>): number {
  let ratio = 0;
  for (const term of binding.terms)
    ratio += (concentrations[term.drugIndex] ?? 0) * term.perNgPerMl;
  return (binding.ceiling * ratio) / (1 + ratio);
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
