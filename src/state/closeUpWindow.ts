// The close-up clock's window: one day of the course, or one acupuncture session with a little
// before and after it. Plain functions, so the link's reader (url.ts) can fit a close-up time
// into its window when the link is read, and the app state can keep it there.
import { stimulationWindows } from '../model/acupuncture/sessions.ts';
import { COURSE_HOURS, type CloseUpMode } from './viewState.ts';
import { COURSE_DAYS, scenarioFromTreatment, type Treatment } from './treatment.ts';

const CLOSE_UP_STEP_MINUTES = { day: 5, session: 1 } as const;
const SESSION_BEFORE_HOURS = 0.25;
const SESSION_AFTER_HOURS = 2.75;

export interface CloseUpWindow {
  mode: CloseUpMode;
  fromHours: number;
  toHours: number;
  stepHours: number;
  /** For the session view: whether a session exists in the course at all. */
  hasSession: boolean;
}

/** The day (0-83) a course time falls in: the close-up window depends only on this. */
export const dayOf = (courseHours: number) =>
  Math.min(Math.max(Math.floor(courseHours / 24), 0), COURSE_DAYS - 1);

/** The close-up window for a course day: that day, or the last session up to that day. */
export function closeUpWindow(treatment: Treatment, mode: CloseUpMode, day: number): CloseUpWindow {
  if (mode === 'session') {
    const scenario = scenarioFromTreatment(treatment);
    const windows = stimulationWindows(scenario.acupuncture, scenario.days);
    const before = windows.filter((w) => w.startHours < (day + 1) * 24);
    const session = before[before.length - 1] ?? windows[0];
    if (session !== undefined) {
      const fromHours = Math.max(0, session.startHours - SESSION_BEFORE_HOURS);
      return {
        mode,
        fromHours,
        toHours: Math.min(COURSE_HOURS, session.startHours + SESSION_AFTER_HOURS),
        stepHours: CLOSE_UP_STEP_MINUTES.session / 60,
        hasSession: true,
      };
    }
  }
  return {
    mode,
    fromHours: day * 24,
    toHours: day * 24 + 24,
    stepHours: CLOSE_UP_STEP_MINUTES.day / 60,
    hasSession: mode === 'day',
  };
}
