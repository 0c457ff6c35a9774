// Pure helpers shared by the charts: down-sampling long series into per-column min/max envelopes
// (a 12-week hourly course has 2,017 points; a phone chart has ~300 pixels), y domains that do
// not blow a flat line up into a dramatic one, week ticks, and number formats. No DOM, no Svelte.
import { fixed, percent as percentText, signedPercent, upTo } from '../../../i18n/format.ts';
import type { SeriesId } from '../../../model/series.ts';
import type { Trajectory } from '../../../model/simulate.ts';

export const HOURS_PER_WEEK = 168;
/** Course charts draw one column per day, so a daily dosing cycle shows as a band. */
export const HOURS_PER_DAY = 24;

/** One drawing column: the range a series covers there and its mean. */
export interface EnvelopePoint {
  x: number;
  lo: number;
  hi: number;
  mid: number;
}

/**
 * Reduces a series to at most `columns` points, each the min, max and mean of the samples in its
 * slice of [fromX, toX]. Daily dosing cycles survive as a band (lo-hi) instead of aliasing, as
 * they would if every n-th point were drawn.
 */
export function envelope(
  xs: ArrayLike<number>,
  values: ArrayLike<number>,
  columns: number,
  fromX: number = xs[0] ?? 0,
  toX: number = xs[xs.length - 1] ?? 0,
): EnvelopePoint[] {
  const out: EnvelopePoint[] = [];
  const count = Math.min(xs.length, values.length);
  if (count === 0 || columns < 1) return out;
  const span = toX - fromX || 1;
  let bucket = -1;
  let lo = 0;
  let hi = 0;
  let sum = 0;
  let n = 0;
  let x = 0;
  const flush = () => {
    if (n > 0) out.push({ x, lo, hi, mid: sum / n });
  };
  for (let i = 0; i < count; i++) {
    const xi = xs[i]!;
    if (xi < fromX || xi > toX) continue;
    const value = values[i]!;
    if (!Number.isFinite(value)) continue;
    const b = Math.min(columns - 1, Math.floor(((xi - fromX) / span) * columns));
    if (b !== bucket) {
      flush();
      bucket = b;
      lo = value;
      hi = value;
      sum = 0;
      n = 0;
      x = fromX + ((b + 0.5) / columns) * span;
    }
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
    sum += value;
    n++;
    // Keep the ends exact so a line starts at the first sample and ends at the last.
    if (i === 0 || xi === fromX) x = xi;
    if (i === count - 1 || xi === toX) x = xi;
  }
  flush();
  return out;
}

/** The smallest and largest finite values of a series (NaN, NaN when there are none). */
export function extentOf(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [NaN, NaN];
}

/**
 * A y domain around some values that always contains `include` (e.g. the untreated level) and
 * spans at least `minSpan`, so a series that barely moves is drawn as barely moving.
 */
export function paddedDomain(
  extents: readonly (readonly [number, number])[],
  include: readonly number[],
  minSpan: number,
  padding = 0.1,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const [a, b] of extents) {
    if (Number.isFinite(a)) lo = Math.min(lo, a);
    if (Number.isFinite(b)) hi = Math.max(hi, b);
  }
  for (const v of include) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(lo <= hi)) return [0, 1];
  const span = Math.max(hi - lo, minSpan);
  const centre = (lo + hi) / 2;
  lo = Math.min(lo, centre - span / 2);
  hi = Math.max(hi, centre + span / 2);
  const pad = (hi - lo) * padding;
  return [lo - pad, hi + pad];
}

/** Week ticks (in hours) for a course of `hours`: every week when there is room, else every 2 or 4. */
export function weekTicks(hours: number, widthPx: number): number[] {
  const weeks = Math.floor(hours / HOURS_PER_WEEK);
  const pxPerWeek = widthPx / Math.max(1, weeks);
  const every = pxPerWeek >= 44 ? 1 : pxPerWeek >= 22 ? 2 : 4;
  const ticks: number[] = [];
  for (let w = 0; w <= weeks; w += every) ticks.push(w * HOURS_PER_WEEK);
  return ticks;
}

/** The series' value with the largest distance from `neutral` anywhere in it (0 when empty). */
export function largestDeviation(values: ArrayLike<number>, neutral: number): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const d = Math.abs(values[i]! - neutral);
    if (d > largest) largest = d;
  }
  return largest;
}

/** The index of the smallest and the largest value (first occurrence). */
export function argExtent(values: ArrayLike<number>): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i]! < values[min]!) min = i;
    if (values[i]! > values[max]!) max = i;
  }
  return { min, max };
}

const oneDecimal = (value: number) => fixed(value, 1);
const twoDecimals = (value: number) => fixed(value, 2);

/** 0.4152 -> "42" (a 0-1 fraction as a whole percentage, no sign). */
export const percentOf = (fraction: number): string => upTo(Math.round(fraction * 100), 0);

/** 1.38 -> "+38%", 0.62 -> "−38%", 1.0 -> "0%" (a level relative to untreated, in the
 * language's percent format). */
export function signedPercentChange(relative: number): string {
  const percent = Math.round((relative - 1) * 100);
  return percent === 0 ? percentText(0) : signedPercent(percent / 100);
}

/** A number with one decimal (3.73 -> "3.7"). */
export const oneDecimalOf = (value: number): string => oneDecimal(value);

/** A number with two decimals (0.6638 -> "0.66"). */
export const twoDecimalsOf = (value: number): string => twoDecimals(value);

/** A plasma level in ng/mL: one decimal below 10, whole numbers above. */
export const ngPerMlOf = (value: number): string =>
  value < 10 ? oneDecimal(value) : upTo(Math.round(value), 0);

/** Hours since the course began -> the week number shown on axes ("6", "6.5"). */
export const weekOf = (hours: number): string => {
  const weeks = hours / HOURS_PER_WEEK;
  return Number.isInteger(weeks) ? upTo(weeks, 0) : oneDecimal(weeks);
};

/** The course week a time falls in, counted as the clock does (week 0 is the first week). */
export const weekNumberOf = (hours: number): string => upTo(Math.floor(hours / HOURS_PER_WEEK), 0);

/** The numbers a one-sentence summary of a course series needs, formatted by `fmt`. */
export function seriesSummary(
  xs: ArrayLike<number>,
  values: ArrayLike<number>,
  fmt: (value: number) => string,
): { start: string; end: string; min: string; minWeek: string; max: string; maxWeek: string } {
  const n = values.length;
  if (n === 0) return { start: '', end: '', min: '', minWeek: '', max: '', maxWeek: '' };
  const { min, max } = argExtent(values);
  return {
    start: fmt(values[0]!),
    end: fmt(values[n - 1]!),
    min: fmt(values[min]!),
    minWeek: weekNumberOf(xs[min] ?? 0),
    max: fmt(values[max]!),
    maxWeek: weekNumberOf(xs[max] ?? 0),
  };
}

const NO_VALUES = new Float64Array(0);

/** A trajectory's series by id, or an empty series when it has none (e.g. an unknown node). */
export function seriesOf(trajectory: Trajectory, id: SeriesId): Float64Array {
  return trajectory.series[id] ?? NO_VALUES;
}
