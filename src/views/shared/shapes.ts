// The particle and marker shapes, one per signal, so that signals read apart without colour:
// dashes for the pain signal, squares for the brain's commands, circles for serotonin, diamonds
// for noradrenaline, crosses for the ON-cells' facilitation, triangles for opioids (up mu/delta,
// down kappa) and hexagons for a medicine. Each is an SVG path centred on (0, 0).

export const PARTICLE_KINDS = [
  'ascending',
  'command',
  'serotonin',
  'noradrenaline',
  'facilitation',
  'opioidMuDelta',
  'opioidKappa',
] as const;
export type ParticleKind = (typeof PARTICLE_KINDS)[number];
export type MarkKind = ParticleKind | 'drug';

/** How a shape is painted: colour variables from app.css, and whether it is a stroked line. */
export interface KindStyle {
  fill: string;
  stroke: string;
  /** Lines (dash, cross) are drawn with a stroke only. */
  line: boolean;
  /** Drawn along the direction of travel (the dash). */
  oriented: boolean;
}

export const KIND_STYLE: Readonly<Record<MarkKind, KindStyle>> = {
  ascending: { fill: 'none', stroke: 'var(--ascending-ink)', line: true, oriented: true },
  command: {
    fill: 'var(--top-down)',
    stroke: 'var(--top-down-ink)',
    line: false,
    oriented: false,
  },
  serotonin: {
    fill: 'var(--serotonin)',
    stroke: 'var(--serotonin-ink)',
    line: false,
    oriented: false,
  },
  noradrenaline: {
    fill: 'var(--noradrenaline)',
    stroke: 'var(--noradrenaline-ink)',
    line: false,
    oriented: false,
  },
  facilitation: { fill: 'none', stroke: 'var(--ascending-ink)', line: true, oriented: false },
  opioidMuDelta: {
    fill: 'var(--opioid)',
    stroke: 'var(--opioid-ink)',
    line: false,
    oriented: false,
  },
  opioidKappa: { fill: 'var(--opioid)', stroke: 'var(--opioid-ink)', line: false, oriented: false },
  drug: { fill: 'var(--drug)', stroke: 'var(--drug-ink)', line: false, oriented: false },
};

const round = (value: number) => Math.round(value * 100) / 100;

/** The path of a shape whose half-size (roughly its radius) is `r`. */
export function shapePath(kind: MarkKind, r: number): string {
  const s = round(r);
  const h = round(r * 0.87);
  const half = round(r / 2);
  switch (kind) {
    case 'ascending':
      return `M${round(-r * 1.3)} 0H${round(r * 1.3)}`;
    case 'command':
      return `M${round(-r * 0.8)} ${round(-r * 0.8)}H${round(r * 0.8)}V${round(r * 0.8)}H${round(-r * 0.8)}Z`;
    case 'serotonin':
      return `M${-s} 0A${s} ${s} 0 1 0 ${s} 0A${s} ${s} 0 1 0 ${-s} 0Z`;
    case 'noradrenaline':
      return `M0 ${round(-r * 1.2)}L${round(r * 1.2)} 0L0 ${round(r * 1.2)}L${round(-r * 1.2)} 0Z`;
    case 'facilitation':
      return `M${round(-r * 0.8)} ${round(-r * 0.8)}L${round(r * 0.8)} ${round(r * 0.8)}M${round(r * 0.8)} ${round(-r * 0.8)}L${round(-r * 0.8)} ${round(r * 0.8)}`;
    case 'opioidMuDelta':
      return `M0 ${round(-r * 1.15)}L${round(r * 1.1)} ${round(r * 0.75)}H${round(-r * 1.1)}Z`;
    case 'opioidKappa':
      return `M0 ${round(r * 1.15)}L${round(r * 1.1)} ${round(-r * 0.75)}H${round(-r * 1.1)}Z`;
    case 'drug':
      return `M${s} 0L${half} ${h}H${-half}L${-s} 0L${-half} ${-h}H${half}Z`;
  }
}
