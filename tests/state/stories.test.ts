// Guided stories in the app's state: the eight stories the product names, each step's words in
// every language and register and its speaker notes in every language, its scene as a link (and a link back to it), opening a story at a
// step, moving between steps and leaving it where it stands.
import { beforeEach, describe, expect, it } from 'vitest';
import { app } from '../../src/state/app.svelte.ts';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import {
  decodeLink,
  encodeLink,
  leaveStory,
  openStory,
  stepBy,
  stepState,
  stories,
  storyById,
} from '../../src/state/stories.ts';
import { decodeViewState, defaultViewState } from '../../src/state/url.ts';
import { readLocale, SOURCE_LOCALE, TRANSLATED_LOCALES } from '../../scripts/messages/catalogue.ts';

beforeEach(() => {
  app.apply(defaultViewState());
});

describe('the stories', () => {
  it('include the eight the product names, in order, each with at least two steps', () => {
    expect(stories.map((s) => s.id)).toEqual([
      'pain-brake',
      'duloxetine-weeks',
      'amitriptyline-night',
      'needles-opioids',
      'sham-placebo',
      'ssri',
      'stopping-duloxetine',
      'brain-networks',
    ]);
    for (const story of stories) expect(story.steps.length).toBeGreaterThanOrEqual(2);
  });

  it("have a title and every step's words in every language, in both registers", () => {
    for (const locale of [SOURCE_LOCALE, ...TRANSLATED_LOCALES]) {
      const files = readLocale(locale);
      const common = files['common']!;
      const words = files['stories']!;
      for (const story of stories) {
        expect(typeof common[`story.${story.id}.title`], `${locale} ${story.id}`).toBe('string');
        for (const step of story.steps) {
          const text = words[`story.${story.id}.${step.id}.text`];
          expect(text, `${locale} ${story.id}.${step.id}`).toMatchObject({
            plain: expect.any(String),
            technical: expect.any(String),
          });
        }
      }
      // No words for steps that do not exist.
      const known = new Set(
        stories.flatMap((s) => s.steps.map((step) => `story.${s.id}.${step.id}.`)),
      );
      for (const key of Object.keys(words))
        expect(known.has(key.replace(/(text|clinician)$/, '')), `${locale} ${key}`).toBe(true);
    }
  });

  it('carry speaker notes for every step in every language, and none for steps they lack', () => {
    const keys = stories.flatMap((s) => s.steps.map((step) => `story.${s.id}.${step.id}.notes`));
    for (const locale of [SOURCE_LOCALE, ...TRANSLATED_LOCALES]) {
      const notes = readLocale(locale)['notes']!;
      for (const key of keys) expect(notes[key], `${locale} ${key}`).toEqual(expect.any(String));
      expect(Object.keys(notes).sort(), locale).toEqual([...keys].sort());
    }
  });

  it('give clinicians a note on most steps', () => {
    const english = readLocale('en')['stories']!;
    const steps = stories.flatMap((s) => s.steps.map((step) => `story.${s.id}.${step.id}`));
    const withNote = steps.filter((key) => english[`${key}.clinician`] !== undefined);
    expect(withNote.length / steps.length).toBeGreaterThan(0.5);
  });
});

describe('story links', () => {
  const ssri = storyById('ssri')!;

  it("open a step as its scene, with the link's other keys on top", () => {
    const { state, ignored } = decodeLink('?story=ssri&step=3&lang=es&node=pag');
    expect(ignored).toEqual([]);
    expect(state.story).toBe('ssri');
    expect(state.step).toBe(3);
    expect(state.treatment.duloxetine.mg).toBe(60);
    expect(state.view).toBe('synapse');
    expect(state.locale).toBe('es');
    expect(state.selectedNode).toBe('pag');
  });

  it("are the story and step alone when the picture is the step's", () => {
    expect(encodeLink(stepState(ssri, 2))).toBe('story=ssri&step=2');
    const changed = stepState(ssri, 2);
    changed.treatment.sertraline.mg = 0;
    changed.audience = 'clinician';
    const query = encodeLink(changed);
    expect(query).toBe('ser=0&aud=clinician&story=ssri&step=2');
    expect(decodeLink(query).state).toEqual(changed);
  });

  it('read every step back exactly', () => {
    for (const story of stories)
      story.steps.forEach((_, i) => {
        const state = stepState(story, i + 1);
        expect(decodeLink(encodeLink(state))).toEqual({ state, ignored: [], fitted: [] });
      });
  });

  it('name an unknown story or a step the story does not have, and keep the rest', () => {
    const unknown = decodeLink('story=tea&dul=60');
    expect(unknown.state.story).toBeNull();
    expect(unknown.state.treatment.duloxetine.mg).toBe(60);
    expect(unknown.ignored).toEqual([
      { key: 'story', value: 'tea', reason: { kind: 'story', allowed: stories.map((s) => s.id) } },
    ]);
    const late = decodeLink('story=ssri&step=9');
    expect(late.state).toMatchObject({ story: 'ssri', step: 1 });
    expect(late.ignored).toEqual([
      { key: 'step', value: '9', reason: { kind: 'range', min: 1, max: ssri.steps.length } },
    ]);
  });

  it('without a story are the plain view state', () => {
    expect(encodeLink(decodeViewState('dul=60').state)).toBe('dul=60');
  });
});

describe('playing a story', () => {
  it("opens at a step, moves by one and stops at the ends, keeping the person's settings", async () => {
    await i18n.use('en', 'technical');
    app.audience = 'student';
    app.speed = 7;
    app.motion = 'off';
    openStory('duloxetine-weeks');
    expect(app.story).toBe('duloxetine-weeks');
    expect(app.storyStep).toBe(1);
    expect(app.view).toBe('synapse');
    expect(app.treatment.condition).toBe('diabetic-neuropathy');
    expect(stepBy(-1)).toBe(false);
    expect(stepBy(1)).toBe(true);
    expect(app.storyStep).toBe(2);
    expect(app.view).toBe('stage');
    expect(app.highlight).toEqual(['lc', 'dh-projection']);
    expect(stepBy(1) && stepBy(1)).toBe(true);
    expect(stepBy(1)).toBe(false);
    expect(app.storyStep).toBe(4);
    expect({ audience: app.audience, speed: app.speed, motion: app.motion }).toEqual({
      audience: 'student',
      speed: 7,
      motion: 'off',
    });
    await i18n.use('en', 'plain');
  });

  it('leaves where it stands: the picture stays, the highlight goes', () => {
    openStory('ssri', 3);
    leaveStory();
    expect(app.story).toBeNull();
    expect(app.highlight).toEqual([]);
    expect(app.treatment.duloxetine.mg).toBe(60);
    expect(app.view).toBe('synapse');
  });

  it('a pressed step shows at once and brings its treatment after the next paint', async () => {
    const story = storyById('stopping-duloxetine')!;
    // The step where duloxetine stops: its treatment differs from the step before.
    const changes = story.steps.findIndex(
      (_, i) =>
        i > 0 &&
        JSON.stringify(stepState(story, i + 1).treatment) !==
          JSON.stringify(stepState(story, i).treatment),
    );
    expect(changes).toBeGreaterThan(0);
    openStory(story.id, changes);
    const before = JSON.stringify(app.treatment);
    expect(stepBy(1)).toBe(true);
    expect(app.storyStep).toBe(changes + 1);
    expect(app.courseHours).toBe(stepState(story, changes + 1).courseHours);
    expect(JSON.stringify(app.treatment)).toBe(before);
    await app.editsApplied();
    expect(JSON.stringify(app.treatment)).toBe(
      JSON.stringify(stepState(story, changes + 1).treatment),
    );
  });

  it('stops playback when a step opens', () => {
    app.playing = true;
    openStory('pain-brake', 2);
    expect(app.playing).toBe(false);
    expect(app.selectedNode).toBe('pag');
  });
});
