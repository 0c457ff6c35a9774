// FrameStats: counts renders, times the first frame and the first with the meshes, and gives the
// median and mean of the recorded frame intervals (a new run's zero interval is not recorded).
import { describe, expect, it } from 'vitest';
import { FrameStats } from '../../../src/views/brain3d/frameStats.ts';

const info = {
  memory: { geometries: 3, textures: 1 },
  render: { triangles: 120, calls: 4 },
  programs: [],
} as unknown as Parameters<FrameStats['snapshot']>[0];

describe('FrameStats', () => {
  it('reports no frame time before any interval', () => {
    const stats = new FrameStats().snapshot(info, false, false);
    expect(stats.medianFrameMs).toBe(-1);
    expect(stats.meanFrameMs).toBe(-1);
    expect(stats.firstFrameMs).toBe(-1);
  });

  it('gives the median and the mean of the frame intervals', () => {
    const frames = new FrameStats();
    for (const ms of [0, 100, 100, 116.7, 100, 183.3]) frames.frameInterval(ms);
    const stats = frames.snapshot(info, true, false);
    expect(stats.medianFrameMs).toBe(100);
    expect(stats.meanFrameMs).toBe(120);
    expect(stats.geometries).toBe(3);
    expect(stats.calls).toBe(4);
  });

  it('times the first frame and the first with the meshes', () => {
    const frames = new FrameStats();
    frames.rendered(false);
    frames.rendered(true);
    const stats = frames.snapshot(info, true, false);
    expect(stats.renders).toBe(2);
    expect(stats.firstFrameMs).toBeGreaterThanOrEqual(0);
    expect(stats.firstBrainFrameMs).toBeGreaterThanOrEqual(stats.firstFrameMs);
    expect(stats.firstBrainFrameAtMs).toBeGreaterThan(0);
  });
});
