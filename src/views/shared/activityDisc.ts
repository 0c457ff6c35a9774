// A region's activity as a disc: its area follows the activity relative to untreated (the radius
// at 1 is the untreated size), clamped so a silenced or doubled region stays readable. The
// pathway's nodes and the phone's readings bar draw the same discs.

const LEAST_LEVEL = 0.15;
const MOST_LEVEL = 2.5;

/** The disc's radius for `level` (1 = untreated, drawn at `untreatedRadius`). */
export function activityRadius(untreatedRadius: number, level: number): number {
  const clamped = Math.min(Math.max(Number.isFinite(level) ? level : 1, LEAST_LEVEL), MOST_LEVEL);
  return untreatedRadius * Math.sqrt(clamped);
}
