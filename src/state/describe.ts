// Plain-language descriptions of the state for screen readers and captions: what treatment is
// on, what time it is, and what the simulation shows at that time.
import { t } from '../i18n/i18n.svelte.ts';
import { drugName } from '../i18n/names.ts';
import { inSentence, listOf, timeOfDay } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/i18n.svelte.ts';
import type { Treatment } from './treatment.ts';
import { traitsOfTreatment, type CautionStatus } from './cautions.ts';

const modeNames = {
  sham: 'describe.mode.sham',
  manual: 'describe.mode.manual',
  'ea-2hz': 'describe.mode.ea2',
  'ea-100hz': 'describe.mode.ea100',
  'ea-2-100hz': 'describe.mode.ea2100',
} as const;

/** "Duloxetine 60 mg each morning, electroacupuncture 2/100 Hz twice a week" or "No treatment". */
export function describeTreatment(treatment: Treatment): string {
  const parts: string[] = [];
  if (treatment.amitriptyline.mg > 0)
    parts.push(t('describe.amitriptyline', { mg: treatment.amitriptyline.mg }));
  if (treatment.duloxetine.mg > 0) {
    const d = treatment.duloxetine;
    parts.push(
      d.ending === 'continue'
        ? t('describe.duloxetine', { mg: d.mg })
        : t(d.ending === 'abrupt' ? 'describe.duloxetineStop' : 'describe.duloxetineTaper', {
            mg: d.mg,
            week: d.endWeek,
          }),
    );
  }
  if (treatment.sertraline.mg > 0)
    parts.push(t('describe.sertraline', { mg: treatment.sertraline.mg }));
  if (treatment.placebo) parts.push(t('describe.placebo'));
  if (treatment.acupuncture.mode !== 'off')
    parts.push(
      t('describe.acupuncture', {
        mode: t(modeNames[treatment.acupuncture.mode]),
        perWeek: treatment.acupuncture.perWeek,
        minutes: treatment.acupuncture.minutes,
      }),
    );
  const treatments = parts.length === 0 ? t('describe.noTreatment') : listOf(parts);
  const traits = traitsOfTreatment(treatment);
  return traits.length === 0
    ? treatments
    : t('describe.treatmentFor', {
        treatment: treatments,
        traits: listOf(traits.map((trait) => t(`trait.${trait}`))),
      });
}

/** "Week 6, day 3, 14:00" for a time in hours since the course began. */
export function describeTime(hours: number): string {
  // Whole minutes first: splitting the float directly can land on the minute before.
  const totalMinutes = Math.round(hours * 60);
  const day = Math.floor(totalMinutes / 1440);
  const minuteOfDay = totalMinutes - day * 1440;
  const hh = Math.floor(minuteOfDay / 60);
  const mm = minuteOfDay % 60;
  return t('describe.time', {
    week: Math.floor(day / 7),
    day: (day % 7) + 1,
    clock: timeOfDay(hh * 60 + mm),
  });
}

/** "42% below untreated", "18% above untreated" or "the same as untreated" for a relative level. */
export function describeChange(relative: number): string {
  const percent = Math.round((relative - 1) * 100);
  if (percent === 0) return t('describe.same');
  return t(percent > 0 ? 'describe.above' : 'describe.below', { percent: Math.abs(percent) });
}

/** "Duloxetine and sertraline": medicines as a list that starts a sentence (the rest lower case). */
export function medicineList(ids: readonly string[]): string {
  return listOf(ids.map((id, i) => (i === 0 ? drugName(id) : inSentence(drugName(id)))));
}

/** A warning in plain words, naming the medicines it concerns. */
export function describeWarning(status: CautionStatus): string {
  return t(`warning.${status.caution.id}` as MessageKey, {
    drugs: medicineList(status.medicinesOn),
  });
}
