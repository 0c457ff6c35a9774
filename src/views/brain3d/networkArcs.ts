// The network links (default mode, salience and the pain-modulation links) as arcs over the
// brain whose width and opacity follow the simulated connectivity (the expected correlation of
// simulated BOLD between the two regions, from src/model/network). All arcs are one mesh of
// camera-facing ribbons (one draw call); each arc's drawn radius and opacity are per-vertex
// attributes, so a change of strength rewrites two attributes and rebuilds nothing.
import { BufferAttribute, Color, Mesh, type Group, type Material } from 'three';
import type { Pathway } from '../../data/schema.ts';
import { DMN_NODES, SALIENCE_NODES, type NetworkNode } from '../../model/network/network.ts';
import { regionPosition, type MarkerPlacement } from './anatomy.ts';
import { fillPart } from './geometryBatch.ts';
import { ribbonMaterial } from './materials.ts';
import { NETWORK_LINK_COLOUR, type NetworkLinkKind } from './palette.ts';
import { curveThrough } from './pathwayLayer.ts';
import { ribbonGeometry } from './ribbonGeometry.ts';
import { arcPoints } from './routes.ts';

const ARC_LIFT = 0.22;
const ARC_SEGMENTS = 32;

const inGroup = (group: readonly NetworkNode[], id: string) =>
  (group as readonly string[]).includes(id);

/** Which family a link belongs to: both ends in the DMN, both in the salience network, or other. */
export function linkKind(pathway: Pathway): NetworkLinkKind {
  if (inGroup(DMN_NODES, pathway.from) && inGroup(DMN_NODES, pathway.to)) return 'dmn';
  if (inGroup(SALIENCE_NODES, pathway.from) && inGroup(SALIENCE_NODES, pathway.to))
    return 'salience';
  return 'modulation';
}

/** Drawn radius (mm) and opacity for a connectivity (correlation, clamped to 0-1). */
export function linkAppearance(strength: number): { radiusMm: number; opacity: number } {
  const s = Math.min(1, Math.max(0, Number.isFinite(strength) ? strength : 0));
  return { radiusMm: 0.25 + 1.75 * s, opacity: 0.2 + 0.65 * s };
}

export class NetworkArcs {
  /** Every link's arc in one mesh; `starts` gives each link's vertex range. */
  readonly mesh: Mesh;
  readonly starts: Uint32Array;
  private readonly colours: BufferAttribute;
  private readonly radii: BufferAttribute;
  private readonly rgb: Color[];
  private readonly radiusByLink: Float64Array;
  private readonly opacityByLink: Float64Array;

  constructor(
    readonly links: readonly Pathway[],
    placements: readonly MarkerPlacement[],
    parent: Group,
  ) {
    const batch = ribbonGeometry(
      links.map((link) => {
        const a = regionPosition(placements, link.from);
        const b = regionPosition(placements, link.to);
        return curveThrough(arcPoints(a, b, ARC_LIFT, 12));
      }),
      links.map(() => ARC_SEGMENTS),
    );
    this.starts = batch.starts;
    const vertices = batch.geometry.getAttribute('position').count;
    this.colours = new BufferAttribute(new Float32Array(vertices * 4), 4);
    this.radii = new BufferAttribute(new Float32Array(vertices), 1);
    batch.geometry.setAttribute('color', this.colours);
    batch.geometry.setAttribute('aRadius', this.radii);
    // Flat colour (the ribbon shader lights only the pathways).
    batch.geometry.setAttribute('aLit', new BufferAttribute(new Float32Array(vertices), 1));
    this.rgb = links.map((link) => new Color(NETWORK_LINK_COLOUR[linkKind(link)]));
    this.radiusByLink = new Float64Array(links.length).fill(-1);
    this.opacityByLink = new Float64Array(links.length).fill(-1);
    this.mesh = new Mesh(batch.geometry, ribbonMaterial({ depthWrite: false }));
    this.mesh.name = 'network-links';
    this.mesh.renderOrder = 35;
    // The ribbons widen in the shader, beyond the bounds of their centre lines.
    this.mesh.frustumCulled = false;
    this.setStrengths({});
    parent.add(this.mesh);
  }

  /** Sets each link's connectivity (by pathway id; missing links are drawn faint). */
  setStrengths(strengths: Readonly<Record<string, number>>): void {
    for (let i = 0; i < this.links.length; i++) {
      const { radiusMm, opacity } = linkAppearance(strengths[this.links[i]!.id] ?? 0);
      if (radiusMm === this.radiusByLink[i] && opacity === this.opacityByLink[i]) continue;
      this.radiusByLink[i] = radiusMm;
      this.opacityByLink[i] = opacity;
      const { r, g, b } = this.rgb[i]!;
      fillPart(this.colours, this.starts, i, r, g, b, opacity);
      fillPart(this.radii, this.starts, i, radiusMm);
    }
  }

  /** A link's drawn radius (mm) and opacity, or null for an unknown link; for tests. */
  appearanceOf(linkId: string): { radiusMm: number; opacity: number } | null {
    const i = this.links.findIndex((link) => link.id === linkId);
    return i < 0 ? null : { radiusMm: this.radiusByLink[i]!, opacity: this.opacityByLink[i]! };
  }

  setVisible(visible: boolean): void {
    this.mesh.visible = visible;
  }

  dispose(): void {
    this.mesh.removeFromParent();
    this.mesh.geometry.dispose();
    (this.mesh.material as Material).dispose();
  }
}
