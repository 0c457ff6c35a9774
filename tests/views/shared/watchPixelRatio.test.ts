// The pixel-ratio watcher listens to a resolution query for the ratio as it is, reports the new
// ratio when that query stops matching, listens anew at the new ratio, and stops when told.
import { describe, expect, it } from 'vitest';
import { watchPixelRatio } from '../../../src/views/shared/watchPixelRatio.ts';

/** A window whose pixel ratio the test sets; `move(r)` fires the live query, as a browser does. */
function fakeWindow(ratio: number) {
  const queries: { media: string; listeners: Set<() => void> }[] = [];
  const view = {
    devicePixelRatio: ratio,
    matchMedia(media: string) {
      const listeners = new Set<() => void>();
      queries.push({ media, listeners });
      return {
        media,
        addEventListener: (_: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      } as unknown as MediaQueryList;
    },
  };
  const move = (next: number) => {
    view.devicePixelRatio = next;
    const live = queries.filter((q) => q.listeners.size > 0);
    for (const q of live)
      for (const listener of [...q.listeners]) {
        q.listeners.delete(listener);
        listener();
      }
  };
  return { view, queries, move };
}

describe('watchPixelRatio', () => {
  it('reports each new ratio and follows it', () => {
    const { view, queries, move } = fakeWindow(1);
    const seen: number[] = [];
    watchPixelRatio((r) => seen.push(r), view);
    expect(queries.map((q) => q.media)).toEqual(['(resolution: 1dppx)']);
    move(2);
    move(1.5);
    expect(seen).toEqual([2, 1.5]);
    expect(queries.map((q) => q.media)).toEqual([
      '(resolution: 1dppx)',
      '(resolution: 2dppx)',
      '(resolution: 1.5dppx)',
    ]);
  });

  it('stops reporting once unsubscribed', () => {
    const { view, move } = fakeWindow(2);
    const seen: number[] = [];
    const stop = watchPixelRatio((r) => seen.push(r), view);
    move(1);
    stop();
    move(3);
    expect(seen).toEqual([1]);
  });

  it('does nothing without matchMedia', () => {
    const seen: number[] = [];
    const stop = watchPixelRatio((r) => seen.push(r), { devicePixelRatio: 2 } as Window);
    stop();
    expect(seen).toEqual([]);
  });
});
