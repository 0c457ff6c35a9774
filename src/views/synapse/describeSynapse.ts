// The synapse close-up in words: how many transporters the switched-on medicines block, what
// that does to serotonin and noradrenaline in the gap, any opioids, and the pain neuron's firing,
// all from the simulation at the current time.
import { t } from '../../i18n/i18n.svelte.ts';
import { describeChange, describeTime } from '../../state/describe.ts';
import { levelChange } from '../shared/stageText.ts';
import { listOf } from '../../i18n/format.ts';
import { TRANSPORTERS_PER_ENDING } from './synapseLayout.ts';

export interface SynapseReading {
  /** Names of the switched-on medicines (empty when none). */
  drugNames: readonly string[];
  blockedSert: number;
  blockedNet: number;
  serotonin: number;
  noradrenaline: number;
  opioidMuDelta: number;
  opioidKappa: number;
  projection: number;
}

const OPIOID_NOTICEABLE = 0.01;

/** Transporters (of 10) holding a drug molecule: the simulated occupancy, rounded. */
export function blockedOf(occupancy: number): number {
  if (!Number.isFinite(occupancy)) return 0;
  return Math.min(
    TRANSPORTERS_PER_ENDING,
    Math.max(0, Math.round(occupancy * TRANSPORTERS_PER_ENDING)),
  );
}

export function describeSynapse(reading: SynapseReading, hours: number): string {
  const parts = [t('stage.caption.time', { time: describeTime(hours) })];
  const { drugNames, blockedSert: sert, blockedNet: net } = reading;
  if (drugNames.length === 0) parts.push(t('synapse.caption.noDrug'));
  else {
    const drugs = listOf(drugNames);
    const subject = t('synapse.caption.subject', { drugs, count: drugNames.length });
    if (sert === 0 && net === 0) parts.push(t('synapse.caption.notBlocking'));
    else {
      parts.push(
        t('synapse.caption.blocking', { subject, sert, net, total: TRANSPORTERS_PER_ENDING }),
      );
      parts.push(
        t(
          sert > 0 && net > 0
            ? 'synapse.caption.moreBoth'
            : sert > 0
              ? 'synapse.caption.moreSerotonin'
              : 'synapse.caption.moreNoradrenaline',
        ),
      );
    }
  }
  if (
    Math.round((reading.serotonin - 1) * 100) !== 0 ||
    Math.round((reading.noradrenaline - 1) * 100) !== 0
  )
    parts.push(
      t('synapse.caption.levels', {
        serotonin: levelChange(reading.serotonin),
        noradrenaline: levelChange(reading.noradrenaline),
      }),
    );
  if (reading.opioidMuDelta > OPIOID_NOTICEABLE || reading.opioidKappa > OPIOID_NOTICEABLE)
    parts.push(t('synapse.caption.opioids'));
  parts.push(t('synapse.caption.neuron', { change: describeChange(reading.projection) }));
  return parts.join(' ');
}
