// The share dialog's files: the course as the command line's CSV and JSON (a header row of
// `timeHours` and the series ids, one row per output step), and the scenario as JSON that the
// model accepts and that gives back the same course.
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate, type Trajectory } from '../../../src/model/simulate.ts';
import { defaultTreatment, scenarioFromTreatment } from '../../../src/state/treatment.ts';
import { dataDownload } from '../../../src/views/share/dataExport.ts';
import { toCsv } from '../../../src/model/seriesText.ts';

const treatment = defaultTreatment();
treatment.condition = 'fibromyalgia';
treatment.amitriptyline.mg = 25;
let course: Trajectory;

beforeAll(() => {
  course = simulate(scenarioFromTreatment(treatment));
}, 30_000);

describe('the data files', () => {
  it('writes the course as CSV: a header of series ids, one row per output step', async () => {
    const { file, blob } = dataDownload('csv', treatment, course);
    expect(file).toBe('painbrake-fibromyalgia.csv');
    expect(blob.type).toBe('text/csv');
    const lines = (await blob.text()).trimEnd().split('\n');
    expect(lines[0]).toBe(['timeHours', ...Object.keys(course.series)].join(','));
    expect(lines.length - 1).toBe(course.timeHours.length);
  });

  it('writes the course as JSON with the same numbers', async () => {
    const { file, blob } = dataDownload('json', treatment, course);
    expect(file).toBe('painbrake-fibromyalgia.json');
    const json = JSON.parse(await blob.text()) as {
      timeHours: number[];
      series: Record<string, number[]>;
    };
    expect(json.timeHours.length).toBe(course.timeHours.length);
    expect(Object.keys(json.series)).toEqual(Object.keys(course.series));
    // Six significant digits of every value.
    for (const [id, values] of Object.entries(course.series))
      values.forEach((value, k) =>
        expect(json.series[id]![k]).toBeCloseTo(
          value,
          Math.max(0, 5 - Math.floor(Math.log10(Math.abs(value) || 1))),
        ),
      );
  });

  it('writes the scenario so that the model gives back the same course', async () => {
    const { file, blob } = dataDownload('scenario', treatment, course);
    expect(file).toBe('painbrake-fibromyalgia-scenario.json');
    const again = simulate(JSON.parse(await blob.text()));
    expect(toCsv(again)).toBe(toCsv(course));
  });
});
