// Acupuncture courses: expands the scenario's sessions (or its per-week shorthand) into
// stimulation windows in hours.
import type { AcupunctureCourse } from '../scenario.ts';
import { DAYS_PER_WEEK } from '../units.ts';

export interface StimulationWindow {
  startHours: number;
  endHours: number;
  minutes: number;
}

const DEFAULT_HOUR = 10;
const DEFAULT_MINUTES = 30;

/** Session windows sorted in time; the shorthand spreads `perWeek` sessions evenly in each week. */
export function stimulationWindows(
  course: AcupunctureCourse | undefined,
  days: number,
): StimulationWindow[] {
  if (course === undefined) return [];
  const sessions = [...(course.sessions ?? [])];
  if (course.perWeek !== undefined) {
    const fromDay = course.fromDay ?? 0;
    const toDay = Math.min(course.toDay ?? days, days);
    for (let weekStart = fromDay; weekStart < toDay; weekStart += DAYS_PER_WEEK) {
      for (let j = 0; j < course.perWeek; j++) {
        const day = weekStart + Math.floor((j * DAYS_PER_WEEK) / course.perWeek);
        if (day < toDay)
          sessions.push({
            day,
            hour: course.hour ?? DEFAULT_HOUR,
            minutes: course.minutes ?? DEFAULT_MINUTES,
          });
      }
    }
  }
  return sessions
    .filter((s) => s.day < days)
    .map((s) => {
      const startHours = s.day * 24 + s.hour;
      return { startHours, endHours: startHours + s.minutes / 60, minutes: s.minutes };
    })
    .sort((a, b) => a.startHours - b.startHours);
}
