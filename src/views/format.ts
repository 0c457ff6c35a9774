// Number formats shared by the views: fixed decimals and signed percentages, with a true minus
// sign (U+2212) as typeset text uses. Small enough not to need d3-format on the first screen.

const MINUS = '\u2212';

/** A number with a fixed count of decimals, e.g. fixed(-1.26, 1) = "−1.3". */
export function fixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  // "-0.0" reads oddly: a value that rounds to zero has no sign.
  return Number(text) === 0 ? text.replace('-', '') : text.replace('-', MINUS);
}

/** A fraction as a signed whole percentage: 0.38 -> "+38%", -0.42 -> "−42%", 0 -> "+0%". */
export function signedPercent(fraction: number): string {
  const percent = Math.round(fraction * 100);
  return `${percent < 0 ? MINUS : '+'}${Math.abs(percent)}%`;
}
