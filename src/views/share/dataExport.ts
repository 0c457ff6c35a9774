// The "Download data" files: the simulated course in the command line's CSV and JSON, and the
// scenario itself as JSON that `npm run simulate` accepts (so a figure can be reproduced).
import { toCsv, toJson } from '../../model/seriesText.ts';
import type { Trajectory } from '../../model/simulate.ts';
import { scenarioFromTreatment, type Treatment } from '../../state/treatment.ts';

export type DataFile = 'csv' | 'json' | 'scenario';

export interface DataDownload {
  file: string;
  blob: Blob;
}

/** The file for one kind of download: `course` is the treatment's simulated course. */
export function dataDownload(
  kind: DataFile,
  treatment: Treatment,
  course: Trajectory,
): DataDownload {
  const name = `painbrake-${treatment.condition}`;
  switch (kind) {
    case 'csv':
      return { file: `${name}.csv`, blob: new Blob([toCsv(course)], { type: 'text/csv' }) };
    case 'json':
      return {
        file: `${name}.json`,
        blob: new Blob([toJson(course)], { type: 'application/json' }),
      };
    case 'scenario':
      return {
        file: `${name}-scenario.json`,
        blob: new Blob([JSON.stringify(scenarioFromTreatment(treatment), null, 2) + '\n'], {
          type: 'application/json',
        }),
      };
  }
}
