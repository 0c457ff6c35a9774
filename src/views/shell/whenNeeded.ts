// Calls `show` once a part of the page is needed: when it comes within a screen's height of the
// viewport, or at the person's first tap, click, key or wheel anywhere (so keyboard and
// screen-reader users never meet a part that is not there yet). Until then the browser spends no
// time building it: the first screen comes sooner on a phone. Where `eagerWhen` (a media query)
// matches, e.g. on a wide screen that shows the part beside the pathway, and without
// IntersectionObserver (jsdom, very old browsers), it shows at once. Returns a function that
// stops watching.
const FIRST_INPUT = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function whenNeeded(
  element: Element,
  show: () => void,
  options: { margin?: string; eagerWhen?: string } = {},
): () => void {
  const eager =
    options.eagerWhen !== undefined &&
    typeof matchMedia === 'function' &&
    matchMedia(options.eagerWhen).matches;
  if (eager || typeof IntersectionObserver === 'undefined') {
    show();
    return () => {};
  }
  let done = false;
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) showOnce();
    },
    { rootMargin: options.margin ?? '100% 0px' },
  );
  function stop() {
    observer.disconnect();
    for (const type of FIRST_INPUT) window.removeEventListener(type, showOnce, true);
  }
  function showOnce() {
    if (done) return;
    done = true;
    stop();
    show();
  }
  observer.observe(element);
  for (const type of FIRST_INPUT)
    window.addEventListener(type, showOnce, { capture: true, passive: true });
  return stop;
}
