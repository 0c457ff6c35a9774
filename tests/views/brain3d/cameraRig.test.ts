// @vitest-environment jsdom
// The 3D camera rig (views/brain3d/cameraRig.ts): the opening view is framed for the screen and
// counts as no one's choice (it stays out of the link) until a person moves the camera or a saved
// camera is given.
import { describe, expect, it } from 'vitest';
import { CameraRig } from '../../../src/views/brain3d/cameraRig.ts';

const arrowLeft = () => new KeyboardEvent('keydown', { key: 'ArrowLeft' });

describe('CameraRig', () => {
  it('frames the opening view for each aspect ratio until the camera is moved by key', () => {
    const rig = new CameraRig(document.createElement('div'), () => {});
    expect(rig.framing).toBe(true);
    const wide = rig.getState();
    rig.setAspect(0.5);
    expect(rig.framing).toBe(true);
    expect(rig.getState()).not.toEqual(wide);
    expect(rig.handleKey(arrowLeft())).toBe(true);
    expect(rig.framing).toBe(false);
    const moved = rig.getState();
    rig.setAspect(2);
    expect(rig.getState()).toEqual(moved);
  });

  it('stops framing once a saved camera or a preset is given', () => {
    const saved = new CameraRig(document.createElement('div'), () => {});
    saved.moveTo({ position: [0, 0, 500], target: [0, 0, 0], cut: false }, false);
    expect(saved.framing).toBe(false);
    const preset = new CameraRig(document.createElement('div'), () => {});
    preset.preset('top');
    expect(preset.framing).toBe(false);
  });
});
