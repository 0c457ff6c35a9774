// The 3D camera's serialisable state (views/brain3d/cameraState.ts): presets, framing and the
// URL text, which must round-trip and reject anything malformed.
import { describe, expect, it } from 'vitest';
import {
  CAMERA_PRESETS,
  cameraStatesEqual,
  fitDistance,
  formatCameraState,
  parseCameraState,
  presetCamera,
  roundCameraState,
} from '../../../src/views/brain3d/cameraState.ts';

describe('presetCamera', () => {
  const d = 400;
  const offset = (preset: Parameters<typeof presetCamera>[0]) => {
    const s = presetCamera(preset, d);
    return s.position.map((v, i) => v - s.target[i]!);
  };

  it('looks at the left hemisphere from the left and the right from the right', () => {
    expect(offset('left')[0]).toBeCloseTo(-d, -1);
    expect(offset('right')[0]).toBeCloseTo(d, -1);
  });

  it('looks down from the top and at the face from the front (MNI anterior is world -z)', () => {
    expect(offset('top')[1]).toBeCloseTo(d, -1);
    expect(offset('front')[2]).toBeCloseTo(-d, -1);
  });

  it('cuts the left half away only in the midline view, looking from the left', () => {
    for (const preset of CAMERA_PRESETS)
      expect(presetCamera(preset, d).cut).toBe(preset === 'sagittal');
    expect(offset('sagittal')[0]).toBeCloseTo(-d, -1);
  });

  it('places every preset at the requested distance from the same target', () => {
    const target = presetCamera('reset', d).target;
    for (const preset of [...CAMERA_PRESETS, 'reset'] as const) {
      const s = presetCamera(preset, d);
      expect(s.target).toEqual(target);
      expect(Math.hypot(...offset(preset))).toBeCloseTo(d, -1);
    }
  });
});

describe('fitDistance', () => {
  it('moves back for narrow (portrait) viewports and never below the landscape distance', () => {
    expect(fitDistance(0.5)).toBeGreaterThan(fitDistance(1));
    expect(fitDistance(2)).toBe(fitDistance(3));
    expect(fitDistance(Number.NaN)).toBe(fitDistance(1));
  });
});

describe('formatCameraState and parseCameraState', () => {
  it('round-trips a rounded state, with and without the cut', () => {
    for (const cut of [false, true]) {
      const state = { position: [-248.4, 76.6, -195], target: [0, -27, 18], cut } as const;
      const text = formatCameraState({
        ...state,
        position: [...state.position],
        target: [...state.target],
      });
      expect(text).toBe(`-248,77,-195,0,-27,18${cut ? ',cut' : ''}`);
      expect(parseCameraState(text)).toEqual(
        roundCameraState({ position: [-248, 77, -195], target: [0, -27, 18], cut }),
      );
    }
  });

  it('rejects malformed, out-of-range and degenerate text', () => {
    for (const bad of [
      '',
      '1,2,3',
      '1,2,3,4,5,x',
      '1,2,3,4,5,6,7',
      '1e9,0,0,0,0,0',
      '0,0,0,0,0,0',
      'cut',
      '1,2,3,4,5,6,cut,cut',
    ])
      expect(parseCameraState(bad), bad).toBeNull();
  });

  it('never puts the camera on its target when rounding', () => {
    const s = roundCameraState({ position: [0.2, 0.2, 0.2], target: [0, 0, 0], cut: false });
    expect(s.position).not.toEqual(s.target);
  });

  it('compares states as the URL would see them', () => {
    const a = {
      position: [1.2, 2, 3] as [number, number, number],
      target: [0, 0, 0] as [number, number, number],
      cut: false,
    };
    expect(cameraStatesEqual(a, { ...a, position: [1, 2, 3] })).toBe(true);
    expect(cameraStatesEqual(a, { ...a, cut: true })).toBe(false);
  });
});
