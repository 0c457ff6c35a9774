// Runs an animation only when someone can see it: while the element is on screen
// (IntersectionObserver) and the page is visible, with the frame delta capped so a stalled tab
// does not make particles jump. Without IntersectionObserver (jsdom, very old browsers) it does
// not animate at all; the views still show everything statically.

/** The longest step one frame may take, in seconds (threlte clamps it the same way). */
export const MAX_FRAME_SECONDS = 0.1;

/**
 * Calls `frame(dtSeconds)` on each animation frame while `element` is visible; returns a
 * function that stops it and releases the observers.
 */
export function animateWhileVisible(
  element: Element,
  frame: (dtSeconds: number) => void,
): () => void {
  if (typeof IntersectionObserver === 'undefined' || typeof requestAnimationFrame !== 'function')
    return () => {};
  let onScreen = false;
  let handle = 0;
  let lastMs = -1;

  const tick = (nowMs: number) => {
    handle = 0;
    const dtSeconds = lastMs < 0 ? 0 : Math.min((nowMs - lastMs) / 1000, MAX_FRAME_SECONDS);
    lastMs = nowMs;
    frame(dtSeconds);
    if (onScreen && document.visibilityState === 'visible') handle = requestAnimationFrame(tick);
  };
  const halt = () => {
    if (handle !== 0) cancelAnimationFrame(handle);
    handle = 0;
    lastMs = -1;
  };
  const update = () => {
    if (onScreen && document.visibilityState === 'visible') {
      if (handle === 0) handle = requestAnimationFrame(tick);
    } else halt();
  };

  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) onScreen = entry.isIntersecting;
    update();
  });
  observer.observe(element);
  document.addEventListener('visibilitychange', update);
  return () => {
    observer.disconnect();
    document.removeEventListener('visibilitychange', update);
    halt();
  };
}
