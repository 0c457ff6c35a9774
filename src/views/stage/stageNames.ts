// The regions' names on the stage for each audience. Students and clinicians see every region by
// its short name (PAG, dlPFC). Patients see fewer names, in words that say what the region does
// ("Spinal pain relay"): the pathway's main stations carry them all the time, and the others
// show theirs only while chosen, hovered, focused or pointed to by a story step.
import { regionLabel } from '../shared/stageText.ts';
import { splitName } from '../shared/labelPlacement.ts';
import type { Audience } from '../../state/viewState.ts';
import { STAGE_NODE_ORDER, type LabelSide, type StageLayout, type StageNodeId } from './layout.ts';

/**
 * The regions a patient always sees named: the signal's way up (pain sensors, the spinal relay,
 * the relay station, where pain is felt) and the brake's way down (its switch, the brake cells,
 * the local brake). The accelerator cells and the noradrenaline cells are named when a story
 * points to them, as the duloxetine and amitriptyline stories do, or when chosen.
 */
export const PATIENT_NAMED: ReadonlySet<StageNodeId> = new Set([
  'nociceptor',
  'dh-projection',
  'dh-interneuron',
  'thalamus',
  'insula',
  'pag',
  'rvm-off',
]);

/**
 * The names drawn all the time, by node, in the order their places are chosen: each name in the
 * forms it may take (its lines: one, or for a patient's longer names also two).
 */
export type StageNames = ReadonlyMap<StageNodeId, readonly (readonly string[])[]>;

/** The forms a patient's name may take: one line, and where it splits, two. */
function patientForms(name: string): readonly (readonly string[])[] {
  const split = splitName(name);
  return split.length > 1 ? [[name], split] : [[name]];
}

/** The names `audience` sees all the time (a short name keeps to one line). */
export function stageNames(audience: Audience): StageNames {
  if (audience !== 'patient')
    return new Map(STAGE_NODE_ORDER.map((id) => [id, [[regionLabel(id, audience)]]]));
  const shown = STAGE_NODE_ORDER.filter((id) => PATIENT_NAMED.has(id));
  return new Map(shown.map((id) => [id, patientForms(regionLabel(id, audience))]));
}

/**
 * Where a region's name goes: its side of the node, its lines (one of the name's forms) and, beside
 * the node, how many half-lines it moves down (up when negative) to step past a line.
 */
export interface NamePlace {
  side: LabelSide;
  lines: readonly string[];
  shift: number;
}

/** Each named region's name where the layout puts it, in its first form (the stage uses these
 * until the side chooser, views/stage/crowding.ts, has loaded). */
export function layoutNamePlaces(
  layout: StageLayout,
  names: StageNames,
): Map<StageNodeId, NamePlace> {
  return new Map(
    [...names].map(([id, forms]) => [
      id,
      { side: layout.nodes[id].label, lines: forms[0]!, shift: 0 },
    ]),
  );
}
