// Dosing schedules (pharmacology/schedule.ts) and acupuncture session windows
// (acupuncture/sessions.ts): how a scenario's courses become events in time.
import { describe, expect, it } from 'vitest';
import { doseEvents } from '../../src/model/pharmacology/schedule.ts';
import { stimulationWindows } from '../../src/model/acupuncture/sessions.ts';
import type { AcupunctureCourse, DrugCourse, ScheduleStep } from '../../src/model/scenario.ts';

const step = (fromDay: number, toDay: number, mgPerDay: number, hour = 8): ScheduleStep => ({
  fromDay,
  toDay,
  mgPerDay,
  hour,
});

const course = (drug: DrugCourse['drug'], ...schedule: ScheduleStep[]): DrugCourse => ({
  drug,
  schedule,
});

const days = (events: { timeHours: number }[]) => events.map((e) => Math.floor(e.timeHours / 24));

describe('doseEvents', () => {
  it('gives one dose a day at the step hour, day 0 being the first day', () => {
    const events = doseEvents([course('duloxetine', step(0, 3, 60, 8))], 10);
    expect(events).toEqual([
      { timeHours: 8, drug: 'duloxetine', doseMg: 60 },
      { timeHours: 32, drug: 'duloxetine', doseMg: 60 },
      { timeHours: 56, drug: 'duloxetine', doseMg: 60 },
    ]);
  });

  it('doses on fromDay but not on toDay (toDay is the first day without that dose)', () => {
    const events = doseEvents([course('amitriptyline', step(2, 4, 10, 22))], 10);
    expect(events.map((e) => e.timeHours)).toEqual([2 * 24 + 22, 3 * 24 + 22]);
  });

  it('gives no dose for a step whose toDay equals its fromDay', () => {
    expect(doseEvents([course('sertraline', step(3, 3, 50))], 10)).toEqual([]);
  });

  it('lets a later step override an earlier one on the days they share (titration)', () => {
    const events = doseEvents([course('duloxetine', step(0, 7, 30, 8), step(3, 10, 60, 20))], 10);
    expect(days(events)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(events.slice(0, 3).every((e) => e.doseMg === 30 && e.timeHours % 24 === 8)).toBe(true);
    expect(events.slice(3).every((e) => e.doseMg === 60 && e.timeHours % 24 === 20)).toBe(true);
  });

  it('lets a later step override an earlier one even when it starts first', () => {
    const events = doseEvents([course('duloxetine', step(2, 4, 90), step(0, 10, 60))], 10);
    expect(events.every((e) => e.doseMg === 60)).toBe(true);
    expect(events).toHaveLength(10);
  });

  it('gives no event for a zero-mg step, so a later 0 mg step stops the drug (abrupt stop)', () => {
    expect(doseEvents([course('duloxetine', step(0, 5, 0))], 10)).toEqual([]);
    const stopped = doseEvents([course('duloxetine', step(0, 10, 60), step(5, 10, 0))], 10);
    expect(days(stopped)).toEqual([0, 1, 2, 3, 4]);
  });

  it('returns the events of several courses sorted in time', () => {
    const events = doseEvents(
      [course('amitriptyline', step(0, 3, 10, 22)), course('duloxetine', step(0, 3, 60, 8))],
      3,
    );
    const times = events.map((e) => e.timeHours);
    expect(times).toEqual([8, 22, 32, 46, 56, 70]);
    expect(events.map((e) => e.drug)).toEqual([
      'duloxetine',
      'amitriptyline',
      'duloxetine',
      'amitriptyline',
      'duloxetine',
      'amitriptyline',
    ]);
  });

  it("clips the schedule to the scenario's days", () => {
    expect(days(doseEvents([course('sertraline', step(0, 20, 50))], 5))).toEqual([0, 1, 2, 3, 4]);
    expect(doseEvents([course('sertraline', step(5, 20, 50))], 5)).toEqual([]);
  });

  it('gives nothing for no courses', () => {
    expect(doseEvents([], 28)).toEqual([]);
  });
});

const acupuncture = (rest: Partial<AcupunctureCourse>): AcupunctureCourse => ({
  mode: 'manual',
  ...rest,
});

const startDays = (windows: { startHours: number }[]) =>
  windows.map((w) => Math.floor(w.startHours / 24));

describe('stimulationWindows', () => {
  it('gives no windows without an acupuncture course', () => {
    expect(stimulationWindows(undefined, 28)).toEqual([]);
  });

  it('turns explicit sessions into windows in hours, sorted in time', () => {
    const windows = stimulationWindows(
      acupuncture({
        sessions: [
          { day: 2, hour: 9, minutes: 45 },
          { day: 0, hour: 14, minutes: 20 },
        ],
      }),
      7,
    );
    expect(windows).toHaveLength(2);
    expect(windows[0]!.startHours).toBe(14);
    expect(windows[0]!.endHours).toBeCloseTo(14 + 20 / 60, 12);
    expect(windows[0]!.minutes).toBe(20);
    expect(windows[1]!.startHours).toBe(2 * 24 + 9);
    expect(windows[1]!.endHours).toBeCloseTo(2 * 24 + 9.75, 12);
    expect(windows[1]!.minutes).toBe(45);
  });

  it("drops explicit sessions that fall after the scenario's last day", () => {
    const windows = stimulationWindows(
      acupuncture({
        sessions: [
          { day: 6, hour: 10, minutes: 30 },
          { day: 7, hour: 10, minutes: 30 },
        ],
      }),
      7,
    );
    expect(startDays(windows)).toEqual([6]);
  });

  it('defaults the shorthand sessions to 10:00 and 30 minutes', () => {
    const windows = stimulationWindows(acupuncture({ perWeek: 1 }), 7);
    expect(windows).toEqual([{ startHours: 10, endHours: 10.5, minutes: 30 }]);
  });

  it('uses the hour and minutes given with the shorthand', () => {
    const windows = stimulationWindows(acupuncture({ perWeek: 1, hour: 16, minutes: 20 }), 7);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.startHours).toBe(16);
    expect(windows[0]!.endHours).toBeCloseTo(16 + 1 / 3, 12);
    expect(windows[0]!.minutes).toBe(20);
  });

  it.each([
    [1, [0, 7]],
    [2, [0, 3, 7, 10]],
    [3, [0, 2, 4, 7, 9, 11]],
    [7, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]],
  ])('spreads %s sessions a week evenly within each week', (perWeek, expected) => {
    expect(startDays(stimulationWindows(acupuncture({ perWeek }), 14))).toEqual(expected);
  });

  it('counts the weeks from fromDay and stops before toDay', () => {
    const weeks = acupuncture({ perWeek: 2, fromDay: 3, toDay: 17 });
    expect(startDays(stimulationWindows(weeks, 28))).toEqual([3, 6, 10, 13]);
    const shorter = acupuncture({ perWeek: 2, fromDay: 3, toDay: 13 });
    expect(startDays(stimulationWindows(shorter, 28))).toEqual([3, 6, 10]);
  });

  it("ends the shorthand at the scenario's last day when toDay is later or absent", () => {
    expect(startDays(stimulationWindows(acupuncture({ perWeek: 2 }), 9))).toEqual([0, 3, 7]);
    const late = acupuncture({ perWeek: 2, toDay: 60 });
    expect(startDays(stimulationWindows(late, 9))).toEqual([0, 3, 7]);
  });

  it('merges explicit sessions with the shorthand, sorted in time', () => {
    const windows = stimulationWindows(
      acupuncture({ perWeek: 1, sessions: [{ day: 3, hour: 8, minutes: 20 }] }),
      14,
    );
    expect(windows.map((w) => w.startHours)).toEqual([10, 3 * 24 + 8, 7 * 24 + 10]);
  });
});
