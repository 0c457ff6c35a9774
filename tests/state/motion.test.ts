// Motion: the pictures move only while the clock plays and motion is allowed; allowed follows the
// system's reduced-motion setting until the person chooses on or off (URL key motion).
import { afterEach, describe, expect, it } from 'vitest';
import { app } from '../../src/state/app.svelte.ts';

afterEach(() => {
  app.motion = null;
  app.systemReducedMotion = false;
  app.playing = false;
});

describe('motion', () => {
  it('is still while paused, whatever the setting', () => {
    for (const motion of [null, 'on', 'off'] as const) {
      app.motion = motion;
      expect(app.moving).toBe(false);
    }
  });

  it('follows the system setting until the person chooses', () => {
    app.playing = true;
    expect(app.moving).toBe(true);
    app.systemReducedMotion = true;
    expect(app.motionAllowed).toBe(false);
    expect(app.moving).toBe(false);
    app.motion = 'on';
    expect(app.moving).toBe(true);
    app.systemReducedMotion = false;
    app.motion = 'off';
    expect(app.moving).toBe(false);
  });
});
