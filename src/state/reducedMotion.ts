// Follows the person's prefers-reduced-motion setting, live. jsdom and old browsers have no
// matchMedia: then motion is allowed (the animation loop itself does not run there).

/** Calls `onChange(reduced)` now and whenever the preference changes; returns the unsubscribe. */
export function watchReducedMotion(onChange: (reduced: boolean) => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') {
    onChange(false);
    return () => {};
  }
  const query = window.matchMedia('(prefers-reduced-motion: reduce)');
  onChange(query.matches);
  const listener = (event: MediaQueryListEvent) => onChange(event.matches);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
