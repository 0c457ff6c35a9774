// Text sizes for the drawings, in screen pixels: the smallest a label may be, the close-ups'
// labels by drawing width, and a first guess at the centre column's width before it is measured.

export const MIN_TEXT_PX = 12.5;

/**
 * Text and marks of the close-up drawings are sized in screen pixels and converted to viewBox
 * units, so a label stays at least 12 px high on a phone and grows to about 19 px on a projector.
 */
export function textPixels(widthPx: number): number {
  return Math.min(19, Math.max(MIN_TEXT_PX, widthPx / 60));
}

/**
 * A first guess at the centre column's width before it can be measured (the explorer's grid:
 * one column under 48rem, with a thinner margin under 24rem; a 17rem column for the treatments
 * up to 80rem; side columns of 16rem + 23rem, then 20rem + 30rem from 110rem).
 */
export function guessCentreWidthPx(): number {
  if (typeof window === 'undefined') return 1000;
  const viewport = window.innerWidth;
  if (viewport >= 1760) return viewport - 864;
  if (viewport >= 1280) return viewport - 720;
  if (viewport >= 768) return viewport - 320;
  return viewport < 384 ? viewport - 16 : viewport - 32;
}
