// The state class: apply() puts a whole view state in, viewState() reads it back, reset() returns
// the picture to the defaults and keeps the person's own settings, and the close-up cursor is
// kept inside its window by the state itself (whatever a link or a view writes).
import { afterEach, describe, expect, it } from 'vitest';
import { app } from '../../src/state/app.svelte.ts';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { decodeViewState, defaultViewState } from '../../src/state/url.ts';
import { encodeLink } from '../../src/state/stories.ts';

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

describe('comparing two plans', () => {
  it('starts plan B as a copy of plan A on the course clock, for the same person', () => {
    app.apply(decodeViewState('c=fibromyalgia&dul=60&cua=1&age=older').state);
    app.startCompare();
    expect(app.closeUpActive).toBe(false);
    expect(app.compare).toEqual(app.treatment);
    // Plan B follows plan A's condition and person, and has its own course.
    app.compare!.duloxetine.mg = 0;
    app.compare!.amitriptyline.mg = 25;
    app.treatment.condition = 'diabetic-neuropathy';
    expect(app.planB!.condition).toBe('diabetic-neuropathy');
    expect(app.planB!.person.olderAdult).toBe(true);
    expect(app.planBCourse!.series['plasma.amitriptyline']!.some((v) => v > 0)).toBe(true);
    expect(app.course.series['plasma.amitriptyline']!.every((v) => v === 0)).toBe(true);
    // Each plan's picture reads its own course at the shared clock.
    const [a, b] = [app.planSource('a'), app.planSource('b')];
    expect(b.treatment.amitriptyline.mg).toBe(25);
    expect(a.now).toBe(app.courseHours);
    expect(b.valueNow('plasma.amitriptyline')).toBeGreaterThan(0);
    expect(a.valueNow('plasma.amitriptyline')).toBe(0);
    expect(app.viewState().compare?.amitriptyline.mg).toBe(25);
    app.stopCompare();
    expect(app.compare).toBeNull();
    expect(app.planBCourse).toBeNull();
    expect(app.treatment.duloxetine.mg).toBe(60);
  });
});

describe('the clocks', () => {
  it('put a press anywhere on the whole minute, so the link stays short', () => {
    app.setCourseHours(979.5473736702128);
    expect(app.courseHours).toBe(979 + 33 / 60);
    expect(new URLSearchParams(encodeLink(app.viewState())).get('t')).toBe('979.55');
    app.setCloseUpHours(app.closeUpWindow.fromHours + 1.23456);
    expect(app.closeUpHours * 60).toBeCloseTo(Math.round(app.closeUpHours * 60), 9);
  });
});
