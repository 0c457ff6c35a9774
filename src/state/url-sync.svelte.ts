// Keeps the address bar and the app in step. On start the URL's state is applied to the app (and
// anything that could not be used is named in a notice); after that every change is written
// back with history.replaceState, at most every 250 ms, and while the course plays at most once
// a second, so a reload or a shared link restores the same view.
import { untrack } from 'svelte';
import { closestLocale, i18n, t, type Locale } from '../i18n/i18n.svelte.ts';
import { listOf } from '../i18n/format.ts';
import type { Register } from '../i18n/message.ts';
import { app } from './app.svelte.ts';
import { notices } from './notices.svelte.ts';
import {
  decodeViewState,
  encodeViewState,
  type IgnoredReason,
  type IgnoredSetting,
  type ViewState,
} from './url.ts';

const WRITE_INTERVAL_MS = 250;
const PLAYING_INTERVAL_MS = 1000;
const SHOWN_ITEMS = 6;
const SHOWN_CHOICES = 8;
const SHOWN_CHARACTERS = 40;

/**
 * The app's current view state. Inside an effect this tracks every field, or every field but
 * the two clock positions when `trackClocks` is false (they move on every frame of playback).
 */
export function viewStateOfApp(trackClocks = true): ViewState {
  const clocks = () => ({ courseHours: app.courseHours, closeUpHours: app.closeUpHours });
  const { courseHours, closeUpHours } = trackClocks ? clocks() : untrack(clocks);
  const { acupuncture, amitriptyline, duloxetine, sertraline, condition, placebo, person } =
    app.treatment;
  return {
    treatment: {
      condition,
      acupuncture: {
        mode: acupuncture.mode,
        perWeek: acupuncture.perWeek,
        minutes: acupuncture.minutes,
      },
      amitriptyline: { mg: amitriptyline.mg },
      duloxetine: {
        mg: duloxetine.mg,
        startAt30: duloxetine.startAt30,
        ending: duloxetine.ending,
        endWeek: duloxetine.endWeek,
      },
      sertraline: { mg: sertraline.mg },
      placebo,
      person: {
        olderAdult: person.olderAdult,
        smoker: person.smoker,
        liver: person.liver,
        kidney: person.kidney,
        cyp2d6: person.cyp2d6,
      },
    },
    courseHours,
    closeUpMode: app.closeUpMode,
    closeUpHours,
    closeUpActive: app.closeUpActive,
    selectedNode: app.selectedNode,
    panel: app.panel,
    view: app.view,
    camera: app.camera,
    register: i18n.register,
    locale: i18n.locale,
    speed: app.speed,
    motion: app.motion,
  };
}

/** Puts a decoded state into the app (stopped, so the view is exactly the one described). */
export function applyViewState(state: ViewState): void {
  app.playing = false;
  app.treatment = structuredClone(state.treatment);
  app.courseHours = state.courseHours;
  app.closeUpMode = state.closeUpMode;
  app.closeUpHours = state.closeUpHours;
  app.closeUpActive = state.closeUpActive;
  app.selectedNode = state.selectedNode;
  app.panel = state.panel;
  app.view = state.view;
  app.camera = state.camera;
  app.speed = state.speed;
  app.motion = state.motion;
  if (i18n.locale !== state.locale || i18n.register !== state.register)
    void i18n.use(state.locale, state.register);
}

/** The language to start in: the link's `lang`, else the closest to the browser's languages. */
export function initialLocale(win: Window = window): Locale {
  return /[?&]lang=/.test(win.location.search)
    ? decodeViewState(win.location.search).state.locale
    : closestLocale(win.navigator.languages ?? [win.navigator.language]);
}

/** The wording to start in: the link's `reg`, else plain. */
export function initialRegister(win: Window = window): Register {
  return decodeViewState(win.location.search).state.register;
}

function shorten(text: string): string {
  return text.length <= SHOWN_CHARACTERS ? text : `${text.slice(0, SHOWN_CHARACTERS - 1)}…`;
}

function describeReason(reason: IgnoredReason): string {
  switch (reason.kind) {
    case 'unknown':
      return t('url.reason.unknown');
    case 'repeated':
      return t('url.reason.repeated');
    case 'range':
      return t('url.reason.range', { min: reason.min, max: reason.max });
    case 'camera':
      return t('url.reason.camera');
    case 'choice':
      return reason.allowed.length > SHOWN_CHOICES
        ? t('url.reason.unlisted')
        : t('url.reason.choice', { allowed: reason.allowed.join(', ') });
  }
}

/** "dul=75 (not one of 0, 30, 60, 120); foo=1 (not a setting this page knows)". */
export function describeIgnored(items: readonly IgnoredSetting[]): string {
  const shown = items.slice(0, SHOWN_ITEMS).map((item) =>
    t('url.item', {
      key: shorten(item.key),
      value: shorten(item.value),
      reason: describeReason(item.reason),
    }),
  );
  if (items.length > SHOWN_ITEMS) shown.push(t('url.more', { count: items.length - SHOWN_ITEMS }));
  return listOf(shown);
}

/** Writes the latest requested query no more often than the interval allows. */
class ThrottledWriter {
  private pending: string | null = null;
  private lastWriteMs = -Infinity;
  private dueMs = Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly write: (query: string) => void) {}

  /** Asks for `query` to be written; a shorter interval brings a waiting write forward. */
  request(query: string, intervalMs: number): void {
    this.pending = query;
    const dueMs = Math.max(performance.now(), this.lastWriteMs + intervalMs);
    if (this.timer !== undefined && dueMs >= this.dueMs) return;
    clearTimeout(this.timer);
    this.dueMs = dueMs;
    this.timer = setTimeout(() => this.flush(), dueMs - performance.now());
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dueMs = Infinity;
    if (this.pending === null) return;
    this.write(this.pending);
    this.pending = null;
    this.lastWriteMs = performance.now();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Applies the URL to the app, then keeps the URL in sync. Returns a function that stops it. */
export function startUrlSync(win: Window = window): () => void {
  const { state, ignored } = decodeViewState(win.location.search);
  state.locale = initialLocale(win);
  applyViewState(state);
  if (ignored.length > 0)
    // Worded when shown, so the notice follows a change of language.
    notices.add(() => t('notice.urlIgnored', { details: describeIgnored(ignored) }));

  const writeUrl = (query: string) => {
    const search = query === '' ? '' : `?${query}`;
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    win.history.replaceState(win.history.state, '', url);
  };
  const writer = new ThrottledWriter(writeUrl);
  // A link that needed correcting is rewritten at once, so what the bar shows is what is used.
  if (ignored.length > 0) writeUrl(encodeViewState(state));

  const stopEffects = $effect.root(() => {
    $effect(() => {
      if (!app.playing) {
        writer.request(encodeViewState(viewStateOfApp()), WRITE_INTERVAL_MS);
        return;
      }
      // While playing, the clock moves every frame: read the state without tracking the clock
      // and write it on a slow timer instead; pausing re-runs this effect and writes at once.
      writer.request(encodeViewState(viewStateOfApp(false)), PLAYING_INTERVAL_MS);
      const timer = setInterval(
        () => writer.request(encodeViewState(viewStateOfApp()), PLAYING_INTERVAL_MS),
        PLAYING_INTERVAL_MS,
      );
      return () => clearInterval(timer);
    });
  });

  return () => {
    stopEffects();
    writer.dispose();
  };
}
