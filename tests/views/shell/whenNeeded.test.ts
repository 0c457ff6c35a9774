// @vitest-environment jsdom
// whenNeeded: shows at once without IntersectionObserver or where its media query matches;
// otherwise when the part comes near the viewport or at the first key, tap or wheel anywhere,
// exactly once, and not after it is stopped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNeeded } from '../../../src/views/shell/whenNeeded.ts';

type Callback = (entries: { isIntersecting: boolean }[]) => void;

/** A stand-in IntersectionObserver that the test drives by hand. */
function stubObserver() {
  const observers: { callback: Callback; margin: string; disconnected: boolean }[] = [];
  class FakeObserver {
    private readonly record;
    constructor(callback: Callback, options: { rootMargin: string }) {
      this.record = { callback, margin: options.rootMargin, disconnected: false };
      observers.push(this.record);
    }
    observe() {}
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return observers;
}

afterEach(() => vi.unstubAllGlobals());

describe('whenNeeded', () => {
  it('shows at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const show = vi.fn();
    whenNeeded(document.createElement('div'), show);
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('shows once the part comes near the viewport, and only once', () => {
    const observers = stubObserver();
    const show = vi.fn();
    whenNeeded(document.createElement('div'), show, { margin: '50% 0px' });
    expect(observers[0]!.margin).toBe('50% 0px');
    observers[0]!.callback([{ isIntersecting: false }]);
    expect(show).not.toHaveBeenCalled();
    observers[0]!.callback([{ isIntersecting: true }]);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(show).toHaveBeenCalledTimes(1);
    expect(observers[0]!.disconnected).toBe(true);
  });

  it.each(['keydown', 'pointerdown', 'wheel', 'touchstart'])('shows at the first %s', (type) => {
    stubObserver();
    const show = vi.fn();
    whenNeeded(document.createElement('div'), show);
    window.dispatchEvent(new Event(type));
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('shows at once where the eager media query matches, and not where it does not', () => {
    const observers = stubObserver();
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(min-width: 64rem)' }));
    const wide = vi.fn();
    whenNeeded(document.createElement('div'), wide, { eagerWhen: '(min-width: 64rem)' });
    expect(wide).toHaveBeenCalledTimes(1);
    expect(observers).toHaveLength(0);
    const narrow = vi.fn();
    whenNeeded(document.createElement('div'), narrow, { eagerWhen: '(min-width: 200rem)' });
    expect(narrow).not.toHaveBeenCalled();
    expect(observers).toHaveLength(1);
  });

  it('does nothing once stopped', () => {
    const observers = stubObserver();
    const show = vi.fn();
    const stop = whenNeeded(document.createElement('div'), show);
    stop();
    window.dispatchEvent(new Event('keydown'));
    expect(show).not.toHaveBeenCalled();
    expect(observers[0]!.disconnected).toBe(true);
  });
});
