// Keeps the address bar and the app in step. On start the URL's state is applied to the app (and
// anything that could not be used is named in a notice); after that every change is written
// back with history.replaceState, at most every 250 ms, and while the course plays at most once
// a second, so a reload or a shared link restores the same view.
import { closestLocale, t, type Locale } from '../i18n/i18n.svelte.ts';
import { listOf } from '../i18n/format.ts';
import type { Register } from '../i18n/message.ts';
import { app } from './app.svelte.ts';
import { notices } from './notices.svelte.ts';
import { decodeViewState, type IgnoredReason, type IgnoredSetting } from './url.ts';
import { decodeLink, encodeLink } from './stories.ts';
import { registerOf } from './viewState.ts';

const WRITE_INTERVAL_MS = 250;
const PLAYING_INTERVAL_MS = 1000;
const SHOWN_ITEMS = 6;
const SHOWN_CHOICES = 8;
const SHOWN_CHARACTERS = 40;

/** The language to start in: the link's `lang`, else the closest to the browser's languages. */
export function initialLocale(win: Window = window): Locale {
  return /[?&]lang=/.test(win.location.search)
    ? decodeViewState(win.location.search).state.locale
    : closestLocale(win.navigator.languages ?? [win.navigator.language]);
}

/** The wording to start in: the one of the link's audience (`aud`, or an older link's `reg`). */
export function initialRegister(win: Window = window): Register {
  return registerOf(decodeViewState(win.location.search).state.audience);
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
    case 'story':
      return t('url.reason.story');
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
  const { state, ignored } = decodeLink(win.location.search);
  state.locale = initialLocale(win);
  app.apply(state);
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
  if (ignored.length > 0) writeUrl(encodeLink(state));

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
    writer.dispose();
  };
}
