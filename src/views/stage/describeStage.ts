// The stage in words, for its caption and screen readers: the time, what the brake is doing,
// how much pain signal leaves the spinal cord, the transmitters at the spinal synapse and any
// opioid release, all from the simulation at the current time.
import { t } from '../../i18n/i18n.svelte.ts';
import { describeChange, describeTime } from '../../state/describe.ts';
import { listOf } from '../../i18n/format.ts';
import { levelChange } from '../shared/stageText.ts';

export interface StageReading {
  pag: number;
  offCells: number;
  projection: number;
  serotonin: number;
  noradrenaline: number;
  opioidMuDelta: number;
  opioidKappa: number;
}

/** Release above this (in the model's session units) counts as "being released". */
const OPIOID_NOTICEABLE = 0.01;

const percentOf = (level: number) => Math.round((level - 1) * 100);

/** "20% above", "18% below" or "unchanged". */
export function shortChange(level: number): string {
  const percent = percentOf(level);
  if (percent === 0) return t('stage.change.same');
  return t(percent > 0 ? 'stage.change.above' : 'stage.change.below', {
    percent: Math.abs(percent),
  });
}

/** The caption for the stage at `hours`. */
export function describeStage(reading: StageReading, hours: number): string {
  const parts = [t('stage.caption.time', { time: describeTime(hours) })];
  const opioids =
    reading.opioidMuDelta > OPIOID_NOTICEABLE || reading.opioidKappa > OPIOID_NOTICEABLE;
  const levels = [
    reading.pag,
    reading.offCells,
    reading.projection,
    reading.serotonin,
    reading.noradrenaline,
  ];
  if (!opioids && levels.every((level) => percentOf(level) === 0)) {
    parts.push(t('stage.caption.untreated'));
    return parts.join(' ');
  }
  const pag = percentOf(reading.pag);
  const off = percentOf(reading.offCells);
  if (pag === 0 && off === 0) parts.push(t('stage.caption.brakeSame'));
  else
    parts.push(
      t(pag + off > 0 ? 'stage.caption.brakeUp' : 'stage.caption.brakeDown', {
        pag: shortChange(reading.pag),
        off: shortChange(reading.offCells),
      }),
    );
  parts.push(t('stage.caption.spinal', { change: describeChange(reading.projection) }));
  if (percentOf(reading.serotonin) !== 0 || percentOf(reading.noradrenaline) !== 0)
    parts.push(
      t('stage.caption.transmitters', {
        serotonin: levelChange(reading.serotonin),
        noradrenaline: levelChange(reading.noradrenaline),
      }),
    );
  if (opioids) {
    const which = [
      reading.opioidMuDelta > OPIOID_NOTICEABLE ? t('stage.opioid.mu') : '',
      reading.opioidKappa > OPIOID_NOTICEABLE ? t('stage.opioid.kappa') : '',
    ].filter((text) => text !== '');
    parts.push(t('stage.caption.opioids', { which: listOf(which) }));
  }
  return parts.join(' ');
}
