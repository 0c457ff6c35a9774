// The simulated-fMRI colour scale: a diverging, colour-blind-safe scale (ColorBrewer RdBu,
// reversed: blue for a fall, red for a rise, near-white for no change) over a symmetric range of
// BOLD change in percent. The legend shows the same stops with numeric ticks, so colour is never
// the only carrier of the value.
import { percent as formatPercent, signedPercent } from '../../i18n/format.ts';

/** ColorBrewer RdBu (7 classes), from the largest fall to the largest rise. */
export const BOLD_STOPS = [
  '#2166ac',
  '#67a9cf',
  '#d1e5f0',
  '#f7f7f7',
  '#fddbc7',
  '#ef8a62',
  '#b2182b',
] as const;

/** The scale's half-range in percent BOLD change; values beyond it take the end colours. */
export const BOLD_RANGE_PERCENT = 3;

/** Legend ticks (percent). */
export const BOLD_TICKS = [-3, -2, -1, 0, 1, 2, 3] as const;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A '#rrggbb' colour as 0-1 sRGB channels. */
export function rgbOfHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: ((value >> 16) & 255) / 255, g: ((value >> 8) & 255) / 255, b: (value & 255) / 255 };
}

const STOP_RGB: readonly Rgb[] = BOLD_STOPS.map(rgbOfHex);

/** Where a BOLD change falls on the scale, 0 (largest fall) to 1 (largest rise), clamped. */
export function boldPosition(percent: number): number {
  const position = (percent / BOLD_RANGE_PERCENT + 1) / 2;
  return Number.isFinite(position) ? Math.min(1, Math.max(0, position)) : 0.5;
}

/** The colour (0-1 sRGB) for a BOLD change in percent, written into `out` (no allocation). */
export function boldColour(percent: number, out: Rgb): Rgb {
  const scaled = boldPosition(percent) * (STOP_RGB.length - 1);
  const i = Math.min(Math.floor(scaled), STOP_RGB.length - 2);
  const s = scaled - i;
  const a = STOP_RGB[i]!;
  const b = STOP_RGB[i + 1]!;
  out.r = a.r + (b.r - a.r) * s;
  out.g = a.g + (b.g - a.g) * s;
  out.b = a.b + (b.b - a.b) * s;
  return out;
}

/** The legend's CSS gradient, left (fall) to right (rise). */
export function boldGradientCss(): string {
  const stops = BOLD_STOPS.map((hex, i) => `${hex} ${(i / (BOLD_STOPS.length - 1)) * 100}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** A legend tick: '−3%', '0%', '+2%' (in the language's percent format). */
export function formatTick(percent: number): string {
  return percent === 0 ? formatPercent(0) : signedPercent(percent / 100);
}

/** A signed percentage for labels: '+1.2%', '−0.4%', '0%' ('+1,2%' in pt-BR). */
export function formatBoldPercent(percent: number): string {
  const rounded = Math.round(percent * 10) / 10;
  if (rounded === 0) return formatPercent(0);
  return signedPercent(rounded / 100, 1);
}
