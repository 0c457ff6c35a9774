// The state class: apply() puts a whole view state in, viewState() reads it back, reset() returns
// the picture to the defaults and keeps the person's own settings, and the close-up cursor is
// kept inside its window by the state itself (whatever a link or a view writes).
import { afterEach, describe, expect, it } from 'vitest';
import { app } from '../../src/state/app.svelte.ts';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { decodeViewState, defaultViewState } from '../../src/state/url.ts';

afterEach(async () => {
  app.apply(defaultViewState());
  await i18n.use('en', 'plain');
});

describe('the state class', () => {
  it('reads back what apply() put in', async () => {
    const { state } = decodeViewState(
      'c=fibromyalgia&dul=60&t=1200&cut=1210&node=pag&panel=effects&view=synapse&aud=clinician&spd=2&motion=off&story=ssri&step=2',
    );
    app.apply(state);
    await i18n.use(state.locale, 'technical');
    expect(app.viewState()).toEqual(state);
  });

  it('resets the picture and the story, and keeps the audience, language, speed and motion', () => {
    const { state } = decodeViewState('dul=60&t=100&aud=student&spd=7&motion=on&story=ssri&step=3');
    app.apply(state);
    app.reset();
    expect(app.viewState()).toEqual({
      ...defaultViewState(),
      audience: 'student',
      speed: 7,
      motion: 'on',
    });
  });

  it('keeps the close-up cursor in its window, so every view reads the same time', () => {
    // A link whose close-up time is outside the course clock's day.
    app.apply(decodeViewState('t=0&cut=2000&cua=1&dul=60').state);
    const { fromHours, toHours } = app.closeUpWindow;
    expect(app.closeUpHours).toBeGreaterThanOrEqual(fromHours);
    expect(app.closeUpHours).toBeLessThanOrEqual(toHours);
    expect(app.now).toBe(app.closeUpHours);
    expect(app.now).toBeLessThan(24);
    // Moving the course clock moves the close-up window, and the cursor with it.
    app.closeUpActive = false;
    app.setCourseHours(500);
    expect(app.closeUpHours).toBeGreaterThanOrEqual(app.closeUpWindow.fromHours);
    expect(app.closeUpHours).toBeLessThanOrEqual(app.closeUpWindow.toHours);
  });

  it('chooses the audience: the wording follows, and the panel the audience starts with', async () => {
    app.setAudience('clinician');
    expect(app.panel).toBe('effects');
    await expect.poll(() => i18n.register).toBe('technical');
    app.setAudience('patient');
    expect(app.panel).toBe('inspector');
    await expect.poll(() => i18n.register).toBe('plain');
  });
});
