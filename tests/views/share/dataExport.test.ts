// The share dialog's files: the course as the command line's CSV and JSON (a header row of
// `timeHours` and the series ids, one row per output step), and the scenario as JSON that the
// model accepts and that gives back the same course. The link drops presentation, embed and
// handout, and keeps everything the picture needs.
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate, type Trajectory } from '../../../src/model/simulate.ts';
import { defaultTreatment, scenarioFromTreatment } from '../../../src/state/treatment.ts';
import { dataDownload } from '../../../src/views/share/dataExport.ts';
import { viewLink } from '../../../src/state/shareLink.ts';
import { decodeViewState } from '../../../src/state/url.ts';
import { defaultViewState } from '../../../src/state/viewState.ts';
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
    const json = JSON.parse(await blob.text()) as { timeHours: number[]; series: object };
    expect(json.timeHours.length).toBe(course.timeHours.length);
    expect(Object.keys(json.series)).toEqual(Object.keys(course.series));
  });

  it('writes the scenario so that the model gives back the same course', async () => {
    const { file, blob } = dataDownload('scenario', treatment, course);
    expect(file).toBe('painbrake-fibromyalgia-scenario.json');
    const again = simulate(JSON.parse(await blob.text()));
    expect(toCsv(again)).toBe(toCsv(course));
  });
});

describe('the link to a view', () => {
  it('keeps the view and leaves out presentation, embed, the handout and display settings', () => {
    const state = {
      ...defaultViewState(),
      treatment,
      present: true,
      embed: true,
      handout: true,
      theme: 'dark' as const,
      motion: 'off' as const,
      locale: 'es' as const,
    };
    const link = viewLink(state, 'https://example.org/painbrake/?old=1#notes');
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://example.org/painbrake/');
    expect(url.hash).toBe('');
    const decoded = decodeViewState(url.search);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.state).toEqual({
      ...state,
      present: false,
      embed: false,
      handout: false,
      theme: null,
      motion: null,
    });
  });

  it('is the bare address for the default view', () => {
    expect(viewLink(defaultViewState(), 'https://example.org/app/?dul=60')).toBe(
      'https://example.org/app/',
    );
  });
});
