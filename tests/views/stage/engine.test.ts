// The stage's pure parts: tracks, the particle engine, the frame log and the caption.
import { describe, expect, it } from 'vitest';
import {
  TRACK_SAMPLES,
  curveTrack,
  pointOnTrack,
  ringTrack,
} from '../../../src/views/shared/tracks.ts';
import { ParticleField } from '../../../src/views/shared/particles.ts';
import { frameLog } from '../../../src/views/shared/frameLog.ts';
import { describeStage } from '../../../src/views/stage/describeStage.ts';
import { listOf } from '../../../src/i18n/format.ts';
import { opioidCount, staticMarkerCount, STAGE_EDGES } from '../../../src/views/stage/flows.ts';
import { LAYOUTS, STAGE_NODE_ORDER } from '../../../src/views/stage/layout.ts';

describe('tracks', () => {
  it('runs from rim to rim of the two nodes', () => {
    const track = curveTrack(0, 0, 100, 0, 0, 10, 20);
    const point = new Float32Array(3);
    pointOnTrack(track.table, 0, point);
    expect(point[0]).toBeCloseTo(10, 0);
    pointOnTrack(track.table, 1, point);
    expect(point[0]).toBeCloseTo(80, 0);
    expect(track.length).toBeCloseTo(70, 0);
    expect(track.table).toHaveLength(TRACK_SAMPLES * 3);
  });

  it('closes a ring on itself', () => {
    const ring = ringTrack(50, 50, 10);
    expect(ring.closed).toBe(true);
    expect(ring.length).toBeCloseTo(2 * Math.PI * 10, 5);
  });
});

describe('the particle engine', () => {
  const track = curveTrack(0, 0, 200, 0, 0.1, 0, 0);

  function run(rate: number) {
    const field = new ParticleField([20], 7, [false]);
    field.setTrack(0, track, 100);
    field.setRate(0, rate);
    field.prefill(4);
    return field;
  }

  it('keeps more particles on a track at a higher rate, the same for the same seed', () => {
    const count = (field: ParticleField) =>
      (field as unknown as { progress: Float32Array }).progress.filter((p) => p >= 0).length;
    expect(count(run(3))).toBeGreaterThan(count(run(1)));
    expect(count(run(2))).toBe(count(run(2)));
    expect(count(run(0))).toBe(0);
  });
});

describe('the frame log', () => {
  it('keeps the last 600 frames on globalThis', () => {
    const log = frameLog('__testFrames');
    for (let i = 0; i < 700; i++) log.record(i);
    const published = (globalThis as Record<string, unknown>).__testFrames as number[];
    expect(published).toBe(log.durations);
    expect(published).toHaveLength(600);
    expect(Math.min(...published)).toBe(100);
  });
});

describe('the stage in words', () => {
  it('says what the brake and the spinal cord are doing', () => {
    const text = describeStage(
      {
        pag: 1.2,
        offCells: 1.18,
        projection: 0.58,
        serotonin: 1,
        noradrenaline: 1,
        opioidMuDelta: 0,
        opioidKappa: 0,
      },
      6 * 7 * 24,
    );
    expect(text).toContain(
      'The brake is working harder than untreated: its control centre (PAG) is 20% above, its brake cells (OFF-cells) 18% above.',
    );
    expect(text).toContain('The pain signal leaving the spinal cord is 42% below untreated.');
  });

  it('joins names in plain English', () => {
    expect(listOf(['Duloxetine'])).toBe('Duloxetine');
    expect(listOf(['Amitriptyline', 'duloxetine', 'sertraline'])).toBe(
      'Amitriptyline, duloxetine and sertraline',
    );
  });
});

describe('the stage map', () => {
  it('places every node in every layout and draws every edge between stage nodes', () => {
    for (const layout of Object.values(LAYOUTS))
      for (const id of STAGE_NODE_ORDER) expect(layout.nodes[id]).toBeDefined();
    expect(STAGE_EDGES.map((e) => e.key)).toContain('lc>dh-projection');
    // Serotonin comes from the RVM's serotonergic cells; the OFF-cells' brake is GABA/glycine.
    expect(STAGE_EDGES.find((e) => e.key === 'rvm-5ht>dh-projection')?.kind).toBe('serotonin');
    expect(STAGE_EDGES.find((e) => e.key === 'rvm-off>dh-projection')?.kind).toBe('command');
    expect(STAGE_EDGES.find((e) => e.key === 'rvm-off>dh-projection')?.rateSeries).toBe(
      'node.rvm-off',
    );
  });

  it('scales markers and opioid counts with the signal', () => {
    expect(staticMarkerCount(2)).toBeGreaterThan(staticMarkerCount(1));
    expect(staticMarkerCount(0)).toBe(0);
    expect(opioidCount(0, 0.5)).toBe(0);
    expect(opioidCount(1, 0.5)).toBeGreaterThan(opioidCount(0.2, 0.5));
  });
});
