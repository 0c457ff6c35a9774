// The one frame scheduler: one animation-frame loop for every task, each task's own capped delta,
// the loop asleep when no task wants frames and while the page is hidden.
import { describe, expect, it } from 'vitest';
import { FrameScheduler, MAX_FRAME_SECONDS } from '../../src/state/frames.ts';
import { fakeWindow as windowByHand } from './fakeWindow.ts';

/** A scheduler on a window whose frames the test runs. */
function fakeWindow() {
  const screen = windowByHand();
  return Object.assign(screen, { scheduler: new FrameScheduler(screen.win) });
}

describe('the frame scheduler', () => {
  it('runs every task in one loop, each with its own delta, capped', () => {
    const w = fakeWindow();
    const a: number[] = [];
    const b: number[] = [];
    w.scheduler.run((dt) => (a.push(dt), true));
    w.frame(1000);
    w.scheduler.run((dt) => (b.push(dt), true));
    w.frame(1016);
    w.frame(2016);
    expect(a).toEqual([0, 0.016, MAX_FRAME_SECONDS]);
    expect(b).toEqual([0, MAX_FRAME_SECONDS]);
    expect(w.scheduler.size).toBe(2);
    expect(w.requests).toBe(4);
  });

  it('sleeps when no task wants a frame, and a stopped task gets no more', () => {
    const w = fakeWindow();
    let calls = 0;
    w.scheduler.run(() => ++calls < 2);
    w.frame(0);
    w.frame(16);
    expect(calls).toBe(2);
    expect(w.waiting).toBe(false);
    const stop = w.scheduler.run(() => true);
    expect(w.waiting).toBe(true);
    stop();
    stop();
    expect(w.waiting).toBe(false);
    expect(w.scheduler.size).toBe(0);
  });

  it('stops while the page is hidden and starts each task afresh when it shows', () => {
    const w = fakeWindow();
    const deltas: number[] = [];
    w.scheduler.run((dt) => (deltas.push(dt), true));
    w.frame(0);
    w.frame(50);
    w.setHidden(true);
    expect(w.waiting).toBe(false);
    w.setHidden(false);
    expect(w.waiting).toBe(true);
    w.frame(90_000);
    expect(deltas).toEqual([0, 0.05, 0]);
  });

  it('lets a task stop itself or another during a frame', () => {
    const w = fakeWindow();
    const order: string[] = [];
    let stopB = () => {};
    const stopA = w.scheduler.run(() => {
      order.push('a');
      stopB();
      stopA();
      return true;
    });
    stopB = w.scheduler.run(() => (order.push('b'), true));
    w.frame(0);
    expect(order).toEqual(['a']);
    expect(w.scheduler.size).toBe(0);
    expect(w.waiting).toBe(false);
  });
});
