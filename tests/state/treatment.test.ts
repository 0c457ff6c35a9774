// scenarioFromTreatment: the 30 mg duloxetine start, tapering and abrupt stops, amitriptyline's
// weekly titration, acupuncture, and that every combination is a scenario the model accepts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario, traitsOf, type DrugCourse } from '../../src/model/scenario.ts';
import { doseEvents } from '../../src/model/pharmacology/schedule.ts';
import { stimulationWindows } from '../../src/model/acupuncture/sessions.ts';
import {
  COURSE_DAYS,
  defaultTreatment,
  isTreatmentActive,
  scenarioFromTreatment,
  type Treatment,
} from '../../src/state/treatment.ts';
import { anyTreatment } from './treatmentArbitrary.ts';

const RUNS = { seed: 7, numRuns: 200 };

function withTreatment(change: (t: Treatment) => void): Treatment {
  const treatment = defaultTreatment();
  change(treatment);
  return treatment;
}

function courseOf(treatment: Treatment, drug: DrugCourse['drug']): DrugCourse | undefined {
  return parseScenario(scenarioFromTreatment(treatment)).drugs.find((c) => c.drug === drug);
}

/** The dose (mg) taken on each day of the course, 0 on days without one. */
function mgByDay(treatment: Treatment, drug: DrugCourse['drug']): number[] {
  const course = courseOf(treatment, drug);
  const byDay = new Array<number>(COURSE_DAYS).fill(0);
  for (const dose of doseEvents(course ? [course] : [], COURSE_DAYS))
    byDay[Math.floor(dose.timeHours / 24)] = dose.doseMg;
  return byDay;
}

describe('scenarioFromTreatment', () => {
  it('gives no drugs and no acupuncture for the defaults', () => {
    const scenario = parseScenario(scenarioFromTreatment(defaultTreatment()));
    expect(scenario.drugs).toEqual([]);
    expect(scenario.acupuncture).toBeUndefined();
    expect(scenario.days).toBe(COURSE_DAYS);
    expect(isTreatmentActive(defaultTreatment())).toBe(false);
  });

  it('starts duloxetine 60 mg with 30 mg for two weeks, then 60 mg to the end', () => {
    const days = mgByDay(
      withTreatment((t) => (t.duloxetine.mg = 60)),
      'duloxetine',
    );
    expect(days.slice(0, 14)).toEqual(new Array(14).fill(30));
    expect(days.slice(14)).toEqual(new Array(COURSE_DAYS - 14).fill(60));
  });

  it('gives the full dose from day 1 without the 30 mg start', () => {
    const days = mgByDay(
      withTreatment((t) => {
        t.duloxetine.mg = 120;
        t.duloxetine.startAt30 = false;
      }),
      'duloxetine',
    );
    expect(days).toEqual(new Array(COURSE_DAYS).fill(120));
  });

  it('has nothing to start with when the dose is 30 mg already', () => {
    const days = mgByDay(
      withTreatment((t) => (t.duloxetine.mg = 30)),
      'duloxetine',
    );
    expect(days).toEqual(new Array(COURSE_DAYS).fill(30));
  });

  it('stops duloxetine at once at the start of the chosen week', () => {
    const days = mgByDay(
      withTreatment((t) => {
        t.duloxetine.mg = 60;
        t.duloxetine.ending = 'abrupt';
        t.duloxetine.endWeek = 6;
      }),
      'duloxetine',
    );
    expect(days[41]).toBe(60);
    expect(days.slice(42)).toEqual(new Array(COURSE_DAYS - 42).fill(0));
  });

  it('tapers duloxetine over three weeks (a half, a third, a sixth) from the chosen week', () => {
    const days = mgByDay(
      withTreatment((t) => {
        t.duloxetine.mg = 60;
        t.duloxetine.ending = 'taper';
        t.duloxetine.endWeek = 8;
      }),
      'duloxetine',
    );
    expect(days[55]).toBe(60);
    expect(days.slice(56, 63)).toEqual(new Array(7).fill(30));
    expect(days.slice(63, 70)).toEqual(new Array(7).fill(20));
    expect(days.slice(70, 77)).toEqual(new Array(7).fill(10));
    expect(days.slice(77)).toEqual(new Array(COURSE_DAYS - 77).fill(0));
  });

  it('cuts a taper short at the end of the course', () => {
    const days = mgByDay(
      withTreatment((t) => {
        t.duloxetine.mg = 120;
        t.duloxetine.ending = 'taper';
        t.duloxetine.endWeek = 11;
      }),
      'duloxetine',
    );
    expect(days.slice(77, 84)).toEqual(new Array(7).fill(60));
  });

  it('titrates amitriptyline weekly from 10 mg at night to the chosen dose', () => {
    const treatment = withTreatment((t) => (t.amitriptyline.mg = 75));
    const days = mgByDay(treatment, 'amitriptyline');
    expect(days.slice(0, 7)).toEqual(new Array(7).fill(10));
    expect(days.slice(7, 14)).toEqual(new Array(7).fill(25));
    expect(days.slice(14, 21)).toEqual(new Array(7).fill(50));
    expect(days.slice(21)).toEqual(new Array(COURSE_DAYS - 21).fill(75));
    const hours = courseOf(treatment, 'amitriptyline')!.schedule.map((s) => s.hour);
    expect(new Set(hours)).toEqual(new Set([22]));
  });

  it('gives amitriptyline 10 mg from the first night when 10 mg is chosen', () => {
    const days = mgByDay(
      withTreatment((t) => (t.amitriptyline.mg = 10)),
      'amitriptyline',
    );
    expect(days).toEqual(new Array(COURSE_DAYS).fill(10));
  });

  it('spreads acupuncture sessions over each week with the chosen length', () => {
    const scenario = parseScenario(
      scenarioFromTreatment(
        withTreatment((t) => {
          t.acupuncture = { mode: 'ea-2-100hz', perWeek: 2, minutes: 40 };
        }),
      ),
    );
    const sessions = stimulationWindows(scenario.acupuncture, scenario.days);
    expect(sessions).toHaveLength(2 * 12);
    expect(sessions.every((s) => s.minutes === 40)).toBe(true);
  });

  it('turns any combination into a scenario the model accepts', () => {
    fc.assert(
      fc.property(anyTreatment, (t) => {
        const scenario = parseScenario(scenarioFromTreatment(t));
        expect(scenario.drugs.map((c) => c.drug).sort()).toEqual(
          [
            t.amitriptyline.mg > 0 ? 'amitriptyline' : undefined,
            t.duloxetine.mg > 0 ? 'duloxetine' : undefined,
            t.sertraline.mg > 0 ? 'sertraline' : undefined,
          ]
            .filter((d) => d !== undefined)
            .sort(),
        );
        expect(scenario.acupuncture === undefined).toBe(t.acupuncture.mode === 'off');
        expect(isTreatmentActive(t)).toBe(
          scenario.drugs.length > 0 ||
            scenario.acupuncture !== undefined ||
            scenario.placebo !== undefined,
        );
        expect(scenario.placebo === undefined).toBe(!t.placebo);
        // The person reaches the model as traits (none for a default adult).
        expect(traitsOf(scenario.patient)).toHaveLength(
          [
            t.person.olderAdult,
            t.person.smoker,
            t.person.liver !== 'normal',
            t.person.kidney !== 'normal',
            t.person.cyp2d6 !== 'normal',
          ].filter(Boolean).length,
        );
        const grid = { fromHours: 1000, toHours: 1024, stepHours: 1 / 12 };
        expect(() => parseScenario(scenarioFromTreatment(t, grid))).not.toThrow();
      }),
      RUNS,
    );
  });
});
