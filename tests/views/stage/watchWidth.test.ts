// @vitest-environment jsdom
// watchWidth: reports the laid-out width at once and every positive width the observer sees,
// ignores zero (an element being hidden), reports nothing further once unsubscribed, and
// without ResizeObserver reports once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchWidth } from '../../../src/views/shared/watchWidth.ts';

afterEach(() => vi.unstubAllGlobals());

function elementOfWidth(px: number): HTMLElement {
  const element = document.createElement('div');
  Object.defineProperty(element, 'clientWidth', { value: px });
  return element;
}

describe('watchWidth', () => {
  it('reports the width now and as it changes, until unsubscribed', () => {
    let resize: (entries: { contentRect: { width: number } }[]) => void = () => {};
    let disconnected = false;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: typeof resize) {
          resize = callback;
        }
        observe() {}
        disconnect() {
          disconnected = true;
        }
      },
    );
    const widths: number[] = [];
    const stop = watchWidth(elementOfWidth(320), (px) => widths.push(px));
    resize([{ contentRect: { width: 640 } }]);
    resize([{ contentRect: { width: 0 } }]);
    stop();
    expect(widths).toEqual([320, 640]);
    expect(disconnected).toBe(true);
  });

  it('reports once where there is no ResizeObserver, and not at all before layout', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const widths: number[] = [];
    watchWidth(elementOfWidth(500), (px) => widths.push(px));
    watchWidth(elementOfWidth(0), (px) => widths.push(px));
    expect(widths).toEqual([500]);
  });
});
