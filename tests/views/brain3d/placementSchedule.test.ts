// When the 3D labels are placed (views/brain3d/placementSchedule.ts): at once after a change that
// is not the camera's, at most every interval while the camera moves, and always once after the
// last move.
import { describe, expect, it } from 'vitest';
import { PlacementSchedule } from '../../../src/views/brain3d/placementSchedule.ts';

describe('the labels’ placement schedule', () => {
  it('places at once at the start and after a change that is not the camera', () => {
    const schedule = new PlacementSchedule(100);
    expect(schedule.due(0)).toBe(true);
    schedule.placed(0);
    expect(schedule.pending).toBe(false);
    expect(schedule.due(10)).toBe(false);
    schedule.invalidate();
    expect(schedule.due(10)).toBe(true);
  });

  it('places at most every interval while the camera moves, and once after the last move', () => {
    const schedule = new PlacementSchedule(100);
    schedule.placed(0);
    const placedAt: number[] = [];
    // The camera moves on every frame for 300 ms (a frame every 16 ms), then stops.
    for (let now = 16; now <= 300; now += 16) {
      schedule.cameraMoved();
      if (schedule.due(now)) {
        schedule.placed(now);
        placedAt.push(now);
      }
    }
    expect(placedAt).toEqual([112, 224]);
    // Stopped: still owed, so frames keep coming (drawing nothing) until it is due.
    expect(schedule.pending).toBe(true);
    expect(schedule.due(320)).toBe(false);
    expect(schedule.due(324)).toBe(true);
    schedule.placed(324);
    expect(schedule.pending).toBe(false);
  });
});
