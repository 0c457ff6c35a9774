// Follows an element's width in CSS pixels, live: the stage and the synapse close-up size their
// text and marks from it. Without ResizeObserver (jsdom, old browsers) it reports once.

/** Calls `onWidth(px)` now (if laid out) and whenever the width changes; returns the unsubscribe. */
export function watchWidth(element: HTMLElement, onWidth: (px: number) => void): () => void {
  if (element.clientWidth > 0) onWidth(element.clientWidth);
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver((entries) => {
    const width = entries[0]?.contentRect.width ?? 0;
    if (width > 0) onWidth(width);
  });
  observer.observe(element);
  return () => observer.disconnect();
}
