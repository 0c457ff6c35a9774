// The network links (default mode, salience and the pain-modulation links) as arcs over the
// brain whose width and opacity follow the simulated connectivity (the expected correlation of
// simulated BOLD between the two regions, from src/model/network). Each arc is built once at
// radius 1; its drawn radius is a uniform, so changing strength rebuilds nothing.
import { Mesh, TubeGeometry, type Group, type MeshBasicMaterial } from 'three';
import type { Pathway } from '../../data/schema.ts';
import { DMN_NODES, SALIENCE_NODES, type NetworkNode } from '../../model/network/network.ts';
import { regionPosition, type MarkerPlacement } from './anatomy.ts';
import { widthTubeMaterial } from './materials.ts';
import { NETWORK_LINK_COLOUR, type NetworkLinkKind } from './palette.ts';
import { curveThrough } from './pathwayLayer.ts';
import { arcPoints } from './routes.ts';

const ARC_LIFT = 0.22;

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
  readonly arcs: Mesh[] = [];
  private readonly radii: { value: number }[] = [];

  constructor(
    readonly links: readonly Pathway[],
    placements: readonly MarkerPlacement[],
    parent: Group,
  ) {
    for (const link of links) {
      const a = regionPosition(placements, link.from);
      const b = regionPosition(placements, link.to);
      const curve = curveThrough(arcPoints(a, b, ARC_LIFT, 12));
      const { material, radius } = widthTubeMaterial(NETWORK_LINK_COLOUR[linkKind(link)]);
      const arc = new Mesh(new TubeGeometry(curve, 40, 1, 6, false), material);
      arc.name = link.id;
      arc.renderOrder = 35;
      this.arcs.push(arc);
      this.radii.push(radius);
    }
    parent.add(...this.arcs);
  }

  /** Sets each link's connectivity (by pathway id; missing links are drawn faint). */
  setStrengths(strengths: Readonly<Record<string, number>>): void {
    this.links.forEach((link, i) => {
      const { radiusMm, opacity } = linkAppearance(strengths[link.id] ?? 0);
      this.radii[i]!.value = radiusMm;
      (this.arcs[i]!.material as MeshBasicMaterial).opacity = opacity;
    });
  }

  setVisible(visible: boolean): void {
    for (const arc of this.arcs) arc.visible = visible;
  }

  dispose(): void {
    for (const arc of this.arcs) {
      arc.removeFromParent();
      arc.geometry.dispose();
      (arc.material as MeshBasicMaterial).dispose();
    }
  }
}
