// Presentation mode and its speaker notes, in two windows of the same browser, kept in step over
// a BroadcastChannel, both ways. The presenting window says where the talk is (the story and
// step, the course day, the language and the audience) whenever that changes, and again when
// the notes window says hello (after opening or reloading); the notes window asks it to move a
// step or jump to one. Either window may reload: the presenting window speaks on start, the
// notes window says hello on start. Leaving presentation mode (or closing the window) says bye,
// and the notes wait for the presentation again.
import { app } from './app.svelte.ts';
import { i18n, type Locale } from '../i18n/i18n.svelte.ts';
import type { Audience } from './viewState.ts';

export const PRESENT_CHANNEL = 'painbrake-presentation';

/** Where the talk is, as the notes window needs it. */
export interface TalkPosition {
  story: string | null;
  step: number;
  /** The course day (0-83): the notes follow the course by the day, not every frame. */
  day: number;
  locale: Locale;
  audience: Audience;
}

export type PresentMessage =
  | { kind: 'hello' }
  | { kind: 'position'; position: TalkPosition }
  /** The presenting window left presentation mode (or closed). */
  | { kind: 'bye' }
  | { kind: 'step'; delta: 1 | -1 }
  | { kind: 'jump'; step: number };

/** The channel, or null where the browser has none (the notes then cannot follow). */
export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PRESENT_CHANNEL);
}

/** The talk's position now (reading it in an effect tracks it). */
export function talkPosition(): TalkPosition {
  return {
    story: app.story,
    step: app.storyStep,
    day: app.courseDay,
    locale: i18n.locale,
    audience: app.audience,
  };
}

export interface TalkMoves {
  step(delta: 1 | -1): void;
  jump(step: number): void;
}

/**
 * The presenting window's side: tells the channel where the talk is, and moves when the notes
 * ask. Returns a function that stops (call it from an effect's cleanup).
 */
export function startPresentSync(
  moves?: TalkMoves,
  channel: BroadcastChannel | null = openChannel(),
): () => void {
  if (channel === null) return () => undefined;
  const say = (position: TalkPosition) =>
    channel.postMessage({ kind: 'position', position } satisfies PresentMessage);
  const stopSaying = $effect.root(() => {
    $effect(() => say(talkPosition()));
  });
  channel.onmessage = (event: MessageEvent<PresentMessage>) => {
    const message = event.data;
    if (message.kind === 'hello') say(talkPosition());
    else if (message.kind === 'step') moves?.step(message.delta);
    else if (message.kind === 'jump') moves?.jump(message.step);
  };
  const bye = () => channel.postMessage({ kind: 'bye' } satisfies PresentMessage);
  addEventListener('pagehide', bye);
  return () => {
    removeEventListener('pagehide', bye);
    stopSaying();
    bye();
    channel.close();
  };
}
