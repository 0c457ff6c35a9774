// The 3D view's colours: Okabe-Ito hues (as in src/app.css) for the pathways and region groups,
// on a dark background so a glass brain reads on a projector. Labels and the legend carry the
// same information in words and numbers; colour is never the only carrier.
import type { Pathway } from '../../data/schema.ts';

export const SCENE_BACKGROUND = '#0e141c';

export const OKABE_ITO = {
  vermillion: '#d55e00',
  reddishPurple: '#cc79a7',
  blue: '#0072b2',
  bluishGreen: '#009e73',
  skyBlue: '#56b4e9',
  orange: '#e69f00',
  yellow: '#f0e442',
} as const;

/** Anatomy colours: the glass cerebrum, the translucent brainstem, the solid inner structures. */
export const ANATOMY = {
  glass: '#c9dcf0',
  cerebellumGlass: '#d8d2ea',
  brainstem: '#b7a89a',
  thalamus: '#8fa7c4',
  amygdala: '#c49a8f',
  hypothalamus: '#b5c48f',
  aqueduct: '#4a6fa5',
  tegmentum: '#a58f7a',
  spinalCord: '#efe6da',
  dorsalHorn: '#8d7b6a',
} as const;

/** Region groups for marker colours in activity mode. */
const REGION_GROUP_COLOUR: Readonly<Record<string, string>> = {
  nociceptor: OKABE_ITO.vermillion,
  'dh-projection': OKABE_ITO.vermillion,
  thalamus: OKABE_ITO.vermillion,
  s1: OKABE_ITO.vermillion,
  s2: OKABE_ITO.vermillion,
  insula: OKABE_ITO.orange,
  dacc: OKABE_ITO.orange,
  amygdala: OKABE_ITO.orange,
  'dh-interneuron': OKABE_ITO.bluishGreen,
  pag: OKABE_ITO.bluishGreen,
  'rvm-off': OKABE_ITO.bluishGreen,
  'rvm-on': OKABE_ITO.yellow,
  'rvm-5ht': OKABE_ITO.reddishPurple,
  lc: OKABE_ITO.bluishGreen,
  racc: OKABE_ITO.skyBlue,
  dlpfc: OKABE_ITO.skyBlue,
  vmpfc: OKABE_ITO.skyBlue,
  nacc: OKABE_ITO.skyBlue,
  hypothalamus: OKABE_ITO.skyBlue,
  mpfc: OKABE_ITO.reddishPurple,
  pcc: OKABE_ITO.reddishPurple,
  precuneus: OKABE_ITO.reddishPurple,
  angular: OKABE_ITO.reddishPurple,
};

export function regionColour(regionId: string): string {
  return REGION_GROUP_COLOUR[regionId] ?? '#dddddd';
}

/** A pathway's colour: what it carries (the 2D stage uses the same hues). */
export function pathwayColour(pathway: Pathway): string {
  if (pathway.kind === 'ascending') return OKABE_ITO.vermillion;
  if (pathway.kind === 'top-down') return OKABE_ITO.skyBlue;
  if (pathway.kind === 'descending-facilitatory') return OKABE_ITO.yellow;
  if (pathway.transmitter === '5-HT') return OKABE_ITO.reddishPurple;
  // The Okabe-Ito blue is too dark on the scene's background; a lighter tint of it.
  if (pathway.transmitter === 'NE') return '#3d9be0';
  return OKABE_ITO.bluishGreen;
}

export type NetworkLinkKind = 'dmn' | 'salience' | 'modulation';

/** Network link colours: DMN, salience, and the pain-modulation links. */
export const NETWORK_LINK_COLOUR: Readonly<Record<NetworkLinkKind, string>> = {
  dmn: OKABE_ITO.reddishPurple,
  salience: OKABE_ITO.orange,
  modulation: OKABE_ITO.skyBlue,
};
