// Follows the screen's pixel ratio: it changes without any resize when a window moves to a screen
// of another density or the page is zoomed, and whatever is drawn in device pixels (the 3D view's
// drawing buffer and its label pictures) has to be drawn again. Without matchMedia it never calls.

/** Calls `onRatio(ratio)` each time `devicePixelRatio` changes; returns the unsubscribe. */
export function watchPixelRatio(
  onRatio: (ratio: number) => void,
  view: Pick<Window, 'devicePixelRatio' | 'matchMedia'> | undefined = globalThis.window,
): () => void {
  if (view === undefined || typeof view.matchMedia !== 'function') return () => {};
  let query: MediaQueryList | null = null;
  const listen = () => {
    // A query for the ratio as it is now stops matching when it changes; then listen anew.
    query = view.matchMedia(`(resolution: ${view.devicePixelRatio}dppx)`);
    query.addEventListener('change', changed, { once: true });
  };
  const changed = () => {
    listen();
    onRatio(view.devicePixelRatio);
  };
  listen();
  return () => query?.removeEventListener('change', changed);
}
