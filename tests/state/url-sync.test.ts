// @vitest-environment jsdom
// URL sync: the URL's state is applied on start, ignored parts are named in a notice and
// dropped from the address bar, and later changes are written back (throttled, not per frame).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { app } from '../../src/state/app.svelte.ts';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { notices } from '../../src/state/notices.svelte.ts';
import {
  describeIgnored,
  initialLocale,
  shorten,
  startUrlSync,
} from '../../src/state/url-sync.svelte.ts';
import { decodeViewState, defaultViewState } from '../../src/state/url.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let stop = () => {};

beforeEach(async () => {
  app.apply(defaultViewState());
  await i18n.use('en', 'plain');
  notices.items = [];
});

afterEach(() => {
  stop();
  history.replaceState(null, '', '/');
});

describe('URL sync', () => {
  it('applies a shared link to the app and the wording', async () => {
    history.replaceState(
      null,
      '',
      '/#dul=60&dend=taper&dwk=9&t=1200&cu=session&node=pag&panel=effects&view=synapse&reg=technical&spd=2',
    );
    stop = startUrlSync(window);
    expect(app.treatment.duloxetine).toEqual({
      mg: 60,
      startAt30: true,
      ending: 'taper',
      endWeek: 9,
    });
    expect(app.courseHours).toBe(1200);
    expect(app.closeUpMode).toBe('session');
    expect(app.selectedNode).toBe('pag');
    expect(app.panel).toBe('effects');
    expect(app.view).toBe('synapse');
    expect(app.speed).toBe(2);
    // The wording switches once its text has loaded.
    await vi.waitFor(() => expect(i18n.register).toBe('technical'));
    expect(notices.items).toEqual([]);
  });

  it('says what it ignored in a dismissible notice and drops it from the address bar', () => {
    history.replaceState(null, '', '/?dul=75&ami=25&zoom=3');
    stop = startUrlSync(window);
    expect(app.treatment.amitriptyline.mg).toBe(25);
    expect(app.treatment.duloxetine.mg).toBe(0);
    expect(notices.items).toHaveLength(1);
    const text = notices.items[0]!.text;
    expect(text()).toContain('dul=75 (not one of 0, 30, 60, 120) and zoom=3');
    expect(text()).toContain('zoom=3 (not a setting this page knows)');
    expect(location.search).toBe('');
    expect(location.hash).toBe('#ami=25');
  });

  it('words the notice in the language chosen after it appeared', async () => {
    history.replaceState(null, '', '/?dul=75');
    stop = startUrlSync(window);
    expect(notices.items[0]!.text()).toMatch(/^Some settings in the link/);
    await i18n.use('es', 'plain');
    expect(notices.items[0]!.text()).toMatch(/^Algunos ajustes del enlace.*dul=75/);
    await i18n.use('en', 'plain');
  });

  it('writes changes back within a quarter of a second', async () => {
    history.replaceState(null, '', '/');
    stop = startUrlSync(window);
    app.treatment.duloxetine.mg = 30;
    app.setCourseHours(500);
    flushSync();
    await wait(300);
    // Moving the course clock to day 20 also moves the close-up into that day.
    expect(location.search).toBe('');
    expect(location.hash).toBe('#dul=30&t=500&cut=480');
    expect(decodeViewState(location.hash.slice(1)).ignored).toEqual([]);
  });

  it('does not follow the clock while playing, and writes it on pause', async () => {
    history.replaceState(null, '', '/');
    stop = startUrlSync(window);
    app.playing = true;
    flushSync();
    await wait(300);
    for (let h = 1; h < 50; h++) {
      app.courseHours = h;
      flushSync();
    }
    await wait(100);
    expect(location.hash).toBe('');
    app.playing = false;
    flushSync();
    await wait(300);
    // The close-up cursor moves into the course clock's day (the state keeps it in its window).
    expect(location.hash).toBe('#t=49&cut=48');
  });

  it('shortens long lists of ignored settings, and the notice can show them all', () => {
    const query = Array.from({ length: 9 }, (_, i) => `k${i}=${'x'.repeat(60)}`).join('&');
    const { ignored } = decodeViewState(query);
    const text = describeIgnored(ignored);
    expect(text).toContain('and 3 more');
    expect(text).toContain('…');
    expect(text).not.toContain('x'.repeat(41));
    history.replaceState(null, '', `/#${query}`);
    stop = startUrlSync(window);
    const all = notices.items[0]!.details!();
    for (let i = 0; i < 9; i++) expect(all).toContain(`k${i}=`);
    expect(all).not.toContain('more');
  });

  it('shortens a long value without splitting a character', () => {
    // Emoji are two UTF-16 units each; a family emoji is several code points in one character.
    const long = '😀'.repeat(39) + '👨‍👩‍👧' + 'tail';
    const short = shorten(long);
    expect(short).toBe(`${'😀'.repeat(39)}…`);
    expect(shorten('😀'.repeat(38) + '👨‍👩‍👧' + 'tail')).toBe(`${'😀'.repeat(38)}👨‍👩‍👧…`);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(short).not.toMatch(loneSurrogate);
    expect(shorten('short')).toBe('short');
  });

  it('names a close-up time that was moved to fit, in its own notice', () => {
    history.replaceState(null, '', '/#t=0&cut=2000&cua=1&dul=60');
    stop = startUrlSync(window);
    expect(app.closeUpHours).toBe(0);
    expect(app.now).toBe(0);
    expect(notices.items).toHaveLength(1);
    expect(notices.items[0]!.text()).toMatch(/did not fit.*cut=2000 \(moved to week 0, day 1/);
    expect(location.hash).toBe('#dul=60&t=0&cut=0&cua=1');
  });

  it('reads an older link from the query string and moves it after "#"', () => {
    history.replaceState(null, '', '/?dul=60&c=fibromyalgia');
    stop = startUrlSync(window);
    expect(app.treatment.duloxetine.mg).toBe(60);
    expect(app.treatment.condition).toBe('fibromyalgia');
    expect(notices.items).toEqual([]);
    expect(location.search).toBe('');
    expect(location.hash).toBe('#c=fibromyalgia&dul=60');
  });

  it('applies a fragment followed later, and keeps the state when the skip link is used', async () => {
    history.replaceState(null, '', '/#dul=60');
    stop = startUrlSync(window);
    location.hash = '#ami=25';
    await vi.waitFor(() => expect(app.treatment.amitriptyline.mg).toBe(25));
    expect(app.treatment.duloxetine.mg).toBe(0);
    location.hash = '#stage';
    await vi.waitFor(() => expect(location.hash).toBe('#ami=25'));
    expect(app.treatment.amitriptyline.mg).toBe(25);
  });

  it('starts in the language a link names, however its key is spelt', () => {
    history.replaceState(null, '', '/#l%61ng=es&dul=60');
    expect(initialLocale(window)).toBe('es');
    history.replaceState(null, '', '/?lang=zh-Hans');
    expect(initialLocale(window)).toBe('zh-Hans');
  });

  it('keeps a link followed while a write of the older state is waiting', async () => {
    history.replaceState(null, '', '/#dul=60');
    stop = startUrlSync(window);
    app.speed = 2;
    flushSync();
    // The fragment changes before its hashchange arrives; the waiting write comes in between.
    history.replaceState(null, '', '/#ami=25');
    await wait(300);
    expect(location.hash).toBe('#ami=25');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(app.treatment.amitriptyline.mg).toBe(25);
    expect(app.treatment.duloxetine.mg).toBe(0);
    expect(app.speed).toBe(1);
  });

  it('waits for edits that follow the next paint, so the address never shows half a change', async () => {
    history.replaceState(null, '', '/');
    stop = startUrlSync(window);
    app.selectedNode = 'pag';
    app.edit((treatment) => (treatment.duloxetine.mg = 60));
    flushSync();
    await wait(0);
    // The selection alone is not written while the treatment change waits.
    expect(location.hash).toBe('');
    await app.editsApplied();
    await vi.waitFor(() => expect(location.hash).toBe('#dul=60&node=pag'));
  });
});
