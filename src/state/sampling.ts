// Reading a trajectory at any time: linear interpolation between output points.
import type { SeriesId } from '../model/series.ts';
import type { Trajectory } from '../model/simulate.ts';

/** The value of a series at `hours`, interpolated; clamped to the trajectory's ends. */
export function sampleAt(trajectory: Trajectory, id: SeriesId, hours: number): number {
  const values = trajectory.series[id];
  const times = trajectory.timeHours;
  if (values === undefined || times.length === 0) return NaN;
  const first = times[0]!;
  const step = times.length > 1 ? times[1]! - first : 1;
  const position = Math.min(Math.max((hours - first) / step, 0), times.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, times.length - 1);
  const fraction = position - below;
  return values[below]! * (1 - fraction) + values[above]! * fraction;
}
