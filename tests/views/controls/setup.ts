// Shared set-up for the controls' component tests: jsdom has no ResizeObserver (Svelte's
// bind:clientWidth uses one), and every test starts from the default view.
import { app } from '../../../src/state/app.svelte.ts';
import { defaultViewState } from '../../../src/state/url.ts';

/** A ResizeObserver that never reports (sizes stay 0 in jsdom). */
class QuietResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

export function resetView(): void {
  globalThis.ResizeObserver ??= QuietResizeObserver as unknown as typeof ResizeObserver;
  app.apply(defaultViewState());
}
