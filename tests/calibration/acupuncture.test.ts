// SCIENCE.md section 6, targets 7, 8 and 9: acupuncture within a session, across sessions, and
// by electroacupuncture frequency.
//
// Independence: the rise and tolerance time constants (target 7), the consolidation per session
// (target 8) and the course effect (targets 8 and 21) are fitted; the decay half-life is a data
// input (16 min, M). Target 9 checks the frequency-specific release given in data (Han 2003) and
// that 2/100 Hz comes out strongest, which no parameter was fitted to.
import { beforeAll, describe, expect, it } from 'vitest';
import { meanOver, peakTime, run, valueAt, weeklyAnalgesia } from './helpers.ts';
import type { AcupunctureModeId } from '../../src/data/schema.ts';
import { stimulationWindows } from '../../src/model/acupuncture/sessions.ts';

const START = 10;
const oneSession = (minutes: number, mode: AcupunctureModeId = 'ea-2hz') =>
  run({
    condition: 'chronic-low-back-pain',
    days: 1,
    acupuncture: { mode, sessions: [{ day: 0, hour: START, minutes }] },
    output: { fromHours: START - 1, toHours: START + 6, stepHours: 1 / 60 },
  });

describe('target 7: one session (fitted)', () => {
  it.each([30, 45, 60])('peaks 25-35 min after stimulation starts (%i min session)', (minutes) => {
    const peak = peakTime(oneSession(minutes), 'analgesia');
    const minutesAfterStart = (peak.timeHours - START) * 60;
    expect(minutesAfterStart).toBeGreaterThanOrEqual(25);
    expect(minutesAfterStart).toBeLessThanOrEqual(35);
  });

  it('decays after the needles come out with a half-life of 10-25 min', () => {
    const t = oneSession(30);
    const end = START + 0.5;
    const peak = valueAt(t, 'analgesia', end);
    const settled = valueAt(t, 'analgesia', START + 6); // what the session leaves behind
    const half = settled + (peak - settled) / 2;
    let crossing = end;
    while (valueAt(t, 'analgesia', crossing) > half) crossing += 1 / 60;
    const halfLifeMinutes = (crossing - end) * 60;
    expect(halfLifeMinutes).toBeGreaterThanOrEqual(10);
    expect(halfLifeMinutes).toBeLessThanOrEqual(25);
  });
});

describe('target 8: across sessions (fitted)', () => {
  const days = 56;
  const course = (mode: AcupunctureModeId, perWeek: number) =>
    run({ condition: 'chronic-low-back-pain', days, acupuncture: { mode, perWeek } });
  // The carried-over effect: analgesia just before each session (the acute part has gone).
  const before = (t: ReturnType<typeof run>, day: number) => valueAt(t, 'analgesia', day * 24 + 9);

  it.each([1, 2])(
    'accumulates over 4-8 sessions and persists between them (%i a week)',
    (perWeek) => {
      const t = course('manual', perWeek);
      const sessionDays = stimulationWindows({ mode: 'manual', perWeek }, days).map((w) =>
        Math.floor(w.startHours / 24),
      );
      const carried = sessionDays.slice(1, 13).map((d) => before(t, d));
      // Rising from session to session...
      for (let i = 1; i < carried.length; i++)
        expect(carried[i]!).toBeGreaterThanOrEqual(carried[i - 1]!);
      // ...reaching 75% of its final level after 4-8 sessions.
      const final = carried[carried.length - 1]!;
      const sessionsTo75 = carried.findIndex((c) => c >= 0.75 * final) + 1;
      expect(sessionsTo75).toBeGreaterThanOrEqual(4);
      expect(sessionsTo75).toBeLessThanOrEqual(8);
      // ...and still there days after the last session of a week.
      expect(meanOver(t, 'analgesia', (days - 1) * 24, days * 24)).toBeGreaterThan(0.5 * final);
    },
  );

  it('beats sham by a smaller margin than sham beats no treatment', () => {
    const none = weeklyAnalgesia(run({ condition: 'chronic-low-back-pain', days }), days);
    const sham = weeklyAnalgesia(course('sham', 2), days);
    const real = weeklyAnalgesia(course('manual', 2), days);
    expect(sham).toBeGreaterThan(none);
    expect(real).toBeGreaterThan(sham);
    expect(real - sham).toBeLessThan(sham - none);
  });
});

describe('target 9: electroacupuncture frequency (independent ordering)', () => {
  const session = (mode: AcupunctureModeId) => {
    const t = oneSession(30, mode);
    return {
      muDelta: peakTime(t, 'opioid.muDelta').value,
      kappa: peakTime(t, 'opioid.kappa').value,
      analgesia: peakTime(t, 'analgesia').value,
    };
  };
  // Simulated once the tests run, not while the files are collected.
  let low: ReturnType<typeof session>;
  let high: ReturnType<typeof session>;
  let mixed: ReturnType<typeof session>;
  beforeAll(() => {
    low = session('ea-2hz');
    high = session('ea-100hz');
    mixed = session('ea-2-100hz');
  });

  it('releases mu/delta opioids at 2 Hz and kappa (dynorphin) at 100 Hz', () => {
    expect(low.muDelta).toBeGreaterThan(3 * low.kappa);
    expect(high.kappa).toBeGreaterThan(3 * high.muDelta);
  });

  it('releases both at 2/100 Hz and gives the largest effect of the three', () => {
    expect(mixed.muDelta).toBeGreaterThan(0.5 * low.muDelta);
    expect(mixed.kappa).toBeGreaterThan(0.5 * high.kappa);
    expect(mixed.analgesia).toBeGreaterThan(low.analgesia);
    expect(mixed.analgesia).toBeGreaterThan(high.analgesia);
  });
});
