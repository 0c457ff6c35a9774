// Runs an animation only when someone can see it: while the element is on screen
// (IntersectionObserver), as a task of the one frame scheduler (state/frames.ts), which also
// stops while the page is hidden and caps the frame delta. Without IntersectionObserver (jsdom,
// very old browsers) it does not animate at all; the views still show everything statically.
import { framesOf } from '../../state/frames.ts';

/**
 * Calls `frame(dtSeconds)` on each animation frame while `element` is visible; returns a
 * function that stops it and releases the observer.
 */
export function animateWhileVisible(
  element: Element,
  frame: (dtSeconds: number) => void,
): () => void {
  if (typeof IntersectionObserver === 'undefined' || typeof requestAnimationFrame !== 'function')
    return () => {};
  const frames = framesOf();
  let stop: (() => void) | null = null;
  const observer = new IntersectionObserver((entries) => {
    const onScreen = entries[entries.length - 1]?.isIntersecting ?? false;
    if (onScreen && stop === null)
      stop = frames.run((dtSeconds) => {
        frame(dtSeconds);
        return true;
      });
    else if (!onScreen && stop !== null) {
      stop();
      stop = null;
    }
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    stop?.();
    stop = null;
  };
}
