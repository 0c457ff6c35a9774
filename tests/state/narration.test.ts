// The narration after a change says what changed, how that treatment works (in the audience's
// wording) and what the simulation shows, with "simulated"; a change that is not a treatment's
// says only what moved.
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import {
  describeNodeNow,
  describeOutcome,
  describeTimeNow,
  describeTreatmentChange,
  scenarioChanged,
} from '../../src/state/narration.ts';
import { defaultTreatment, type Treatment } from '../../src/state/treatment.ts';

const withDuloxetine = (mg: 30 | 60 | 120 = 60): Treatment => {
  const treatment = defaultTreatment();
  treatment.duloxetine.mg = mg;
  return treatment;
};

afterAll(() => i18n.use('en', 'plain'));

describe('the narration of a treatment change', () => {
  it('names what went on and how it works, in plain words for patients', async () => {
    await i18n.use('en', 'plain');
    expect(describeTreatmentChange(defaultTreatment(), withDuloxetine())).toBe(
      'Switched on: duloxetine 60 mg each morning. It keeps more noradrenaline and serotonin at the spinal brake.',
    );
  });

  it('gives the mechanism in technical words for students and clinicians', async () => {
    await i18n.use('en', 'technical');
    expect(describeTreatmentChange(defaultTreatment(), withDuloxetine())).toMatch(
      /^Switched on: duloxetine 60 mg each morning\. It blocks noradrenaline and serotonin reuptake \(NET and SERT\)/,
    );
    await i18n.use('en', 'plain');
  });

  it('names a change of dose, a treatment switched off, and sham as expectation', () => {
    expect(describeTreatmentChange(withDuloxetine(60), withDuloxetine(30))).toMatch(
      /^Changed to duloxetine 30 mg each morning\. It keeps more noradrenaline/,
    );
    expect(describeTreatmentChange(withDuloxetine(), defaultTreatment())).toBe(
      'Switched off: duloxetine 60 mg each morning.',
    );
    const sham = defaultTreatment();
    sham.acupuncture.mode = 'sham';
    expect(describeTreatmentChange(defaultTreatment(), sham)).toMatch(/through expectation/);
  });

  it('says nothing of treatments when only the condition or the person changed', () => {
    const older = defaultTreatment();
    older.person.olderAdult = true;
    expect(describeTreatmentChange(defaultTreatment(), older)).toBe('');
    expect(scenarioChanged(defaultTreatment(), older)).toBe(true);
    expect(scenarioChanged(defaultTreatment(), withDuloxetine())).toBe(false);
  });

  it("reads the outcome as simulated, from the model's numbers", async () => {
    expect(describeOutcome({ pain: 4.06, relief: 0.3, projection: 0.7 })).toBe(
      'Simulated now: the pain signal leaving the spinal cord is 30% below untreated; pain 4.1 out of 10.',
    );
    expect(describeTimeNow(1008, { pain: 5, relief: 0.12, projection: 1 })).toBe(
      'Week 6, day 1, 00:00. Simulated pain 5.0 out of 10, 12% less than untreated.',
    );
    // In plain words (a patient's) the region is named by what it does; technically, by name.
    expect(describeNodeNow('pag', 1.31)).toBe('Brake switch, simulated: 31% above untreated.');
    await i18n.use('en', 'technical');
    expect(describeNodeNow('pag', 1.31)).toBe(
      'Periaqueductal gray, simulated: 31% above untreated.',
    );
    await i18n.use('en', 'plain');
  });

  it('speaks every language', async () => {
    await i18n.use('es', 'plain');
    expect(describeTreatmentChange(defaultTreatment(), withDuloxetine())).toMatch(
      /^Activado: duloxetina 60 mg cada mañana\. Mantiene más noradrenalina/,
    );
    await i18n.use('zh-Hans', 'plain');
    expect(describeOutcome({ pain: 4.06, relief: 0.3, projection: 0.7 })).toMatch(/^当前模拟/);
    await i18n.use('en', 'plain');
  });
});
