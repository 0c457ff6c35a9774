// The fill of each region's disc on the stage: the colour of the signal it sends (the pain
// signal; a top-down command; the OFF-cells' GABA/glycine brake; serotonin, from the RVM's own
// serotonergic cells; noradrenaline; facilitation), neutral for the local interneuron and the
// resting-network box. Colour is never the only cue: every node is also labelled.
export const NODE_COLOUR = {
  nociceptor: 'var(--ascending)',
  'dh-projection': 'var(--ascending)',
  'dh-interneuron': 'var(--paper-alt)',
  thalamus: 'var(--ascending)',
  s1: 'var(--ascending)',
  s2: 'var(--ascending)',
  insula: 'var(--ascending)',
  dacc: 'var(--ascending)',
  dlpfc: 'var(--top-down)',
  vmpfc: 'var(--top-down)',
  racc: 'var(--top-down)',
  amygdala: 'var(--top-down)',
  hypothalamus: 'var(--top-down)',
  pag: 'var(--top-down)',
  'rvm-off': 'var(--top-down)',
  'rvm-5ht': 'var(--serotonin)',
  'rvm-on': 'var(--ascending-ink)',
  lc: 'var(--noradrenaline)',
  mpfc: 'var(--line-soft)',
  pcc: 'var(--line-soft)',
  precuneus: 'var(--line-soft)',
  angular: 'var(--line-soft)',
  nacc: 'var(--line-soft)',
} as const satisfies Readonly<Record<string, string>>;
