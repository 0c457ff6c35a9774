// The pathways as tubes along their anatomical routes, with particles flowing along them at the
// simulated rate (1 = the untreated rate). Curves are sampled once into arc-length tables, and
// the particle positions are written in place each frame: no allocation while animating. All the
// tubes are one mesh of camera-facing ribbons shaded as tubes (one draw call, two triangles per
// segment), coloured per vertex.
import {
  BufferAttribute,
  BufferGeometry,
  CatmullRomCurve3,
  Color,
  Mesh,
  Points,
  Vector3,
  type Group,
  type Material,
} from 'three';
import type { Pathway } from '../../data/schema.ts';
import type { MarkerPlacement, Mni } from './anatomy.ts';
import { fillPart } from './geometryBatch.ts';
import { particleMaterial, ribbonMaterial } from './materials.ts';
import { pathwayColour } from './palette.ts';
import { ribbonGeometry } from './ribbonGeometry.ts';
import { polylineLength, routePoints } from './routes.ts';

export const TUBE_RADIUS_MM = 0.7;
const TUBE_OPACITY = 0.8;
/** Tube resolution: a segment every few millimetres of route. */
const TUBE_SEGMENT_MM = 3;
const SAMPLES = 96;
/** Particle speed at the untreated rate (mm of route per second), and spacing. */
const BASE_SPEED_MM_PER_S = 16;
const PARTICLE_SPACING_MM = 11;
const MAX_RATE = 4;

/** A smooth curve through MNI points (centripetal Catmull-Rom: no loops or overshoot). */
export function curveThrough(points: readonly Mni[]): CatmullRomCurve3 {
  return new CatmullRomCurve3(
    points.map((p) => new Vector3(p[0], p[1], p[2])),
    false,
    'centripetal',
  );
}

/** How many particles a route carries: one every PARTICLE_SPACING_MM, at least three. */
export function particleCount(lengthMm: number): number {
  return Math.max(3, Math.round(lengthMm / PARTICLE_SPACING_MM));
}

export class PathwayLayer {
  /** Every pathway's tube in one mesh; `tubeStarts` gives each pathway's vertex range. */
  readonly tubes: Mesh;
  readonly tubeStarts: Uint32Array;
  readonly points: Points;
  private readonly particles = particleMaterial();
  private readonly tables: Float32Array[] = [];
  private readonly lengths: Float32Array;
  private readonly rates: Float32Array;
  private readonly particlePathway: Uint16Array;
  private readonly phases: Float32Array;
  private readonly positions: Float32Array;

  constructor(
    readonly pathways: readonly Pathway[],
    placements: readonly MarkerPlacement[],
    parent: Group,
  ) {
    this.lengths = new Float32Array(pathways.length);
    this.rates = new Float32Array(pathways.length).fill(1);
    let total = 0;
    const counts: number[] = [];
    const point = new Vector3();
    const segments: number[] = [];
    const curves = pathways.map((pathway, i) => {
      const route = routePoints(pathway, placements);
      const curve = curveThrough(route);
      segments.push(Math.max(6, Math.round(polylineLength(route) / TUBE_SEGMENT_MM)));
      const table = new Float32Array(SAMPLES * 3);
      for (let s = 0; s < SAMPLES; s++) {
        curve.getPointAt(s / (SAMPLES - 1), point);
        table[s * 3] = point.x;
        table[s * 3 + 1] = point.y;
        table[s * 3 + 2] = point.z;
      }
      this.tables.push(table);
      this.lengths[i] = curve.getLength();
      counts.push(particleCount(this.lengths[i]!));
      total += counts[i]!;
      return curve;
    });
    const batch = ribbonGeometry(curves, segments);
    this.tubeStarts = batch.starts;
    const tubeVertices = batch.geometry.getAttribute('position').count;
    // Colour with opacity, radius and lighting per vertex, as the network links have them: both
    // share one shader program.
    const tubeColours = new BufferAttribute(new Float32Array(tubeVertices * 4), 4);
    batch.geometry.setAttribute('color', tubeColours);
    const perVertex = (value: number) =>
      new BufferAttribute(new Float32Array(tubeVertices).fill(value), 1);
    batch.geometry.setAttribute('aRadius', perVertex(TUBE_RADIUS_MM));
    batch.geometry.setAttribute('aLit', perVertex(1));
    this.tubes = new Mesh(batch.geometry, ribbonMaterial({ depthWrite: true }));
    this.tubes.name = 'pathway-tubes';
    // The ribbons widen in the shader, beyond the bounds of their centre lines.
    this.tubes.frustumCulled = false;
    this.particlePathway = new Uint16Array(total);
    this.phases = new Float32Array(total);
    this.positions = new Float32Array(total * 3);
    const colours = new Float32Array(total * 3);
    const colour = new Color();
    let p = 0;
    counts.forEach((count, i) => {
      colour.set(pathwayColour(pathways[i]!));
      fillPart(tubeColours, this.tubeStarts, i, colour.r, colour.g, colour.b, TUBE_OPACITY);
      for (let k = 0; k < count; k++, p++) {
        this.particlePathway[p] = i;
        this.phases[p] = k / count;
        colours[p * 3] = colour.r;
        colours[p * 3 + 1] = colour.g;
        colours[p * 3 + 2] = colour.b;
      }
    });
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(this.positions, 3));
    geometry.setAttribute('color', new BufferAttribute(colours, 3));
    this.points = new Points(geometry, this.particles);
    this.points.frustumCulled = false;
    this.points.renderOrder = 40;
    this.writePositions();
    parent.add(this.tubes, this.points);
  }

  /** Sets the flow rate of each pathway (by pathway id; 1 = untreated, missing = 1). */
  setRates(rates: Readonly<Record<string, number>>): void {
    this.pathways.forEach((pathway, i) => {
      const rate = rates[pathway.id] ?? 1;
      this.rates[i] = Number.isFinite(rate) ? Math.min(MAX_RATE, Math.max(0, rate)) : 1;
    });
  }

  /** Whether any particle moves (so the render loop must keep running). */
  get flowing(): boolean {
    if (!this.points.visible) return false;
    for (let i = 0; i < this.rates.length; i++) if (this.rates[i]! > 0) return true;
    return false;
  }

  /** Moves the particles on by dtSeconds. */
  advance(dtSeconds: number): void {
    for (let p = 0; p < this.phases.length; p++) {
      const i = this.particlePathway[p]!;
      const phase =
        this.phases[p]! + (dtSeconds * BASE_SPEED_MM_PER_S * this.rates[i]!) / this.lengths[i]!;
      this.phases[p] = phase - Math.floor(phase);
    }
    this.writePositions();
  }

  /** The scale that turns particle size (mm) into pixels for a viewport height (px). */
  setPixelScale(viewportHeightPx: number, fovDeg: number): void {
    this.particles.uniforms.uScale!.value =
      viewportHeightPx / (2 * Math.tan((fovDeg * Math.PI) / 360));
  }

  private writePositions(): void {
    for (let p = 0; p < this.phases.length; p++) {
      const table = this.tables[this.particlePathway[p]!]!;
      const at = this.phases[p]! * (SAMPLES - 1);
      const s = Math.min(Math.floor(at), SAMPLES - 2);
      const f = at - s;
      for (let axis = 0; axis < 3; axis++) {
        const a = table[s * 3 + axis]!;
        this.positions[p * 3 + axis] = a + (table[(s + 1) * 3 + axis]! - a) * f;
      }
    }
    (this.points.geometry.getAttribute('position') as BufferAttribute).needsUpdate = true;
  }

  dispose(): void {
    for (const object of [this.tubes, this.points]) {
      object.removeFromParent();
      object.geometry.dispose();
      (object.material as Material).dispose();
    }
  }
}
