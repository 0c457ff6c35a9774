// Presentation mode's steps and keys. The story's steps are the slides; with no story open, a
// step is a week of the course (to the next or previous whole week). The keys are the ones
// presentation clickers send: PageDown, Right, Space or N the next step; PageUp, Left or P the
// previous; Home and End the first and last; a digit jumps to that step; B or . blacks the screen
// out (and back); F full screen; Escape ends a blackout, else leaves presentation mode (an open
// sheet or dialog closes first). The one-character keys follow the shortcuts' on/off setting
// (app.shortcutsOn); the others always work. Keys that the focused element uses itself (the 3D
// view's arrows, a button's Space) or already handled are left to it. (Presentation mode starts from
// views/shell/PresentButton.svelte or the link's present=1; this module loads with it.)
import { app } from './app.svelte.ts';
import { openStory, openStoryNow, stepBy } from './stories.ts';
import { OWNS_ALL_KEYS } from './shortcuts.ts';
import { COURSE_HOURS } from './viewState.ts';
import { DAYS_PER_WEEK, HOURS_PER_DAY } from '../model/units.ts';

const WEEK_HOURS = DAYS_PER_WEEK * HOURS_PER_DAY;

/** Presentation mode's own state (not in the link). */
class Presentation {
  /** The screen is blacked out: the steps wait behind it. */
  blackout = $state(false);

  toggleBlackout(): void {
    this.blackout = !this.blackout;
  }
}

export const presentation = new Presentation();

/** The number of steps and the one shown: a story's, else the course's weeks (0-12). */
export function presentPosition(): { at: number; of: number; story: boolean } {
  const story = openStoryNow();
  if (story !== undefined) return { at: app.storyStep, of: story.steps.length, story: true };
  return {
    at: Math.floor(app.courseHours / WEEK_HOURS),
    of: COURSE_HOURS / WEEK_HOURS,
    story: false,
  };
}

/** Whether there is a step that way (a story's next or previous step, or a week of the course). */
export function canStep(delta: 1 | -1): boolean {
  const { at, of, story } = presentPosition();
  if (delta > 0) return at < of;
  return story ? at > 1 : app.courseHours > 0;
}

/** The next (+1) or previous (-1) step: a story step, or the next or previous whole week. While
 * the screen is blacked out, the steps wait. */
export function presentStep(delta: 1 | -1): void {
  if (presentation.blackout) return;
  if (openStoryNow() !== undefined) {
    stepBy(delta);
    return;
  }
  const weeks = app.courseHours / WEEK_HOURS;
  const week = delta > 0 ? Math.floor(weeks + 1e-9) + 1 : Math.ceil(weeks - 1e-9) - 1;
  app.setCourseHours(week * WEEK_HOURS);
}

/** Jumps to a step (from 1; with no story, a week from 0); out of range, or while the screen is
 * blacked out, does nothing. */
export function presentJump(step: number): void {
  if (presentation.blackout) return;
  const story = openStoryNow();
  if (story !== undefined) {
    if (step >= 1 && step <= story.steps.length) openStory(story.id, step);
    return;
  }
  if (step >= 0 && step * WEEK_HOURS <= COURSE_HOURS) app.setCourseHours(step * WEEK_HOURS);
}

/** Full screen on or off, where the browser allows it (it needs a key press or a click). */
export function toggleFullScreen(doc: Document = document): void {
  if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(() => undefined);
  else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Leaves presentation mode (and full screen). */
export function stopPresenting(doc: Document = document): void {
  app.present = false;
  presentation.blackout = false;
  if (doc.fullscreenElement) toggleFullScreen(doc);
}

export interface PresentActions {
  step(delta: 1 | -1): void;
  jump(step: number): void;
  first(): void;
  last(): void;
  blackout(): void;
  fullScreen(): void;
  leave(): void;
}

const defaultActions: PresentActions = {
  step: presentStep,
  jump: presentJump,
  first: () => presentJump(presentPosition().story ? 1 : 0),
  last: () => presentJump(presentPosition().of),
  blackout: () => presentation.toggleBlackout(),
  fullScreen: () => toggleFullScreen(),
  leave: () => stopPresenting(),
};

/** Elements that a press activates: Space and Enter stay theirs. */
const PRESSABLE = 'button, a[href], summary, [role="button"], input, [role="switch"]';
/** Widgets that turn or move with the arrows, Home and End (the 3D view): those keys are theirs. */
const OWNS_ARROWS = '[role="application"], [role="slider"], input[type="range"]';
const ARROW_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' ']);
/** A sheet or dialog open over the picture: Escape closes it first. */
const OPEN_OVER = 'dialog[open], [data-node-sheet]';

/**
 * Runs presentation mode's action for a key press, if it is one and the focused element does
 * not use the key. Returns true (and prevents the default) when it handled the event.
 */
export function handlePresentKey(
  event: KeyboardEvent,
  actions: PresentActions = defaultActions,
): boolean {
  if (event.defaultPrevented || event.isComposing || event.metaKey || event.ctrlKey || event.altKey)
    return false;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(OWNS_ALL_KEYS)) return false;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const character = key.length === 1 && key !== ' ';
  if (character && !app.shortcutsOn) return false;
  if (ARROW_KEYS.has(key) && target?.closest(OWNS_ARROWS)) return false;
  if (key === 'Escape' && target?.ownerDocument.querySelector(OPEN_OVER)) return false;
  // While blacked out, the steps wait: the audience sees nothing change behind the black.
  const actOn = presentation.blackout
    ? { ...actions, step() {}, jump() {}, first() {}, last() {} }
    : actions;
  const run = (): boolean => {
    if (/^[0-9]$/.test(key)) {
      actOn.jump(Number(key));
      return true;
    }
    switch (key) {
      case 'PageDown':
      case 'ArrowRight':
      case 'n':
        actOn.step(1);
        return true;
      case ' ':
        if (target?.closest(PRESSABLE)) return false;
        actOn.step(1);
        return true;
      case 'PageUp':
      case 'ArrowLeft':
      case 'p':
        actOn.step(-1);
        return true;
      case 'Home':
        actOn.first();
        return true;
      case 'End':
        actOn.last();
        return true;
      case 'b':
      case '.':
        actOn.blackout();
        return true;
      case 'f':
        actOn.fullScreen();
        return true;
      case 'Escape':
        if (presentation.blackout) actOn.blackout();
        else actOn.leave();
        return true;
      default:
        return false;
    }
  };
  const handled = run();
  if (handled) event.preventDefault();
  return handled;
}

/** Listens for presentation keys on window, after the focused element's own handlers (a key
 * they handled is left alone). Returns a function that stops listening. */
export function startPresentKeys(win: Window = window): () => void {
  const onKeydown = (event: KeyboardEvent) => {
    if (app.present && !event.repeat) handlePresentKey(event);
  };
  win.addEventListener('keydown', onKeydown);
  return () => win.removeEventListener('keydown', onKeydown);
}
