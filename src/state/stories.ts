// Guided stories in the app's state: a step's scene, opening a story at a step, moving between
// steps and leaving (the scene stays). Links: with a story open, the URL holds the story and the
// step, and only what differs from that step's scene (see url.ts).
import { stories, storyById } from '../data/storyCatalog.ts';
import type { Story } from '../data/schema.ts';
import { app } from './app.svelte.ts';
import { i18n } from '../i18n/i18n.svelte.ts';
import { decodeViewState, encodeViewState, type DecodedView } from './url.ts';
import type { ViewState } from './viewState.ts';

export { stories, storyById };

/** The state a story step opens: its scene on the defaults, with the story and step set. */
export function stepState(story: Story, step: number): ViewState {
  const { state } = decodeViewState(story.steps[step - 1]!.state);
  return { ...state, story: story.id, step };
}

/**
 * A link's state, story included: a known story and step are read first, and the link's other
 * keys on top of that step's scene. An unknown story or a step it does not have is ignored (and
 * listed), and the rest of the link is read as usual.
 */
export function decodeLink(query: string): DecodedView {
  const first = decodeViewState(query);
  const { state } = first;
  if (state.story === null) return first;
  const story = storyById(state.story);
  const value = (key: string) => new URLSearchParams(query).get(key) ?? '';
  if (story === undefined) {
    const ignored = first.ignored.concat({
      key: 'story',
      value: value('story'),
      reason: { kind: 'story', allowed: stories.map((s) => s.id) },
    });
    return { state: { ...state, story: null, step: 1 }, ignored, fitted: first.fitted };
  }
  if (state.step > story.steps.length) {
    const decoded = decodeViewState(query, stepState(story, 1));
    const ignored = decoded.ignored.concat({
      key: 'step',
      value: value('step'),
      reason: { kind: 'range', min: 1, max: story.steps.length },
    });
    return { state: { ...decoded.state, step: 1 }, ignored, fitted: decoded.fitted };
  }
  return decodeViewState(query, stepState(story, state.step));
}

/** The link for a state: relative to its story step's scene when a story is open. */
export function encodeLink(state: ViewState): string {
  const story = state.story === null ? undefined : storyById(state.story);
  return story === undefined
    ? encodeViewState({ ...state, story: null, step: 1 })
    : encodeViewState(state, stepState(story, state.step));
}

/**
 * Opens a story at a step (from 1): its scene replaces the picture; the person's settings stay.
 * `pressed`: a press moved to the step, so its new treatment follows after the next paint.
 */
export function openStory(id: string, step = 1, pressed = false): void {
  const story = storyById(id);
  if (story === undefined) return;
  const at = Math.min(Math.max(step, 1), story.steps.length);
  if (pressed) app.applySceneAfterPaint(stepState(story, at));
  else app.applyScene(stepState(story, at));
  app.story = story.id;
  app.storyStep = at;
}

/** The open story, or undefined. */
export const openStoryNow = (): Story | undefined =>
  app.story === null ? undefined : storyById(app.story);

/** Moves to the next (+1) or previous (-1) step; false when there is none that way. */
export function stepBy(delta: 1 | -1): boolean {
  const story = openStoryNow();
  if (story === undefined) return false;
  const next = app.storyStep + delta;
  if (next < 1 || next > story.steps.length) return false;
  openStory(story.id, next, true);
  return true;
}

/** Leaves the story where it stands: the picture stays as the last step left it. */
export function leaveStory(): void {
  app.story = null;
  app.storyStep = 1;
}

/** The link that opens a story at a step in the person's language and audience. */
export function storyLink(id: string, step = 1): string {
  const story = storyById(id);
  if (story === undefined) return '';
  const { audience, motion, speed, theme } = app;
  const settings = { locale: i18n.locale, audience, motion, speed, theme };
  return `#${encodeLink({ ...stepState(story, step), ...settings })}`;
}
