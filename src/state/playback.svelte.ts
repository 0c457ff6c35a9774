// The course clock's play loop and the clock actions shared by its buttons and the keyboard
// shortcuts. The loop is a task of the one frame scheduler (./frames.ts) only while app.playing
// is true, moves the course cursor by speed x 24 x dt hours (dt capped at 0.1 s, so a stalled
// tab does not jump), stops at the end of the course and when the tab is hidden, and allocates
// nothing per frame.
import { untrack } from 'svelte';
import { app } from './app.svelte.ts';
import { COURSE_HOURS, SPEEDS } from './viewState.ts';
import { framesOf } from './frames.ts';

const HOURS_PER_DAY = 24;
const DAYS_PER_WEEK = 7;
const MINUTES_PER_HOUR = 60;

/** Starts playing the course; from the end of the course it starts again at week 0. */
export function play(): void {
  app.setCourseHours(app.courseHours >= COURSE_HOURS ? 0 : app.courseHours);
  app.playing = true;
}

export function pause(): void {
  app.playing = false;
}

export function togglePlay(): void {
  if (app.playing) pause();
  else play();
}

/** Moves the course cursor by whole days (negative: back); the course clock then drives. */
export function stepDays(days: number): void {
  app.setCourseHours(app.courseHours + days * HOURS_PER_DAY);
}

export function stepWeeks(weeks: number): void {
  stepDays(weeks * DAYS_PER_WEEK);
}

/** One speed slower (-1) or faster (+1), staying within SPEEDS. */
export function changeSpeed(direction: -1 | 1): void {
  const index = SPEEDS.indexOf(app.speed) + direction;
  app.speed = SPEEDS[Math.min(Math.max(index, 0), SPEEDS.length - 1)]!;
}

export function goToStart(): void {
  app.setCourseHours(0);
}

export function goToEnd(): void {
  pause();
  app.setCourseHours(COURSE_HOURS);
}

/** Runs the play loop for as long as the app lives. Returns a function that stops it. */
export function startPlayback(win: Window = window): () => void {
  const frames = framesOf(win);
  let stopFrames = () => {};
  /** The unrounded cursor; the app gets it on a whole-minute grid (short, exact URLs). */
  let cursorHours = 0;
  let writtenHours = NaN;

  const frame = (dtSeconds: number): boolean => {
    if (!app.playing) return false;
    // Someone scrubbed or stepped while playing: carry on from there.
    if (app.courseHours !== writtenHours) cursorHours = app.courseHours;
    cursorHours = Math.min(cursorHours + app.speed * HOURS_PER_DAY * dtSeconds, COURSE_HOURS);
    writtenHours = Math.round(cursorHours * MINUTES_PER_HOUR) / MINUTES_PER_HOUR;
    app.courseHours = writtenHours;
    if (cursorHours < COURSE_HOURS) return true;
    app.playing = false;
    return false;
  };

  const stopEffects = $effect.root(() => {
    $effect(() => {
      if (!app.playing) return;
      untrack(() => (app.closeUpActive = false));
      writtenHours = NaN;
      stopFrames = frames.run(frame);
      return () => {
        stopFrames();
        // The loop writes the cursor directly; on stopping, let the app re-fit the close-up. Not
        // here: a teardown reads state as it was before the last write (Svelte 5), which put the
        // cursor back a few minutes from the end, so Play could never start the course again.
        queueMicrotask(() => app.setCourseHours(app.courseHours));
      };
    });
  });

  // A hidden page pauses the course (the scheduler stops drawing by itself).
  const onVisibilityChange = () => {
    if (win.document.hidden) pause();
  };
  win.document.addEventListener('visibilitychange', onVisibilityChange);

  return () => {
    stopEffects();
    stopFrames();
    win.document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
