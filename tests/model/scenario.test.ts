// The scenario schema (scenario.ts): a bad scenario is rejected with a ScenarioError whose
// `field` is the dotted path of the offending value; a good one is accepted with its defaults.
import { describe, expect, it } from 'vitest';
import {
  MAX_DAYS,
  outputGridOf,
  parseScenario,
  ScenarioError,
  traitsOf,
} from '../../src/model/scenario.ts';

const minimal = { condition: 'fibromyalgia', days: 28 };
const step = { fromDay: 0, toDay: 14, mgPerDay: 60, hour: 8 };
const withDrug = (drug: string, schedule: unknown[] = [step]) => ({
  ...minimal,
  drugs: [{ drug, schedule }],
});

/** The ScenarioError parseScenario throws for `input` (fails the test if it does not throw one). */
function rejection(input: unknown): ScenarioError {
  try {
    parseScenario(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return error as ScenarioError;
  }
  throw new Error('parseScenario accepted an invalid scenario');
}

describe('parseScenario accepts', () => {
  it('the minimal scenario {condition, days}, defaulting to no drugs', () => {
    const scenario = parseScenario(minimal);
    expect(scenario.condition).toBe('fibromyalgia');
    expect(scenario.days).toBe(28);
    expect(scenario.drugs).toEqual([]);
    expect(scenario.acupuncture).toBeUndefined();
  });

  it('a full scenario with a titration, acupuncture and an output grid', () => {
    const scenario = parseScenario({
      name: 'Duloxetine with EA',
      condition: 'diabetic-neuropathy',
      days: 42,
      drugs: [
        {
          drug: 'duloxetine',
          schedule: [
            { fromDay: 0, toDay: 14, mgPerDay: 30, hour: 8 },
            { fromDay: 14, toDay: 42, mgPerDay: 60, hour: 8 },
          ],
        },
      ],
      acupuncture: { mode: 'ea-2-100hz', perWeek: 2, fromDay: 0, toDay: 28, minutes: 30 },
      output: { fromHours: 0, toHours: 42 * 24, stepHours: 0.25 },
    });
    expect(scenario.drugs[0]!.schedule).toHaveLength(2);
    expect(scenario.acupuncture?.mode).toBe('ea-2-100hz');
  });

  it('a placebo pill course and a person, every patient field optional', () => {
    const scenario = parseScenario({
      ...minimal,
      placebo: { fromDay: 0, toDay: 28 },
      patient: { age: 'older', smoker: true, cyp2d6: 'poor', liver: 'impaired', kidney: 'severe' },
    });
    expect(scenario.placebo).toEqual({ fromDay: 0, toDay: 28 });
    expect(traitsOf(scenario.patient)).toEqual([
      'older-adult',
      'smoker',
      'cyp2d6-poor',
      'liver-impaired',
      'kidney-severe',
    ]);
    expect(traitsOf(parseScenario({ ...minimal, patient: {} }).patient)).toEqual([]);
    expect(traitsOf(undefined)).toEqual([]);
  });

  it('the first and last allowed day counts, 1 and MAX_DAYS (168)', () => {
    expect(MAX_DAYS).toBe(168);
    expect(parseScenario({ ...minimal, days: 1 }).days).toBe(1);
    expect(parseScenario({ ...minimal, days: 168 }).days).toBe(168);
  });

  it('a zero-mg step (a stop) and a step with toDay equal to fromDay', () => {
    expect(() => parseScenario(withDrug('duloxetine', [{ ...step, mgPerDay: 0 }]))).not.toThrow();
    expect(() =>
      parseScenario(withDrug('duloxetine', [{ ...step, fromDay: 5, toDay: 5 }])),
    ).not.toThrow();
  });
});

describe('parseScenario rejects, naming the field', () => {
  it('an unknown drug (drugs.0.drug)', () => {
    expect(rejection(withDrug('pregabalin')).field).toBe('drugs.0.drug');
  });

  it('nortriptyline, which is formed from amitriptyline rather than taken', () => {
    expect(rejection(withDrug('nortriptyline')).field).toBe('drugs.0.drug');
  });

  it('a negative dose (drugs.0.schedule.0.mgPerDay)', () => {
    const error = rejection(withDrug('duloxetine', [{ ...step, mgPerDay: -5 }]));
    expect(error.field).toBe('drugs.0.schedule.0.mgPerDay');
    expect(error.problem).toMatch(/negative/);
  });

  it('a dose in a later step of a later course, with both indices in the path', () => {
    const error = rejection({
      ...minimal,
      drugs: [
        { drug: 'amitriptyline', schedule: [step] },
        { drug: 'duloxetine', schedule: [step, { ...step, mgPerDay: -1 }] },
      ],
    });
    expect(error.field).toBe('drugs.1.schedule.1.mgPerDay');
  });

  it('a step whose toDay is before its fromDay (drugs.0.schedule.0...)', () => {
    const error = rejection(withDrug('duloxetine', [{ ...step, fromDay: 10, toDay: 5 }]));
    // The step object or, better, its toDay.
    expect(error.field.startsWith('drugs.0.schedule.0')).toBe(true);
    expect(error.message).toMatch(/before fromDay/);
  });

  it.each([0, 169, 2.5, -1])('days = %s (days)', (days) => {
    expect(rejection({ ...minimal, days }).field).toBe('days');
  });

  it('a missing days (days)', () => {
    expect(rejection({ condition: 'fibromyalgia' }).field).toBe('days');
  });

  it('an unknown condition (condition)', () => {
    expect(rejection({ ...minimal, condition: 'migraine' }).field).toBe('condition');
  });

  it('an unknown acupuncture mode (acupuncture.mode)', () => {
    const error = rejection({ ...minimal, acupuncture: { mode: 'moxibustion', perWeek: 2 } });
    expect(error.field).toBe('acupuncture.mode');
  });

  it('acupuncture with neither sessions nor perWeek (acupuncture)', () => {
    expect(rejection({ ...minimal, acupuncture: { mode: 'manual' } }).field).toBe('acupuncture');
  });

  it('an acupuncture session of 0 minutes (acupuncture.sessions.0.minutes)', () => {
    const error = rejection({
      ...minimal,
      acupuncture: { mode: 'sham', sessions: [{ day: 1, hour: 10, minutes: 0 }] },
    });
    expect(error.field).toBe('acupuncture.sessions.0.minutes');
  });

  it('an hour of 24 (drugs.0.schedule.0.hour)', () => {
    expect(rejection(withDrug('duloxetine', [{ ...step, hour: 24 }])).field).toBe(
      'drugs.0.schedule.0.hour',
    );
  });

  it('an empty schedule (drugs.0.schedule)', () => {
    expect(rejection(withDrug('duloxetine', [])).field).toBe('drugs.0.schedule');
  });

  it('an unknown key, naming it', () => {
    expect(rejection({ ...minimal, colour: 'red' }).field).toBe('colour');
  });

  it('a placebo that ends before it starts (placebo.toDay)', () => {
    expect(rejection({ ...minimal, placebo: { fromDay: 10, toDay: 3 } }).field).toBe(
      'placebo.toDay',
    );
  });

  it('an unknown key in the placebo or the patient, naming it', () => {
    expect(rejection({ ...minimal, placebo: { fromDay: 0, toDay: 3, colour: 'blue' } }).field).toBe(
      'placebo.colour',
    );
    expect(rejection({ ...minimal, patient: { weightKg: 80 } }).field).toBe('patient.weightKg');
  });

  it.each([
    ['age', 'child'],
    ['smoker', 'yes'],
    ['cyp2d6', 'intermediate'],
    ['liver', 'severe'],
    ['kidney', 'mild'],
  ])('an unknown value for patient.%s (%s)', (key, value) => {
    expect(rejection({ ...minimal, patient: { [key]: value } }).field).toBe(`patient.${key}`);
  });

  it('an output step shorter than 30 seconds (output.stepHours)', () => {
    const error = rejection({
      ...minimal,
      output: { fromHours: 0, toHours: 24, stepHours: 0.001 },
    });
    expect(error.field).toBe('output.stepHours');
  });

  it('something that is not an object at all (scenario)', () => {
    expect(rejection(5).field).toBe('scenario');
  });

  it('puts the field and the problem in the message', () => {
    const error = rejection({ ...minimal, days: 0 });
    expect(error.name).toBe('ScenarioError');
    expect(error.message).toBe(`days: ${error.problem}`);
  });
});

describe('outputGridOf', () => {
  it('defaults to hourly over every day', () => {
    expect(outputGridOf(parseScenario({ ...minimal, days: 3 }))).toEqual({
      fromHours: 0,
      toHours: 72,
      stepHours: 1,
    });
  });

  it('uses the grid the scenario gives', () => {
    const output = { fromHours: 24, toHours: 48, stepHours: 0.25 };
    expect(outputGridOf(parseScenario({ ...minimal, output }))).toEqual(output);
  });
});
