// The state in one line, for a figure's footer and presentation mode's words outside a story:
// "Fibromyalgia: duloxetine 60 mg each morning. Week 6, day 1, 00:00." Its message loads with the
// figure's words (the 'figure' group), which both load.
import { t } from '../i18n/i18n.svelte.ts';
import { conditionName } from '../i18n/names.ts';
import { describeTime, describeTreatment } from './describe.ts';
import type { Treatment } from './treatment.ts';

export function describeState(treatment: Treatment, hours: number): string {
  return t('describe.state', {
    condition: conditionName(treatment.condition),
    treatment: describeTreatment(treatment),
    time: describeTime(hours),
  });
}
