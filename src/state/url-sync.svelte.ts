// Keeps the address bar and the app in step. On start the address's state is applied to the app
// (and anything that could not be used is named in a notice); after that every change is written
// back after "#" with history.replaceState, at most every 250 ms, and while the course plays at
// most once a second, so a reload or a shared link restores the same view. An older link's query
// string is read and rewritten at once (see address.ts); a fragment typed or followed later is
// applied like a new link.
import { closestLocale, t, type Locale } from '../i18n/i18n.svelte.ts';
import { inSentence, listOf } from '../i18n/format.ts';
import type { Register } from '../i18n/message.ts';
import { app } from './app.svelte.ts';
import { notices } from './notices.svelte.ts';
import {
  decodeViewState,
  type Fit,
  type FittedSetting,
  type IgnoredReason,
  type IgnoredSetting,
} from './url.ts';
import { describeTime } from './describe.ts';
import { decodeLink, encodeLink } from './stories.ts';
import { registerOf } from './viewState.ts';
import { namesKey, readAddress, stateAddress } from './address.ts';

const WRITE_INTERVAL_MS = 250;
const PLAYING_INTERVAL_MS = 1000;
const SHOWN_ITEMS = 6;
const SHOWN_CHOICES = 8;
const SHOWN_CHARACTERS = 40;

/** The language to start in: the link's `lang`, else the closest to the browser's languages. */
export function initialLocale(win: Window = window): Locale {
  const { query } = readAddress(win.location);
  return namesKey(query, 'lang')
    ? decodeViewState(query).state.locale
    : closestLocale(win.navigator.languages ?? [win.navigator.language]);
}

/** The wording to start in: the one of the link's audience (`aud`, or an older link's `reg`). */
export function initialRegister(win: Window = window): Register {
  return registerOf(decodeViewState(readAddress(win.location).query).state.audience);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** At most SHOWN_CHARACTERS characters as a reader counts them: never half of one. */
export function shorten(text: string): string {
  const parts = Array.from(graphemes.segment(text), (part) => part.segment);
  return parts.length <= SHOWN_CHARACTERS
    ? text
    : `${parts.slice(0, SHOWN_CHARACTERS - 1).join('')}…`;
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
    case 'story':
      return t('url.reason.story');
    case 'choice':
      return reason.allowed.length > SHOWN_CHOICES
        ? t('url.reason.unlisted')
        : t('url.reason.choice', { allowed: reason.allowed.join(', ') });
  }
}

function describeFit(fit: Fit): string {
  switch (fit.kind) {
    case 'closeUpTime':
      return t('url.fit.closeUpTime', { time: inSentence(describeTime(fit.hours)) });
    case 'cameraZoom':
      return t('url.fit.cameraZoom', { min: fit.minMm, max: fit.maxMm });
  }
}

const describeItem = (item: IgnoredSetting | FittedSetting) =>
  t('url.item', {
    key: shorten(item.key),
    value: shorten(item.value),
    reason: 'fit' in item ? describeFit(item.fit) : describeReason(item.reason),
  });

/**
 * "dul=75 (not one of 0, 30, 60, 120) and foo=1 (not a setting this page knows)": the first few,
 * then how many more (`all`: every one).
 */
export function describeIgnored(
  items: readonly (IgnoredSetting | FittedSetting)[],
  all = false,
): string {
  const shown = (all ? items : items.slice(0, SHOWN_ITEMS)).map(describeItem);
  if (shown.length < items.length) shown.push(t('url.more', { count: items.length - SHOWN_ITEMS }));
  return listOf(shown);
}

/** A notice naming `items`; one with more than fit in a line can be opened to show them all. */
function addNotice(
  key: 'notice.urlIgnored' | 'notice.urlFitted',
  items: readonly (IgnoredSetting | FittedSetting)[],
) {
  if (items.length === 0) return;
  // Worded when shown, so the notice follows a change of language.
  notices.add(
    () => t(key, { details: describeIgnored(items) }),
    items.length > SHOWN_ITEMS ? () => describeIgnored(items, true) : undefined,
  );
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
    const query = this.pending;
    this.pending = null;
    this.write(query);
    this.lastWriteMs = performance.now();
  }

  /** Keeps `query` waiting (a write that could not be made yet), unless a newer one came. */
  keep(query: string): void {
    this.pending ??= query;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Applies the address's state to the app; anything it could not use is named in a notice. */
function applyAddress(win: Window): boolean {
  const { query } = readAddress(win.location);
  const { state, ignored, fitted } = decodeLink(query);
  state.locale = initialLocale(win);
  app.apply(state);
  addNotice('notice.urlIgnored', ignored);
  addNotice('notice.urlFitted', fitted);
  return ignored.length + fitted.length > 0;
}

/** Applies the address to the app, then keeps the address in sync. Returns a stop function. */
export function startUrlSync(win: Window = window): () => void {
  const corrected = applyAddress(win);

  const address = () => `${win.location.pathname}${win.location.search}${win.location.hash}`;
  /** The address as this sync last wrote or applied it. */
  let known = address();
  const writeUrl = (query: string) => {
    const url = stateAddress(win.location.pathname, query);
    if (url !== address()) win.history.replaceState(win.history.state, '', url);
    known = address();
  };
  // A waiting write is dropped when the address changed meanwhile (a link followed, a fragment
  // typed): the hashchange that follows applies it, and a write of the older state in between
  // would put that back in its place. While edits wait for the next paint (a press, a story
  // step), the write waits for them, so the address never shows half of a change.
  const writer: ThrottledWriter = new ThrottledWriter((query) => {
    if (app.editing) {
      writer.keep(query);
      void app.editsApplied().then(() => writer.flush());
      return;
    }
    if (address() === known) writeUrl(query);
  });
  // A link that needed correcting, or an older one with its state in the query string, is
  // rewritten at once, so what the bar shows is what is used and the state stays after "#".
  if (corrected || readAddress(win.location).old) writeUrl(encodeLink(app.viewState()));

  // A fragment typed into the bar or followed from a link: an in-page anchor (the skip link)
  // keeps the view's state in the bar; anything else is a new state.
  const onHashChange = () => {
    if (readAddress(win.location).anchor) {
      writeUrl(encodeLink(app.viewState()));
      return;
    }
    const fitted = applyAddress(win);
    known = address();
    if (fitted) writeUrl(encodeLink(app.viewState()));
  };
  win.addEventListener('hashchange', onHashChange);

  const stopEffects = $effect.root(() => {
    $effect(() => {
      if (!app.playing) {
        writer.request(encodeLink(app.viewState()), WRITE_INTERVAL_MS);
        return;
      }
      // While playing, the clock moves every frame: read the state without tracking the clock
      // and write it on a slow timer instead; pausing re-runs this effect and writes at once.
      writer.request(encodeLink(app.viewState(false)), PLAYING_INTERVAL_MS);
      const timer = setInterval(
        () => writer.request(encodeLink(app.viewState()), PLAYING_INTERVAL_MS),
        PLAYING_INTERVAL_MS,
      );
      return () => clearInterval(timer);
    });
  });

  return () => {
    stopEffects();
    win.removeEventListener('hashchange', onHashChange);
    writer.dispose();
  };
}
