// @vitest-environment jsdom
// Keyboard shortcuts: each key runs its action, and no key is taken from an element that uses
// it (typing, selects, sliders, tabs, radio groups, buttons for Space, handled events); Space,
// Home and End act only inside the clock area; the person can turn the shortcuts off.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleShortcut, startShortcuts, type ShortcutActions } from '../../src/state/shortcuts.ts';
import { app } from '../../src/state/app.svelte.ts';

function spyActions() {
  return {
    togglePlay: vi.fn(),
    stepDays: vi.fn(),
    stepWeeks: vi.fn(),
    changeSpeed: vi.fn(),
    goToStart: vi.fn(),
    goToEnd: vi.fn(),
    showHelp: vi.fn(),
  } satisfies ShortcutActions;
}

/** Dispatches a keydown on `target` through a window listener, as in the app. */
function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

let actions = spyActions();
let stop = () => {};

beforeEach(() => {
  document.body.innerHTML = `
    <button id="button">Play</button>
    <input id="text" type="text" />
    <input id="range" type="range" />
    <input id="radio" type="radio" />
    <input id="check" type="checkbox" />
    <select id="select"><option>1</option></select>
    <div role="tablist"><button id="tab" role="tab">A</button></div>
    <svg><g id="node" role="button" tabindex="0"></g></svg>
    <div id="own" data-own-keys><span id="inside">x</span></div>
    <p id="text-block">text</p>
    <section data-clock-area><p id="clock">Week 6</p><input id="clock-range" type="range" /></section>`;
  actions = spyActions();
  stop = startShortcuts(window, actions);
});

afterEach(() => {
  stop();
  app.shortcutsOn = true;
});

const $ = (id: string) => document.getElementById(id)!;

describe('keyboard shortcuts', () => {
  it('play and pause with Space (in the clock area) or K, but not on auto-repeat', () => {
    press($('clock'), ' ');
    press(document.body, 'k');
    press(document.body, 'K', { shiftKey: true });
    press(document.body, 'k', { repeat: true });
    expect(actions.togglePlay).toHaveBeenCalledTimes(3);
  });

  it('step a day with J and L, and a week with Shift', () => {
    press(document.body, 'j');
    press(document.body, 'l');
    press(document.body, 'J', { shiftKey: true });
    press(document.body, 'L', { shiftKey: true });
    expect(actions.stepDays.mock.calls).toEqual([[-1], [1]]);
    expect(actions.stepWeeks.mock.calls).toEqual([[-1], [1]]);
  });

  it('change speed with [ and ], jump with Home and End, and open the list with ?', () => {
    press(document.body, '[');
    press(document.body, ']');
    press($('clock'), 'Home');
    press($('clock'), 'End');
    press(document.body, '?', { shiftKey: true });
    expect(actions.changeSpeed.mock.calls).toEqual([[-1], [1]]);
    expect(actions.goToStart).toHaveBeenCalledOnce();
    expect(actions.goToEnd).toHaveBeenCalledOnce();
    expect(actions.showHelp).toHaveBeenCalledOnce();
  });

  it('prevent the browser default only for keys they use', () => {
    expect(press($('clock'), ' ').defaultPrevented).toBe(true);
    expect(press(document.body, 'k').defaultPrevented).toBe(true);
    expect(press(document.body, 'x').defaultPrevented).toBe(false);
    expect(press(document.body, 'ArrowRight').defaultPrevented).toBe(false);
  });

  it('leave every key to text fields, selects and opted-out views', () => {
    for (const id of ['text', 'select', 'inside'])
      for (const key of [' ', 'k', 'j', 'l', '[', ']', 'Home', 'End', '?'])
        expect(press($(id), key).defaultPrevented, `${key} on ${id}`).toBe(false);
    expect(actions.togglePlay).not.toHaveBeenCalled();
    expect(actions.stepDays).not.toHaveBeenCalled();
  });

  it('leave Space, Home and End to the page outside the clock area (scrolling)', () => {
    for (const id of ['text-block']) for (const key of [' ', 'Home', 'End']) press($(id), key);
    for (const key of [' ', 'Home', 'End'])
      expect(press(document.body, key).defaultPrevented, key).toBe(false);
    expect(actions.togglePlay).not.toHaveBeenCalled();
    expect(actions.goToStart).not.toHaveBeenCalled();
    expect(actions.goToEnd).not.toHaveBeenCalled();
  });

  it('leave Space, Home and End to sliders, tabs and radio groups, but not letters', () => {
    for (const id of ['range', 'radio', 'tab', 'clock-range'])
      for (const key of [' ', 'Home', 'End']) press($(id), key);
    expect(actions.togglePlay).not.toHaveBeenCalled();
    expect(actions.goToStart).not.toHaveBeenCalled();
    expect(actions.goToEnd).not.toHaveBeenCalled();
    press($('range'), 'k');
    expect(actions.togglePlay).toHaveBeenCalledOnce();
  });

  it('leave Space to buttons, checkboxes and focusable stage nodes', () => {
    for (const id of ['button', 'check', 'node']) press($(id), ' ');
    expect(actions.togglePlay).not.toHaveBeenCalled();
    press($('node'), 'l');
    expect(actions.stepDays).toHaveBeenCalledWith(1);
  });

  it('ignore keys a component already handled and keys with Ctrl, Alt or Meta', () => {
    $('text-block').addEventListener('keydown', (e) => e.preventDefault());
    press($('text-block'), 'k');
    press(document.body, 'l', { ctrlKey: true });
    press(document.body, 'l', { metaKey: true });
    press(document.body, 'l', { altKey: true });
    expect(actions.togglePlay).not.toHaveBeenCalled();
    expect(actions.stepDays).not.toHaveBeenCalled();
  });

  it('do nothing once the person turns them off, until turned on again', () => {
    app.shortcutsOn = false;
    for (const key of ['k', 'j', 'l', '[', ']', '?']) press(document.body, key);
    for (const key of [' ', 'Home', 'End']) press($('clock'), key);
    expect(Object.values(actions).every((action) => action.mock.calls.length === 0)).toBe(true);
    app.shortcutsOn = true;
    press(document.body, 'k');
    expect(actions.togglePlay).toHaveBeenCalledOnce();
  });

  it('return whether they handled the event', () => {
    const event = new KeyboardEvent('keydown', { key: 'l', cancelable: true });
    expect(handleShortcut(event, actions)).toBe(true);
  });
});
