// Plain-language descriptions of the state for screen readers and captions: what treatment is
// on, what time it is, and what the simulation shows at that time.
import { t } from '../i18n/i18n.svelte.ts';
import { drugs, regions } from '../data/catalog.ts';
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
  const treatments = parts.length === 0 ? t('describe.noTreatment') : parts.join('; ');
  const traits = traitsOfTreatment(treatment);
  return traits.length === 0
    ? treatments
    : t('describe.treatmentFor', {
        treatment: treatments,
        traits: listOfNames(traits.map((trait) => t(`trait.${trait}`))),
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
    clock: `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`,
  });
}

/** "42% below untreated", "18% above untreated" or "the same as untreated" for a relative level. */
export function describeChange(relative: number): string {
  const percent = Math.round((relative - 1) * 100);
  if (percent === 0) return t('describe.same');
  return t(percent > 0 ? 'describe.above' : 'describe.below', { percent: Math.abs(percent) });
}

/** One region's display name. */
export function regionName(id: string): string {
  return regions.find((r) => r.id === id)?.name ?? id;
}

/** A drug's display name (data/drugs.json). */
export function drugName(id: string): string {
  return drugs.find((d) => d.id === id)?.name ?? id;
}

/** Joins names as "A", "A and B", "A, B and C" (in the sentence's own words). */
export function listOfNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const head = names.slice(0, -1).reduce((first, next) => t('stage.list.comma', { first, next }));
  return t('stage.list.and', { first: head, last: names[names.length - 1]! });
}

/** "Duloxetine and sertraline": medicines as a list that starts a sentence (the rest lower case). */
export function medicineList(ids: readonly string[]): string {
  return listOfNames(
    ids.map((id, i) => (i === 0 ? drugName(id) : drugName(id).toLocaleLowerCase())),
  );
}

/** A warning in plain words, naming the medicines it concerns. */
export function describeWarning(status: CautionStatus): string {
  return t(`warning.${status.caution.id}` as MessageKey, {
    drugs: medicineList(status.medicinesOn),
  });
}
