// The person as traits. Kept apart from the schema (scenario.ts) so that code which only runs
// typed scenarios does not pull in the validator.
import type { PatientTrait } from '../data/schema.ts';
import type { Patient } from './scenario.ts';

/** The traits a person has (the model's view of `patient`; none for a default adult). */
export function traitsOf(patient: Patient | undefined): PatientTrait[] {
  if (patient === undefined) return [];
  const traits: PatientTrait[] = [];
  if (patient.age === 'older') traits.push('older-adult');
  if (patient.smoker === true) traits.push('smoker');
  if (patient.cyp2d6 === 'poor') traits.push('cyp2d6-poor');
  if (patient.cyp2d6 === 'ultrarapid') traits.push('cyp2d6-ultrarapid');
  if (patient.liver === 'impaired') traits.push('liver-impaired');
  if (patient.kidney === 'severe') traits.push('kidney-severe');
  return traits;
}
