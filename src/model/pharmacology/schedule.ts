// Oral dosing schedules: turns a scenario's schedule steps into single dose events in time.
import type { DrugCourse } from '../scenario.ts';
import type { DosedDrugId } from '../scenario.ts';
import { HOURS_PER_DAY } from '../units.ts';

export interface DoseEvent {
  timeHours: number;
  drug: DosedDrugId;
  doseMg: number;
}

/**
 * One dose a day at the step's hour for every day in [fromDay, toDay). Day 0 is the first day.
 * Later steps override earlier ones on the same day, so titration and tapering read naturally.
 */
export function doseEvents(courses: readonly DrugCourse[], days: number): DoseEvent[] {
  const events: DoseEvent[] = [];
  for (const course of courses) {
    const doseByDay = new Map<number, { mg: number; hour: number }>();
    for (const step of course.schedule) {
      const lastDay = Math.min(step.toDay, days);
      for (let day = step.fromDay; day < lastDay; day++)
        doseByDay.set(day, { mg: step.mgPerDay, hour: step.hour });
    }
    for (const [day, { mg, hour }] of doseByDay) {
      if (mg > 0)
        events.push({ timeHours: day * HOURS_PER_DAY + hour, drug: course.drug, doseMg: mg });
    }
  }
  return events.sort((a, b) => a.timeHours - b.timeHours);
}
