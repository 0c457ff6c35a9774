// The particle engine behind the stage and the synapse: streams of particles along tracks, in
// preallocated typed arrays, moved and written to the page every frame without allocating.
// An open track emits particles at its rate (seeded, slightly irregular intervals) that travel to
// its end; a closed track (a ring) keeps a set number of particles circling. Each particle is one
// SVG element whose transform list (translate, rotate) is changed in place through the SVG DOM,
// so no attribute strings are built per frame.
import { seededUniform } from '../../model/random.ts';
import { pointOnTrack, type Track } from './tracks.ts';

const OFF_SCREEN = -10000;
const RADIANS_TO_DEGREES = 180 / Math.PI;
const GOLDEN_RATIO = 0.6180339887;

export class ParticleField {
  readonly streamCount: number;
  readonly slotCount: number;
  private readonly slotStart: Int32Array;
  private readonly slotsOf: Int32Array;
  private readonly tables: (Float32Array | null)[];
  private readonly closed: Uint8Array;
  private readonly oriented: Uint8Array;
  /** Track fraction per second. */
  private readonly speed: Float32Array;
  /** Open tracks: particles per second. Closed tracks: particles shown. */
  private readonly rate: Float32Array;
  private readonly accumulated: Float32Array;
  private readonly threshold: Float32Array;
  /** Per slot: progress along its track (0-1); negative when the slot is free. */
  private readonly progress: Float32Array;
  /** Per slot: sideways offset, -1 to 1 of the spread. */
  private readonly lateral: Float32Array;
  private readonly shown: Uint8Array;
  private readonly point = new Float32Array(3);
  private readonly random: () => number;
  private spread = 0;
  private translates: (SVGTransform | null)[] = [];
  private rotates: (SVGTransform | null)[] = [];

  /** `slotsPerStream[s]` is the most particles stream `s` can show at once. */
  constructor(slotsPerStream: readonly number[], seed: number, oriented: readonly boolean[]) {
    this.streamCount = slotsPerStream.length;
    this.slotStart = new Int32Array(this.streamCount);
    this.slotsOf = Int32Array.from(slotsPerStream);
    let total = 0;
    for (let s = 0; s < this.streamCount; s++) {
      this.slotStart[s] = total;
      total += slotsPerStream[s]!;
    }
    this.slotCount = total;
    this.tables = new Array<Float32Array | null>(this.streamCount).fill(null);
    this.closed = new Uint8Array(this.streamCount);
    this.oriented = Uint8Array.from(oriented, (value) => (value ? 1 : 0));
    this.speed = new Float32Array(this.streamCount);
    this.rate = new Float32Array(this.streamCount);
    this.accumulated = new Float32Array(this.streamCount);
    this.threshold = new Float32Array(this.streamCount).fill(1);
    this.progress = new Float32Array(total).fill(-1);
    this.lateral = new Float32Array(total);
    this.shown = new Uint8Array(total);
    this.random = seededUniform(seed);
    for (let i = 0; i < total; i++) this.lateral[i] = this.random() * 2 - 1;
  }

  /** Sets the sideways scatter of particles around their track, in viewBox units. */
  setSpread(units: number): void {
    this.spread = units;
  }

  /** Puts stream `s` on a track; particles move at `unitsPerSecond` along it. */
  setTrack(s: number, track: Track, unitsPerSecond: number): void {
    this.tables[s] = track.table;
    this.closed[s] = track.closed ? 1 : 0;
    this.speed[s] = track.length > 0 ? unitsPerSecond / track.length : 0;
    const start = this.slotStart[s]!;
    const slots = this.slotsOf[s]!;
    // On a ring, slot k sits at k times the golden ratio round it, so any first few are spread out.
    for (let i = 0; i < slots; i++)
      this.progress[start + i] = track.closed ? (i * GOLDEN_RATIO + this.random() * 0.1) % 1 : -1;
    this.accumulated[s] = this.random();
  }

  /** Open track: particles per second. Closed track: how many particles circle. */
  setRate(s: number, value: number): void {
    this.rate[s] = Number.isFinite(value) && value > 0 ? value : 0;
  }

  /** Advances every stream by `dt` seconds. */
  step(dt: number): void {
    for (let s = 0; s < this.streamCount; s++) {
      if (this.tables[s] === null) continue;
      const start = this.slotStart[s]!;
      const end = start + this.slotsOf[s]!;
      const advance = this.speed[s]! * dt;
      if (this.closed[s] === 1) {
        for (let i = start; i < end; i++) {
          const next = this.progress[i]! + advance;
          this.progress[i] = next >= 1 ? next - 1 : next;
        }
        continue;
      }
      for (let i = start; i < end; i++) {
        if (this.progress[i]! < 0) continue;
        const next = this.progress[i]! + advance;
        this.progress[i] = next >= 1 ? -1 : next;
      }
      const rate = this.rate[s]!;
      if (rate <= 0) continue;
      let accumulated = this.accumulated[s]! + rate * dt;
      while (accumulated >= this.threshold[s]!) {
        accumulated -= this.threshold[s]!;
        // A particle born part-way through the frame has already moved a little.
        const headStart = (accumulated / rate) * this.speed[s]!;
        for (let i = start; i < end; i++) {
          if (this.progress[i]! < 0) {
            this.progress[i] = Math.min(headStart, 0.999);
            break;
          }
        }
        this.threshold[s] = 0.6 + 0.8 * this.random();
      }
      this.accumulated[s] = accumulated;
    }
  }

  /** Runs the streams for `seconds` so that a track starts full rather than empty. */
  prefill(seconds: number): void {
    for (let t = 0; t < seconds; t += 0.1) this.step(0.1);
  }

  /**
   * Binds the particles to their elements (in slot order). Each element needs a transform list
   * of two items, translate then rotate. Where the SVG DOM is missing nothing is bound.
   */
  attach(elements: ArrayLike<SVGGraphicsElement>): void {
    this.translates = new Array<SVGTransform | null>(this.slotCount).fill(null);
    this.rotates = new Array<SVGTransform | null>(this.slotCount).fill(null);
    const count = Math.min(elements.length, this.slotCount);
    for (let i = 0; i < count; i++) {
      const list = elements[i]!.transform?.baseVal;
      if (list === undefined || list.numberOfItems < 2) continue;
      this.translates[i] = list.getItem(0);
      this.rotates[i] = list.getItem(1);
    }
    this.shown.fill(1);
  }

  detach(): void {
    this.translates = [];
    this.rotates = [];
  }

  /** Writes every particle's position to its element. */
  write(): void {
    if (this.translates.length === 0) return;
    const point = this.point;
    for (let s = 0; s < this.streamCount; s++) {
      const table = this.tables[s];
      const start = this.slotStart[s]!;
      const slots = this.slotsOf[s]!;
      const closed = this.closed[s] === 1;
      const visible = closed ? Math.min(slots, Math.round(this.rate[s]!)) : slots;
      for (let k = 0; k < slots; k++) {
        const i = start + k;
        const translate = this.translates[i];
        if (translate == null) continue;
        const active = table != null && k < visible && this.progress[i]! >= 0;
        if (!active) {
          if (this.shown[i] === 1) {
            translate.setTranslate(OFF_SCREEN, OFF_SCREEN);
            this.shown[i] = 0;
          }
          continue;
        }
        pointOnTrack(table, this.progress[i]!, point);
        const offset = this.lateral[i]! * this.spread;
        translate.setTranslate(
          point[0]! - Math.sin(point[2]!) * offset,
          point[1]! + Math.cos(point[2]!) * offset,
        );
        if (this.oriented[s] === 1)
          this.rotates[i]?.setRotate(point[2]! * RADIANS_TO_DEGREES, 0, 0);
        this.shown[i] = 1;
      }
    }
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Gives stream group `s` (the `s`-th child of `layer`) `counts[s]` particle elements of shape
 * `shapes[s]` (an SVG path), parked off screen, reusing those already there; returns every
 * particle in slot order, ready for ParticleField.attach. Built here rather than as markup: a
 * few hundred identical elements the animation alone moves need no per-element reactivity, and
 * creating them directly keeps the first screen's main-thread task short.
 */
export function particleElements(
  layer: Element,
  counts: readonly number[],
  shapes: readonly string[],
): SVGPathElement[] {
  const all: SVGPathElement[] = [];
  counts.forEach((count, s) => {
    const group = layer.children[s];
    if (group === undefined) return;
    while (group.childElementCount > count) group.lastElementChild!.remove();
    while (group.childElementCount < count) {
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('class', 'particle');
      path.setAttribute('transform', `translate(${OFF_SCREEN} ${OFF_SCREEN}) rotate(0)`);
      group.append(path);
    }
    for (const path of group.children as HTMLCollectionOf<SVGPathElement>) {
      path.setAttribute('d', shapes[s] ?? '');
      all.push(path);
    }
  });
  return all;
}

/** Static markers along an edge when motion is reduced: the count follows the same rate. */
export function staticMarkerCount(level: number): number {
  if (!(level > 0)) return 0;
  return Math.min(9, Math.max(1, Math.round(level * 3)));
}
