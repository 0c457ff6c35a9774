// @vitest-environment jsdom
// The play loop and the clock actions: the cursor moves by speed x 24 x dt hours per frame with
// dt capped at 0.1 s, the loop stops at the end of the course and when the tab is hidden.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { app } from '../../src/state/app.svelte.ts';
import { fakeWindow } from './fakeWindow.ts';
import { COURSE_HOURS } from '../../src/state/viewState.ts';
import {
  changeSpeed,
  goToEnd,
  goToStart,
  play,
  startPlayback,
  stepDays,
  togglePlay,
} from '../../src/state/playback.svelte.ts';

let stop: () => void = () => {};

beforeEach(() => {
  app.playing = false;
  app.speed = 1;
  app.setCourseHours(0);
});

afterEach(() => {
  app.playing = false;
  flushSync();
  stop();
});

describe('the play loop', () => {
  it('moves the course by speed x 24 hours per second and requests frames only while playing', () => {
    const screen = fakeWindow();
    stop = startPlayback(screen.win);
    expect(screen.waiting).toBe(false);
    app.speed = 2;
    play();
    flushSync();
    screen.frame(1000);
    screen.frame(1050);
    screen.frame(1100);
    expect(app.courseHours).toBeCloseTo(2 * 24 * 0.1, 6);
    togglePlay();
    flushSync();
    expect(screen.waiting).toBe(false);
  });

  it('caps a long frame at 0.1 s so a stalled tab does not jump', () => {
    const screen = fakeWindow();
    stop = startPlayback(screen.win);
    app.speed = 7;
    play();
    flushSync();
    screen.frame(0);
    screen.frame(5000);
    expect(app.courseHours).toBeCloseTo(7 * 24 * 0.1, 6);
  });

  it('keeps the cursor on whole minutes', () => {
    const screen = fakeWindow();
    stop = startPlayback(screen.win);
    play();
    flushSync();
    screen.frame(0);
    screen.frame(16.7);
    expect(Math.round(app.courseHours * 60) / 60).toBe(app.courseHours);
  });

  it('stops at the end of the course', () => {
    const screen = fakeWindow();
    stop = startPlayback(screen.win);
    app.setCourseHours(COURSE_HOURS - 1);
    app.speed = 7;
    play();
    flushSync();
    screen.frame(0);
    screen.frame(100);
    expect(app.courseHours).toBe(COURSE_HOURS);
    expect(app.playing).toBe(false);
    expect(screen.waiting).toBe(false);
  });

  it('stops when the tab is hidden', () => {
    const screen = fakeWindow();
    stop = startPlayback(screen.win);
    play();
    flushSync();
    screen.setHidden(true);
    flushSync();
    expect(app.playing).toBe(false);
    expect(screen.waiting).toBe(false);
  });

  it('hands the views to the course clock when playing starts', () => {
    const screen = fakeWindow();
    stop = startPlayback(screen.win);
    app.setCourseHours(100);
    app.setCloseUpHours(101);
    expect(app.closeUpActive).toBe(true);
    play();
    flushSync();
    expect(app.closeUpActive).toBe(false);
  });
});

describe('the clock actions', () => {
  it('step a day, clamp at the ends, and jump to the start or end', () => {
    stepDays(1);
    expect(app.courseHours).toBe(24);
    stepDays(-7);
    expect(app.courseHours).toBe(0);
    goToEnd();
    expect(app.courseHours).toBe(COURSE_HOURS);
    goToStart();
    expect(app.courseHours).toBe(0);
  });

  it('play from the end starts again at week 0', () => {
    app.setCourseHours(COURSE_HOURS);
    play();
    expect(app.playing).toBe(true);
    expect(app.courseHours).toBe(0);
  });

  it('change speed one step at a time within 1 day/s and 1 week/s', () => {
    changeSpeed(-1);
    expect(app.speed).toBe(1);
    changeSpeed(1);
    changeSpeed(1);
    expect(app.speed).toBe(3.5);
    changeSpeed(1);
    changeSpeed(1);
    expect(app.speed).toBe(7);
  });
});

describe('playing to the end and again', () => {
  it('stops at the very end, and Play then starts the course again from week 0', async () => {
    const screen = fakeWindow();
    stop = startPlayback(screen.win);
    app.setCourseHours(1990);
    app.speed = 2;
    play();
    flushSync();
    let now = 0;
    for (let i = 0; i < 60 && app.playing; i++) screen.frame((now += 100));
    flushSync();
    await Promise.resolve();
    expect(app.playing).toBe(false);
    expect(app.courseHours).toBe(COURSE_HOURS);
    play();
    flushSync();
    screen.frame((now += 100));
    screen.frame((now += 100));
    expect(app.playing).toBe(true);
    expect(app.courseHours).toBeGreaterThan(0);
    expect(app.courseHours).toBeLessThan(24);
  });
});
