// A trajectory as text, in the command line's two formats: JSON ({ timeHours, series }) and CSV
// (a header row of series ids after `timeHours`, then one row per output step). The command line
// (`npm run simulate`) and the app's "Download data" write the same files.
import type { Trajectory } from './simulate.ts';

/** Formats a number compactly (6 significant digits is far beyond the model's accuracy). */
const compact = (x: number) => Number(x.toPrecision(6));

/** The trajectory as JSON: { timeHours: [...], series: { <series id>: [...] } }. */
export function toJson(trajectory: Trajectory): string {
  const series: Record<string, number[]> = {};
  for (const [id, values] of Object.entries(trajectory.series))
    series[id] = Array.from(values, compact);
  return JSON.stringify({ timeHours: Array.from(trajectory.timeHours, compact), series });
}

/** The trajectory as CSV: a header of `timeHours` and the series ids, then a row per step. */
export function toCsv(trajectory: Trajectory): string {
  const ids = Object.keys(trajectory.series) as (keyof Trajectory['series'])[];
  const lines = [['timeHours', ...ids].join(',')];
  trajectory.timeHours.forEach((hours, k) => {
    lines.push([compact(hours), ...ids.map((id) => compact(trajectory.series[id]![k]!))].join(','));
  });
  return lines.join('\n') + '\n';
}
