// What the clocks mark: every dose and every acupuncture session of the current treatment, taken
// from the same scenario the model runs (so the marks and the simulation always agree).
import type { DrugCourse } from '../../model/scenario.ts';
import { doseEvents, type DoseEvent } from '../../model/pharmacology/schedule.ts';
import { stimulationWindows, type StimulationWindow } from '../../model/acupuncture/sessions.ts';
import { scenarioFromTreatment, type Treatment } from '../../state/treatment.ts';

export interface CourseMarks {
  /** The drug courses as the model receives them (schedule steps). */
  courses: readonly DrugCourse[];
  doses: readonly DoseEvent[];
  sessions: readonly StimulationWindow[];
}

/** The dose and session marks of a treatment over the whole course. */
export function courseMarks(treatment: Treatment): CourseMarks {
  const scenario = scenarioFromTreatment(treatment);
  return {
    courses: scenario.drugs,
    doses: doseEvents(scenario.drugs, scenario.days),
    sessions: stimulationWindows(scenario.acupuncture, scenario.days),
  };
}

/** One row of the course clock's marks: a drug's doses, or (no doses) the acupuncture sessions. */
export interface MarkRow {
  id: string;
  label: string;
  doses: readonly DoseEvent[];
  /** The largest dose this drug can have, for the bar heights. */
  maxMg: number;
}
