// Test helpers for the panel and chart components under jsdom: a ResizeObserver stand-in (jsdom
// has none; Svelte's bind:clientWidth needs one) and a reset of the shared app state.
import { flushSync } from 'svelte';
import { app } from '../../../src/state/app.svelte.ts';
import { defaultTreatment, type Treatment } from '../../../src/state/treatment.ts';
import { defaultViewState } from '../../../src/state/viewState.ts';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

/** Puts the app in a known state: a treatment (defaults changed by `change`) at week 6, day 1. */
export function resetApp(change: (t: Treatment) => void = () => {}): void {
  const treatment = defaultTreatment();
  change(treatment);
  app.treatment = treatment;
  app.closeUpActive = false;
  app.setCourseHours(6 * 7 * 24 + 12);
  app.selectedNode = 'dh-projection';
  app.setAudience(defaultViewState().audience, false);
  flushSync();
}

/** Duloxetine 60 mg with electroacupuncture 2/100 Hz, the scenario the screenshots use. */
export const duloxetinePlusEa = (t: Treatment): void => {
  t.duloxetine.mg = 60;
  t.acupuncture.mode = 'ea-2-100hz';
};
