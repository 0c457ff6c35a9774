// Plain sentences for what the model is running: a drug's schedule steps ("30 mg on days 1–14,
// 60 mg from day 15 to the end") and an acupuncture course's weekly session days.
import { t } from '../../i18n/i18n.svelte.ts';
import type { DrugCourse } from '../../model/scenario.ts';
import type { StimulationWindow } from '../../model/acupuncture/sessions.ts';
import { COURSE_DAYS } from '../../state/treatment.ts';

const DAYS_PER_WEEK = 7;

/** "30 mg on days 1–14, 60 mg on days 15–56, then 30 mg ..., none from day 78". Days count from 1. */
export function describeSchedule(course: DrugCourse): string {
  const parts = course.schedule.map((step) => {
    const from = step.fromDay + 1;
    if (step.toDay >= COURSE_DAYS)
      return t('controls.schedule.onwards', { mg: step.mgPerDay, from });
    if (step.toDay === from) return t('controls.schedule.day', { mg: step.mgPerDay, from });
    return t('controls.schedule.range', { mg: step.mgPerDay, from, to: step.toDay });
  });
  const lastDay = Math.max(...course.schedule.map((step) => step.toDay));
  if (lastDay < COURSE_DAYS) parts.push(t('controls.schedule.stopped', { day: lastDay + 1 }));
  return parts.join(', ');
}

/** "2 sessions a week of 30 minutes, at 10:00 on days 1 and 4 of each week, 24 in all." */
export function describeSessions(sessions: readonly StimulationWindow[]): string {
  const first = sessions[0];
  if (first === undefined) return '';
  const firstWeek = sessions.filter((s) => s.startHours < DAYS_PER_WEEK * 24);
  const clock = first.startHours % 24;
  const hh = Math.floor(clock);
  const mm = Math.round((clock - hh) * 60);
  return t('controls.acu.sessions', {
    perWeek: firstWeek.length,
    minutes: first.minutes,
    time: `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`,
    days: firstWeek.map((s) => Math.floor(s.startHours / 24) + 1).join(', '),
    count: sessions.length,
  });
}
