// SCIENCE.md section 6, target 24: how a person's traits change drug levels.
//
// Independence: the smoking, liver, kidney and age factors are data inputs taken from the labels
// and SCIENCE.md, so those tests confirm inputs (that the model applies them to exposure); the
// CYP2D6 poor metaboliser's nortriptyline confirms nortriptyline's fitted CYP2D6 share.
import { describe, expect, it } from 'vitest';
import { dailyDose, meanOver, run, type Drug } from './helpers.ts';
import type { Patient } from '../../src/model/scenario.ts';

const DAYS = 28;
/** Mean plasma level in the last week of a steady course, for a person. */
const level = (drug: Drug, mg: number, species: string, patient?: Patient) =>
  meanOver(
    run({
      condition: 'diabetic-neuropathy',
      days: DAYS,
      drugs: [dailyDose(drug, mg, 0, DAYS, drug === 'amitriptyline' ? 22 : 8)],
      ...(patient ? { patient } : {}),
    }),
    `plasma.${species}` as `plasma.${Drug}`,
    (DAYS - 7) * 24,
    DAYS * 24,
  );
const fold = (drug: Drug, species: string, patient: Patient) =>
  level(drug, 60, species, patient) / level(drug, 60, species);

describe('target 24: patient factors (confirm inputs)', () => {
  it('lowers a smoker’s duloxetine exposure by about a third', () => {
    expect(fold('duloxetine', 'duloxetine', { smoker: true })).toBeCloseTo(2 / 3, 1);
  });

  it('multiplies duloxetine exposure ~5-fold in liver impairment and ~2-fold in severe kidney disease', () => {
    expect(fold('duloxetine', 'duloxetine', { liver: 'impaired' })).toBeCloseTo(5, 0);
    expect(fold('duloxetine', 'duloxetine', { kidney: 'severe' })).toBeCloseTo(2, 1);
  });

  it('at least doubles nortriptyline in a CYP2D6 poor metaboliser, and lowers it in an ultrarapid one', () => {
    expect(fold('amitriptyline', 'nortriptyline', { cyp2d6: 'poor' })).toBeGreaterThanOrEqual(2);
    expect(fold('amitriptyline', 'nortriptyline', { cyp2d6: 'ultrarapid' })).toBeLessThan(1);
  });

  it('raises tricyclic levels 30-50% in an older adult and leaves duloxetine as it is', () => {
    for (const species of ['amitriptyline', 'nortriptyline']) {
      const older = fold('amitriptyline', species, { age: 'older' });
      expect(older, species).toBeGreaterThanOrEqual(1.3);
      expect(older, species).toBeLessThanOrEqual(1.5);
    }
    expect(fold('duloxetine', 'duloxetine', { age: 'older' })).toBeCloseTo(1, 9);
  });

  it('changes nothing for a default adult written out in full', () => {
    const written: Patient = {
      age: 'adult',
      smoker: false,
      cyp2d6: 'normal',
      liver: 'normal',
      kidney: 'normal',
    };
    expect(fold('amitriptyline', 'nortriptyline', written)).toBe(1);
  });
});
