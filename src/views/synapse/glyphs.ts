// Shapes for the synapse close-up: the transporter (a channel through the ending's membrane),
// the receptor (a cup on the pain neuron's membrane) and the spike mark. Local coordinates, sized
// by `g` (the layout's glyph size); transporters and receptors point along +y / -y.

const r = (value: number) => Math.round(value * 100) / 100;

/** A transporter's two halves either side of its pore, crossing the membrane along y. */
export function transporterPath(g: number): string {
  const w = r(g * 0.55);
  const h = r(g * 1.9);
  const pore = r(g * 0.32);
  return `M${-pore - w} ${-h / 2}h${w}v${h}h${-w}ZM${pore} ${-h / 2}h${w}v${h}h${-w}Z`;
}

/** A receptor cup opening upwards (towards the gap), its stem crossing the membrane at y = 0. */
export function receptorPath(g: number): string {
  const w = r(g * 0.62);
  return `M${-w} ${r(-g * 1.9)}V${r(-g * 0.7)}Q${-w} ${r(-g * 0.1)} 0 ${r(-g * 0.1)}Q${w} ${r(-g * 0.1)} ${w} ${r(-g * 0.7)}V${r(-g * 1.9)}M0 ${r(-g * 0.1)}V${r(g * 0.5)}`;
}

/** The sign under a receptor: minus (calms) or plus (excites). */
export function signPath(g: number, plus: boolean): string {
  const s = r(g * 0.32);
  return plus ? `M${-s} 0H${s}M0 ${-s}V${s}` : `M${-s} 0H${s}`;
}

/** A spike: a sharp peak on a flat line. */
export function spikePath(g: number): string {
  const s = r(g);
  return `M${-s * 1.2} 0H${r(-s * 0.35)}L0 ${r(-s * 2)}L${r(s * 0.35)} ${r(s * 0.6)}L${r(s * 0.6)} 0H${s * 1.2}`;
}
