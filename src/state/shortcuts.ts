// Keyboard shortcuts for the course clock: K (or Space in the clock area) play/pause, J / L a
// day back/forward (Shift: a week), [ and ] slower/faster, Home/End (in the clock area) start/end
// of the course, ? the list of shortcuts. The person can turn them all off (app.shortcutsOn). One
// keydown listener on window; it leaves alone every key that the focused element uses itself: all
// keys while typing or in a select, list or dialog; Space, Home and End anywhere but the clock
// area, and there on sliders, tabs and radio groups; Space on anything a press activates; and any
// key a component already handled (defaultPrevented).
import type { MessageKey } from '../i18n/i18n.svelte.ts';
import { app } from './app.svelte.ts';
import {
  changeSpeed,
  goToEnd,
  goToStart,
  stepDays,
  stepWeeks,
  togglePlay,
} from './playback.svelte.ts';

export interface ShortcutActions {
  togglePlay(): void;
  stepDays(days: number): void;
  stepWeeks(weeks: number): void;
  changeSpeed(direction: -1 | 1): void;
  goToStart(): void;
  goToEnd(): void;
  showHelp(): void;
}

/** The shortcuts as the help lists them: the key caps and what they do (all message keys). */
export const SHORTCUT_LIST: readonly { keys: readonly MessageKey[]; does: MessageKey }[] = [
  { keys: ['shortcuts.key.space', 'shortcuts.key.k'], does: 'shortcuts.playPause' },
  { keys: ['shortcuts.key.j', 'shortcuts.key.l'], does: 'shortcuts.stepDay' },
  { keys: ['shortcuts.key.shiftJ', 'shortcuts.key.shiftL'], does: 'shortcuts.stepWeek' },
  { keys: ['shortcuts.key.slower', 'shortcuts.key.faster'], does: 'shortcuts.speed' },
  { keys: ['shortcuts.key.home', 'shortcuts.key.end'], does: 'shortcuts.ends' },
  { keys: ['shortcuts.key.help'], does: 'shortcuts.help' },
];

/** Elements that use every key themselves: text entry, selects, type-ahead lists, dialogs. */
export const OWNS_ALL_KEYS = [
  'input:not([type="button"], [type="submit"], [type="reset"], [type="checkbox"], [type="radio"], [type="range"])',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="combobox"]',
  '[role="spinbutton"]',
  '[role="listbox"]',
  '[role="option"]',
  '[role="menu"]',
  '[role="menuitem"]',
  '[role="grid"]',
  '[role="tree"]',
  'dialog[open]',
  // Any element may opt out of the shortcuts (for example a view with its own key handling).
  '[data-own-keys]',
].join(', ');

/** Widgets that move with arrows, Home and End (and select with Space): those keys are theirs. */
const OWNS_NAVIGATION = [
  'input[type="range"]',
  'input[type="radio"]',
  '[role="slider"]',
  '[role="tab"]',
  '[role="tablist"]',
  '[role="radio"]',
  '[role="radiogroup"]',
].join(', ');
const NAVIGATION_KEYS = new Set([' ', 'Home', 'End']);
/** Where Space, Home and End act on the clock: the clocks' own area (outside it they scroll). */
const CLOCK_AREA = '[data-clock-area]';

/** Elements that Space activates, toggles or scrolls. */
const USES_SPACE = [
  'button',
  'a[href]',
  'summary',
  'input',
  '[role="button"]',
  '[role="link"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

const listeners = new Set<() => void>();

/** Calls `listener` when the person asks for the shortcut list; returns an unsubscribe. */
export function onHelpRequested(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function requestHelp(): void {
  for (const listener of listeners) listener();
}

const defaultActions: ShortcutActions = {
  togglePlay,
  stepDays,
  stepWeeks,
  changeSpeed,
  goToStart,
  goToEnd,
  showHelp: requestHelp,
};

function isElement(target: EventTarget | null): target is Element {
  return typeof Element !== 'undefined' && target instanceof Element;
}

/**
 * Runs the shortcut for a key press, if it is one and the focused element does not use the key.
 * Returns true (and prevents the default) when it handled the event.
 */
export function handleShortcut(
  event: KeyboardEvent,
  actions: ShortcutActions = defaultActions,
): boolean {
  const altGraph = event.getModifierState?.('AltGraph') ?? false;
  if (!app.shortcutsOn) return false;
  if (event.defaultPrevented || event.isComposing || event.metaKey) return false;
  if ((event.ctrlKey || event.altKey) && !altGraph) return false;
  const target = isElement(event.target) ? event.target : null;
  if (target?.closest(OWNS_ALL_KEYS)) return false;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (NAVIGATION_KEYS.has(key) && (!target?.closest(CLOCK_AREA) || target.closest(OWNS_NAVIGATION)))
    return false;

  const run = (): boolean => {
    switch (key) {
      case ' ':
        if (target?.closest(USES_SPACE)) return false;
        if (!event.repeat) actions.togglePlay();
        return true;
      case 'k':
        if (!event.repeat) actions.togglePlay();
        return true;
      case 'j':
        if (event.shiftKey) actions.stepWeeks(-1);
        else actions.stepDays(-1);
        return true;
      case 'l':
        if (event.shiftKey) actions.stepWeeks(1);
        else actions.stepDays(1);
        return true;
      case '[':
        actions.changeSpeed(-1);
        return true;
      case ']':
        actions.changeSpeed(1);
        return true;
      case 'Home':
        actions.goToStart();
        return true;
      case 'End':
        actions.goToEnd();
        return true;
      case '?':
        actions.showHelp();
        return true;
      default:
        return false;
    }
  };
  const handled = run();
  if (handled) event.preventDefault();
  return handled;
}

/** Listens for the shortcuts on window. Returns a function that stops listening. */
export function startShortcuts(
  win: Window = window,
  actions: ShortcutActions = defaultActions,
): () => void {
  const onKeydown = (event: KeyboardEvent) => {
    handleShortcut(event, actions);
  };
  win.addEventListener('keydown', onKeydown);
  return () => win.removeEventListener('keydown', onKeydown);
}
