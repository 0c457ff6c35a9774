// Which cautions from the labels and guidelines (data/cautions.json) apply to the chosen
// treatment and person, and which of them are warnings to show beside the controls the moment
// they apply. Pure: the controls, the Effects panel, the narration and the tests share it.
import { cautions } from '../data/catalog.ts';
import type { Caution, DosedDrugId, PatientTrait } from '../data/schema.ts';
import { traitsOf } from '../model/traits.ts';
import { medicinesOn, patientOf, type Treatment } from './treatment.ts';

export interface CautionStatus {
  caution: Caution;
  /** The medicines it concerns that are switched on now. */
  medicinesOn: DosedDrugId[];
  /** The person's traits that bring it forward. */
  traitsPresent: PatientTrait[];
  /** It applies to this treatment and person. */
  applies: boolean;
}

/** The person's traits, as the model reads them. */
export const traitsOfTreatment = (treatment: Treatment): PatientTrait[] =>
  traitsOf(patientOf(treatment.person));

/** Every caution with whether it applies now (data order). */
export function cautionStatuses(treatment: Treatment): CautionStatus[] {
  const on = medicinesOn(treatment);
  const traits = traitsOfTreatment(treatment);
  return cautions.map((caution) => {
    const concerned = on.filter((id) => caution.drugs.includes(id));
    const traitsPresent = (caution.traits ?? []).filter((trait) => traits.includes(trait));
    const applies =
      concerned.length > 0 &&
      (caution.together !== true || concerned.length >= 2) &&
      (caution.partners === undefined || caution.partners.some((id) => on.includes(id))) &&
      (caution.traits === undefined || traitsPresent.length > 0);
    return { caution, medicinesOn: concerned, traitsPresent, applies };
  });
}

/** Of the cautions' statuses, the warnings that apply. */
export const warningsAmong = (statuses: readonly CautionStatus[]): CautionStatus[] =>
  statuses.filter((s) => s.applies && s.caution.level === 'warning');

/** The warnings that apply now: shown beside the controls, in the summary and the narration. */
export const activeWarnings = (treatment: Treatment): CautionStatus[] =>
  warningsAmong(cautionStatuses(treatment));

/** A caution that applies because of who the person is (a trait brings it forward). */
export const broughtByPerson = (status: CautionStatus): boolean =>
  status.applies && status.traitsPresent.length > 0;
