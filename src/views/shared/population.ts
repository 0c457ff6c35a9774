// Which of the app's conditions a clinical figure speaks for, so a figure from other patients
// (nerve-pain NNTs while fibromyalgia is chosen) says where it comes from.
import type { ConditionId, EvidencePopulation, EvidenceRecord } from '../../data/schema.ts';
import { conditionName } from '../../i18n/names.ts';
import { inSentence } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.svelte.ts';

/** The app's conditions that a population's figures speak for directly. */
export const POPULATION_CONDITIONS: Readonly<Record<EvidencePopulation, readonly ConditionId[]>> = {
  'neuropathic-pain': ['diabetic-neuropathy'],
  'diabetic-neuropathy': ['diabetic-neuropathy'],
  fibromyalgia: ['fibromyalgia'],
  'chronic-musculoskeletal-pain': ['chronic-low-back-pain'],
  depression: [],
  'healthy-volunteers': [],
};

/** The population a record's figure comes from when it is not the chosen condition, else null. */
export function otherPopulation(
  record: EvidenceRecord,
  condition: ConditionId,
): EvidencePopulation | null {
  const population = record.population;
  if (population === undefined) return null;
  return POPULATION_CONDITIONS[population].includes(condition) ? null : population;
}

/** "These figures come from people with nerve pain, not from people with fibromyalgia.", or ''. */
export function populationNote(record: EvidenceRecord, condition: ConditionId): string {
  const population = otherPopulation(record, condition);
  if (population === null) return '';
  return t('evidence.population', {
    population: t(`evidence.population.${population}`),
    condition: inSentence(conditionName(condition)),
  });
}
