// @vitest-environment jsdom
// Presentation mode: the clicker's keys step a story (or the course a whole week at a time),
// jump, black out and leave; while blacked out the steps wait; keys that the focused element
// uses stay its own, and the one-character keys follow the shortcuts' on/off setting. The
// speaker notes' channel: the presenting window says where the talk is, answers a hello, and
// moves when the notes ask.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { app } from '../../src/state/app.svelte.ts';
import { openStory, leaveStory } from '../../src/state/stories.ts';
import {
  canStep,
  handlePresentKey,
  presentJump,
  presentPosition,
  presentStep,
  presentation,
  type PresentActions,
} from '../../src/state/presentation.svelte.ts';
import { startPresentSync, type PresentMessage } from '../../src/state/presentChannel.svelte.ts';
import { showTheme } from '../../src/views/shared/theme.svelte.ts';

function spyActions() {
  return {
    step: vi.fn(),
    jump: vi.fn(),
    first: vi.fn(),
    last: vi.fn(),
    blackout: vi.fn(() => (presentation.blackout = !presentation.blackout)),
    fullScreen: vi.fn(),
    leave: vi.fn(),
  } satisfies PresentActions;
}

function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return { event, handled: handlePresentKey(event, actions) };
}

let actions = spyActions();

beforeEach(() => {
  actions = spyActions();
  presentation.blackout = false;
  app.shortcutsOn = true;
  document.body.innerHTML = `<main id="main"></main><button id="button">Next</button>
    <input id="text" type="text" />`;
});
afterEach(() => {
  leaveStory();
  app.reset();
});

const main = () => document.getElementById('main')!;

describe('presentation keys', () => {
  it('steps forward and back with the keys clickers send', () => {
    for (const key of ['PageDown', 'ArrowRight', ' ', 'n']) press(main(), key);
    for (const key of ['PageUp', 'ArrowLeft', 'p']) press(main(), key);
    expect(actions.step.mock.calls).toEqual([[1], [1], [1], [1], [-1], [-1], [-1]]);
  });

  it('jumps to a numbered step, the first and the last', () => {
    press(main(), '3');
    press(main(), 'Home');
    press(main(), 'End');
    expect(actions.jump).toHaveBeenCalledWith(3);
    expect(actions.first).toHaveBeenCalledOnce();
    expect(actions.last).toHaveBeenCalledOnce();
  });

  it('blacks out with B or the full stop; Escape ends a blackout, then leaves', () => {
    press(main(), 'b');
    expect(presentation.blackout).toBe(true);
    const { handled } = press(main(), 'PageDown');
    expect(handled).toBe(true);
    expect(actions.step).not.toHaveBeenCalled();
    press(main(), 'Escape');
    expect(presentation.blackout).toBe(false);
    expect(actions.leave).not.toHaveBeenCalled();
    press(main(), '.');
    press(main(), '.');
    press(main(), 'Escape');
    expect(actions.leave).toHaveBeenCalledOnce();
    press(main(), 'f');
    expect(actions.fullScreen).toHaveBeenCalledOnce();
  });

  it('leaves Space to a button and every key to a text field', () => {
    expect(press(document.getElementById('button')!, ' ').handled).toBe(false);
    expect(press(document.getElementById('button')!, 'PageDown').handled).toBe(true);
    expect(press(document.getElementById('text')!, 'PageDown').handled).toBe(false);
    expect(press(main(), 'PageDown', { ctrlKey: true }).handled).toBe(false);
  });

  it("leaves the 3D view's arrows to it, and Escape to an open sheet", () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div id="view" role="application" tabindex="0"></div>',
    );
    expect(press(document.getElementById('view')!, 'ArrowLeft').handled).toBe(false);
    expect(press(document.getElementById('view')!, 'PageDown').handled).toBe(true);
    document.body.insertAdjacentHTML('beforeend', '<section data-node-sheet></section>');
    expect(press(main(), 'Escape').handled).toBe(false);
    expect(actions.leave).not.toHaveBeenCalled();
  });

  it('keeps the one-character keys off while the shortcuts are off', () => {
    app.shortcutsOn = false;
    expect(press(main(), 'b').handled).toBe(false);
    expect(press(main(), '2').handled).toBe(false);
    expect(press(main(), 'PageDown').handled).toBe(true);
    expect(press(main(), ' ').handled).toBe(true);
  });
});

describe('presentation steps', () => {
  it("moves through a story's steps and jumps to one, staying inside the story", () => {
    openStory('pain-brake', 1);
    presentStep(1);
    expect(app.storyStep).toBe(2);
    presentJump(4);
    expect(app.storyStep).toBe(4);
    presentJump(40);
    expect(app.storyStep).toBe(4);
    expect(presentPosition()).toEqual({ at: 4, of: 5, story: true });
  });

  it('waits behind a blackout, and knows when there is no step that way', () => {
    openStory('pain-brake', 1);
    expect(canStep(-1)).toBe(false);
    expect(canStep(1)).toBe(true);
    presentation.toggleBlackout();
    presentStep(1);
    presentJump(3);
    expect(app.storyStep).toBe(1);
    presentation.toggleBlackout();
    presentJump(5);
    expect(canStep(1)).toBe(false);
  });

  it('outside a story, moves the course clock to the next or previous whole week', () => {
    app.setCourseHours(6 * 168 + 30);
    presentStep(1);
    expect(app.courseHours).toBe(7 * 168);
    presentStep(-1);
    presentStep(-1);
    expect(app.courseHours).toBe(5 * 168);
    presentJump(12);
    expect(app.courseHours).toBe(12 * 168);
    expect(presentPosition()).toEqual({ at: 12, of: 12, story: false });
    presentJump(13);
    expect(app.courseHours).toBe(12 * 168);
  });
});

/** A pair of channel ends that deliver to each other, as two windows' BroadcastChannels do. */
function channelPair() {
  const ends = [0, 1].map(() => ({
    onmessage: null as ((event: MessageEvent) => void) | null,
    closed: false,
    postMessage(data: unknown) {
      const other = ends.find((end) => end !== this)!;
      other.onmessage?.({ data } as MessageEvent);
    },
    close() {
      this.closed = true;
    },
  }));
  return ends as unknown as [BroadcastChannel, BroadcastChannel];
}

describe('the speaker notes channel', () => {
  it('says where the talk is, answers a hello and moves when asked', () => {
    const [presenter, notes] = channelPair();
    const heard: PresentMessage[] = [];
    notes.onmessage = (event) => heard.push(event.data as PresentMessage);
    const moves = { step: vi.fn(), jump: vi.fn() };
    openStory('pain-brake', 2);
    const stop = startPresentSync(moves, presenter);
    flushSync();
    expect(heard.at(-1)).toMatchObject({
      kind: 'position',
      position: { story: 'pain-brake', step: 2 },
    });
    openStory('pain-brake', 3);
    flushSync();
    expect(heard.at(-1)).toMatchObject({ position: { step: 3 } });
    const count = heard.length;
    notes.postMessage({ kind: 'hello' } satisfies PresentMessage);
    expect(heard.length).toBe(count + 1);
    notes.postMessage({ kind: 'step', delta: 1 } satisfies PresentMessage);
    notes.postMessage({ kind: 'jump', step: 5 } satisfies PresentMessage);
    expect(moves.step).toHaveBeenCalledWith(1);
    expect(moves.jump).toHaveBeenCalledWith(5);
    stop();
    expect(heard.at(-1)).toEqual({ kind: 'bye' });
    expect((presenter as unknown as { closed: boolean }).closed).toBe(true);
  });
});

describe('the theme on the page', () => {
  it('puts the choice on <html>, and takes it off to follow the system', () => {
    showTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    showTheme(null);
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
