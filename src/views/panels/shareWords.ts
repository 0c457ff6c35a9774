// Occupancy in words for plain reading: "about a third", never a bare high percentage, and what
// a block of that size means for the person (SCIENCE.md s.2: dry mouth is common at the muscarinic
// block of low-dose amitriptyline; anticholinergic toxicity is not). Pure: the bands are tested.
import type { TargetId } from '../../data/schema.ts';
import type { MessageKey } from '../../i18n/i18n.svelte.ts';

/** Below this share a block is too small to notice. */
const NOTICEABLE_SHARE = 0.05;

/** Upper bounds of the word bands, with their message keys (the last band has no bound). */
const SHARE_BANDS: readonly [number, MessageKey][] = [
  [NOTICEABLE_SHARE, 'share.almostNone'],
  [0.15, 'share.oneInTen'],
  [0.22, 'share.fifth'],
  [0.29, 'share.quarter'],
  [0.4, 'share.third'],
  [0.6, 'share.half'],
  [0.72, 'share.twoThirds'],
  [0.85, 'share.threeQuarters'],
  [0.95, 'share.most'],
];

/** "about a third" for 0.33: the message key of the band a 0-1 share falls in. */
export function shareKey(share: number): MessageKey {
  for (const [bound, key] of SHARE_BANDS) if (share < bound) return key;
  return 'share.almostAll';
}

/**
 * What a block of this size means, for the targets where the size matters to what a person
 * notices; undefined when the data's meaning of the target says it all.
 */
export function blockMeaningKey(target: TargetId, share: number): MessageKey | undefined {
  if (share < NOTICEABLE_SHARE) return undefined;
  switch (target) {
    case 'M1':
      return share < 0.4 ? 'effects.block.M1.low' : 'effects.block.M1.high';
    case 'H1':
      return share < 0.5 ? 'effects.block.H1.low' : 'effects.block.H1.high';
    case 'alpha1':
      return share < 0.2 ? undefined : 'effects.block.alpha1';
    default:
      return undefined;
  }
}
