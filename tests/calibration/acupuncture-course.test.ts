// SCIENCE.md section 6, targets 19 and 20: one session against a course of sessions.
//
// Independence: the rise and tolerance time constants and the consolidation seed were fitted to
// target 19, so it confirms fitted parameters (the 16 min decay is a data input, M). Target 20's
// persistence confirms an input (Vickers 2018's ~15% decline at 12 months, in data); that a
// single session leaves almost nothing lasting follows from the fitted consolidation seed.
import { beforeAll, describe, expect, it } from 'vitest';
import { meanOver, peakTime, run, valueAt } from './helpers.ts';
import type { Trajectory } from '../../src/model/simulate.ts';

const START = 10;
const session = (minutes: number, days = 2) =>
  run({
    condition: 'chronic-low-back-pain',
    days,
    acupuncture: { mode: 'ea-2hz', sessions: [{ day: 0, hour: START, minutes }] },
    output: { fromHours: 0, toHours: days * 24, stepHours: 1 / 60 },
  });

describe('target 19: one session (fitted)', () => {
  let thirty: Trajectory;
  let sixty: Trajectory;
  beforeAll(() => {
    thirty = session(30);
    sixty = session(60);
  });

  it('falls to half its peak 10-25 min after the needles come out', () => {
    const end = START + 0.5;
    const peak = peakTime(thirty, 'analgesia').value;
    let crossing = end;
    while (valueAt(thirty, 'analgesia', crossing) > peak / 2) crossing += 1 / 60;
    const minutes = (crossing - end) * 60;
    expect(minutes).toBeGreaterThanOrEqual(10);
    expect(minutes).toBeLessThanOrEqual(25);
  });

  it('keeps under 10% of its peak 24 h later', () => {
    const peak = peakTime(thirty, 'analgesia').value;
    expect(valueAt(thirty, 'analgesia', START + 24)).toBeLessThan(0.1 * peak);
  });

  it('keeps at least 80% of its 30-min level at 60 min (tolerance takes hours)', () => {
    expect(valueAt(sixty, 'analgesia', START + 1)).toBeGreaterThanOrEqual(
      0.8 * valueAt(sixty, 'analgesia', START + 0.5),
    );
  });
});

describe('target 20: a course persists for months, a single session does not', () => {
  const DAYS = 168; // 24 weeks: a course in weeks 0-8, then 16 weeks without needles
  const weekMean = (t: Trajectory, week: number) =>
    meanOver(t, 'analgesia', (week - 1) * 7 * 24, week * 7 * 24);
  let course: Trajectory;
  let single: Trajectory;
  beforeAll(() => {
    course = run({
      condition: 'chronic-low-back-pain',
      days: DAYS,
      acupuncture: { mode: 'manual', perWeek: 2, toDay: 56 },
    });
    single = run({
      condition: 'chronic-low-back-pain',
      days: DAYS,
      acupuncture: { mode: 'manual', sessions: [{ day: 0, hour: START, minutes: 30 }] },
    });
  }, 20_000);

  it('keeps most of a course’s effect 16 weeks after it ends (confirms the input)', () => {
    // Week 10 (sessions over, their acute effects gone) against week 24.
    const after = weekMean(course, 10);
    const later = weekMean(course, 24);
    expect(later).toBeGreaterThan(0.9 * after);
    // The decline it implies over 12 months: about 15% (Vickers 2018), here 5-25%.
    const perYear = (later / after) ** (365 / (14 * 7));
    expect(perYear).toBeGreaterThan(0.75);
    expect(perYear).toBeLessThan(0.95);
  });

  it('leaves almost nothing a month after a single session (under 5% of the course)', () => {
    expect(weekMean(single, 5)).toBeLessThan(0.05 * weekMean(course, 10));
    expect(weekMean(single, 24)).toBeLessThan(0.05 * weekMean(course, 24));
  });
});
