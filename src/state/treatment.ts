// The treatment a person sets with the controls, and how it becomes a model scenario. Pure
// functions (no Svelte) so the URL codec and the tests can use them directly.
import type { AcupunctureModeId, ConditionId, DosedDrugId } from '../data/schema.ts';
import type { DrugCourse, Patient, Scenario, ScheduleStep } from '../model/scenario.ts';

/** The explorer's course: weeks 0-12. */
export const COURSE_WEEKS = 12;
export const COURSE_DAYS = COURSE_WEEKS * 7;

export const AMITRIPTYLINE_DOSES = [0, 10, 25, 50, 75] as const;
export const DULOXETINE_DOSES = [0, 30, 60, 120] as const;
export const SERTRALINE_DOSES = [0, 50, 100] as const;
export const SESSIONS_PER_WEEK = [1, 2, 3] as const;
export const SESSION_MINUTES = [20, 30, 40] as const;
export const DULOXETINE_ENDINGS = ['continue', 'abrupt', 'taper'] as const;

export const LIVER_STATES = ['normal', 'impaired'] as const;
export const KIDNEY_STATES = ['normal', 'severe'] as const;
export const CYP2D6_TYPES = ['normal', 'poor', 'ultrarapid'] as const;

export type AcupunctureChoice = 'off' | AcupunctureModeId;
/** Acupuncture's choices in the controls' order: off, sham, then the real modes. */
export const ACUPUNCTURE_CHOICES = [
  'off',
  'sham',
  'manual',
  'ea-2hz',
  'ea-100hz',
  'ea-2-100hz',
] as const satisfies readonly AcupunctureChoice[];
/** The weeks an abrupt stop or a taper may begin. */
export const END_WEEKS = Array.from({ length: COURSE_WEEKS }, (_, i) => i + 1);
export type DuloxetineEnding = (typeof DULOXETINE_ENDINGS)[number];

export interface Treatment {
  condition: ConditionId;
  acupuncture: {
    mode: AcupunctureChoice;
    perWeek: (typeof SESSIONS_PER_WEEK)[number];
    minutes: (typeof SESSION_MINUTES)[number];
  };
  amitriptyline: { mg: (typeof AMITRIPTYLINE_DOSES)[number] };
  duloxetine: {
    mg: (typeof DULOXETINE_DOSES)[number];
    /** Begin with 30 mg for two weeks (the usual start) before the chosen dose. */
    startAt30: boolean;
    ending: DuloxetineEnding;
    /** The week at which an abrupt stop or a taper begins (1-12). */
    endWeek: number;
  };
  sertraline: { mg: (typeof SERTRALINE_DOSES)[number] };
  /** A dummy pill each morning for the whole course: the expectation of taking a pill. */
  placebo: boolean;
  /** About the person: what changes drug levels and which cautions apply. Not a treatment. */
  person: Person;
}

export interface Person {
  olderAdult: boolean;
  smoker: boolean;
  liver: (typeof LIVER_STATES)[number];
  kidney: (typeof KIDNEY_STATES)[number];
  cyp2d6: (typeof CYP2D6_TYPES)[number];
}

export const DEFAULT_PERSON: Person = {
  olderAdult: false,
  smoker: false,
  liver: 'normal',
  kidney: 'normal',
  cyp2d6: 'normal',
};

export const DEFAULT_TREATMENT: Treatment = {
  condition: 'chronic-low-back-pain',
  acupuncture: { mode: 'off', perWeek: 2, minutes: 30 },
  amitriptyline: { mg: 0 },
  duloxetine: { mg: 0, startAt30: true, ending: 'continue', endWeek: 8 },
  sertraline: { mg: 0 },
  placebo: false,
  person: DEFAULT_PERSON,
};

/** A fresh copy of the defaults (the state classes mutate their copy). */
export const defaultTreatment = (): Treatment => structuredClone(DEFAULT_TREATMENT);

/** The defaults with the same person: resetting the treatments does not forget who they are for. */
export const resetTreatment = (current: Treatment): Treatment => ({
  ...defaultTreatment(),
  person: { ...current.person },
});

/** The person as the model's scenario reads them (left out entirely for a default adult). */
export function patientOf(person: Person): Patient | undefined {
  const patient: Patient = {};
  if (person.olderAdult) patient.age = 'older';
  if (person.smoker) patient.smoker = true;
  if (person.liver !== 'normal') patient.liver = person.liver;
  if (person.kidney !== 'normal') patient.kidney = person.kidney;
  if (person.cyp2d6 !== 'normal') patient.cyp2d6 = person.cyp2d6;
  return Object.keys(patient).length === 0 ? undefined : patient;
}

const MORNING = 8;
const NIGHT = 22;
const SESSION_HOUR = 10;
const START_DAYS = 14;
/** A three-week taper: half, a third, then a sixth of the dose, a week each (SCIENCE.md s.2). */
const TAPER_FRACTIONS = [1 / 2, 1 / 3, 1 / 6];
/** Amitriptyline starts at 10 mg at night and rises weekly to the chosen dose (NICE). */
const AMITRIPTYLINE_STEPS = [10, 25, 50, 75];

function step(fromDay: number, toDay: number, mgPerDay: number, hour: number): ScheduleStep {
  return { fromDay, toDay: Math.min(toDay, COURSE_DAYS), mgPerDay, hour };
}

function amitriptylineCourse(mg: number): DrugCourse | undefined {
  if (mg === 0) return undefined;
  const steps = AMITRIPTYLINE_STEPS.filter((dose) => dose < mg).map((dose, week) =>
    step(week * 7, week * 7 + 7, dose, NIGHT),
  );
  steps.push(step(steps.length * 7, COURSE_DAYS, mg, NIGHT));
  return { drug: 'amitriptyline', schedule: steps };
}

function duloxetineCourse(d: Treatment['duloxetine']): DrugCourse | undefined {
  if (d.mg === 0) return undefined;
  const endDay = d.ending === 'continue' ? COURSE_DAYS : Math.min(d.endWeek, COURSE_WEEKS) * 7;
  const startDays = d.startAt30 && d.mg > 30 ? Math.min(START_DAYS, endDay) : 0;
  const steps: ScheduleStep[] = [];
  if (startDays > 0) steps.push(step(0, startDays, 30, MORNING));
  if (endDay > startDays) steps.push(step(startDays, endDay, d.mg, MORNING));
  if (d.ending === 'taper')
    TAPER_FRACTIONS.forEach((fraction, week) => {
      const from = endDay + week * 7;
      if (from < COURSE_DAYS)
        steps.push(step(from, from + 7, Math.round(d.mg * fraction), MORNING));
    });
  return steps.length > 0 ? { drug: 'duloxetine', schedule: steps } : undefined;
}

/**
 * The scenario the model runs for a treatment, over the whole course at the given grid. Valid by
 * construction (the controls only offer valid values; tests/state/treatment.test.ts checks it
 * against the schema), so the app runs it without parsing.
 */
export function scenarioFromTreatment(treatment: Treatment, output?: Scenario['output']): Scenario {
  const drugs = [
    amitriptylineCourse(treatment.amitriptyline.mg),
    duloxetineCourse(treatment.duloxetine),
    treatment.sertraline.mg > 0
      ? {
          drug: 'sertraline' as const,
          schedule: [step(0, COURSE_DAYS, treatment.sertraline.mg, MORNING)],
        }
      : undefined,
  ].filter((course): course is DrugCourse => course !== undefined);
  const { acupuncture } = treatment;
  const patient = patientOf(treatment.person);
  return {
    condition: treatment.condition,
    days: COURSE_DAYS,
    drugs,
    ...(treatment.placebo ? { placebo: { fromDay: 0, toDay: COURSE_DAYS } } : {}),
    ...(patient === undefined ? {} : { patient }),
    ...(acupuncture.mode === 'off'
      ? {}
      : {
          acupuncture: {
            mode: acupuncture.mode,
            perWeek: acupuncture.perWeek,
            hour: SESSION_HOUR,
            minutes: acupuncture.minutes,
          },
        }),
    ...(output === undefined ? {} : { output }),
  };
}

/** True when any treatment (the placebo pill included) is switched on. */
export function isTreatmentActive(t: Treatment): boolean {
  return (
    t.acupuncture.mode !== 'off' ||
    t.amitriptyline.mg > 0 ||
    t.duloxetine.mg > 0 ||
    t.sertraline.mg > 0 ||
    t.placebo
  );
}

/** The medicines a person can take, in the controls' order. */
const MEDICINES: readonly DosedDrugId[] = ['amitriptyline', 'duloxetine', 'sertraline'];

/** The medicines switched on (the placebo pill is not a medicine). */
export function medicinesOn(t: Treatment): DosedDrugId[] {
  return MEDICINES.filter((id) => t[id].mg > 0);
}

/** Plan B as compared: its own treatment, for plan A's condition and person. */
export const planB = (planA: Treatment, plan: Treatment): Treatment => ({
  ...structuredClone(plan),
  condition: planA.condition,
  person: structuredClone(planA.person),
});
