// The series the chart lanes draw, built from a trajectory: each knows its series id (to read its
// value at the cursor) and whether it is the untreated comparison. Pure (no Svelte, no app state).
import type { DrugId } from '../../data/schema.ts';
import type { SeriesId } from '../../model/series.ts';
import type { Trajectory } from '../../model/simulate.ts';
import type { ChartSeries } from '../shared/charts/LineChart.svelte';
import { seriesOf } from '../shared/charts/scales.ts';

export interface LaneSeries extends ChartSeries {
  seriesId: SeriesId;
  fromUntreated: boolean;
}

/** The untreated comparison is always a grey dashed line. */
export const UNTREATED_DASH = '6 4';

/** Each drug's line: colour and a dash pattern of its own, so the lines differ without colour. */
export const DRUG_STYLE: Record<DrugId, { colour: string; dash: string }> = {
  duloxetine: { colour: 'var(--drug-ink)', dash: '' },
  amitriptyline: { colour: 'var(--serotonin-ink)', dash: '7 3' },
  nortriptyline: { colour: 'var(--top-down-ink)', dash: '2 3' },
  sertraline: { colour: 'var(--ink-muted)', dash: '9 3 2 3' },
};

/** A series of the scenario's course. */
export function courseSeries(
  course: Trajectory,
  id: SeriesId,
  label: string,
  colour: string,
  dash = '',
  band = false,
): LaneSeries {
  return {
    id,
    seriesId: id,
    label,
    xs: course.timeHours,
    values: seriesOf(course, id),
    colour,
    dash,
    band,
    fromUntreated: false,
  };
}

/** The same series in the untreated condition, for comparison. */
export function untreatedSeries(untreated: Trajectory, id: SeriesId, label: string): LaneSeries {
  return {
    id: `untreated-${id}`,
    seriesId: id,
    label,
    xs: untreated.timeHours,
    values: seriesOf(untreated, id),
    colour: 'var(--ink-muted)',
    dash: UNTREATED_DASH,
    fromUntreated: true,
  };
}
