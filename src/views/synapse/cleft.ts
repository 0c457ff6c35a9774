// Transmitter in the synaptic gap: particles leave the ending at the release rate, drift about,
// and are carried back into a working (unblocked) transporter. Each particle stays in the gap for
// a time proportional to synaptic level / release, so the number in the gap follows the
// simulated synaptic level: block the transporters and serotonin or noradrenaline piles up.
// Preallocated typed arrays; positions written through the SVG DOM without allocation.
import { seededUniform } from '../../model/random.ts';

const OFF_SCREEN = -10000;
/** Particles in the gap at the untreated level. */
export const CLEFT_PARTICLES_AT_BASELINE = 7;
/** Seconds a particle spends in the gap at the untreated level. */
const BASE_LIFETIME_SECONDS = 2.4;
/** Phases of a particle's life: leaving the ending, drifting, being carried back. */
const LEAVE_UNTIL = 0.2;
const RETURN_FROM = 0.8;

export interface Point {
  x: number;
  y: number;
}

export interface CleftSide {
  release: readonly Point[];
  transporters: readonly Point[];
  /** The region where particles drift. */
  driftLeft: number;
  driftRight: number;
  driftTop: number;
  driftBottom: number;
}

export class CleftField {
  readonly capacity: number;
  private readonly random: () => number;
  private readonly age: Float32Array;
  private readonly ageRate: Float32Array;
  /** Per particle: start, two drift points and the end (x, y each): 8 numbers. */
  private readonly path: Float32Array;
  private readonly wobble: Float32Array;
  private readonly shown: Uint8Array;
  private side: CleftSide | null = null;
  private releaseRate = 0;
  private lifetime = BASE_LIFETIME_SECONDS;
  private accumulated = 0;
  private threshold = 1;
  /** Indices of the transporters still working (not blocked), set when the levels change. */
  private readonly working = new Int32Array(64);
  private workingCount = 0;
  private translates: (SVGTransform | null)[] = [];
  private clock = 0;

  constructor(capacity: number, seed: number) {
    this.capacity = capacity;
    this.random = seededUniform(seed);
    this.age = new Float32Array(capacity).fill(-1);
    this.ageRate = new Float32Array(capacity);
    this.path = new Float32Array(capacity * 8);
    this.wobble = new Float32Array(capacity);
    this.shown = new Uint8Array(capacity);
  }

  setSide(side: CleftSide): void {
    this.side = side;
    this.age.fill(-1);
  }

  /**
   * `release` and `synapticLevel` are relative to untreated; `blocked[k]` says whether
   * transporter k holds a drug molecule.
   */
  setLevels(release: number, synapticLevel: number, blocked: readonly boolean[]): void {
    const safeRelease = Number.isFinite(release) && release > 0 ? release : 0;
    const safeLevel = Number.isFinite(synapticLevel) && synapticLevel > 0 ? synapticLevel : 0;
    this.releaseRate = (CLEFT_PARTICLES_AT_BASELINE / BASE_LIFETIME_SECONDS) * safeRelease;
    this.lifetime = safeRelease > 0 ? (BASE_LIFETIME_SECONDS * safeLevel) / safeRelease : 0;
    this.workingCount = 0;
    for (let k = 0; k < blocked.length && k < this.working.length; k++)
      if (!blocked[k]) this.working[this.workingCount++] = k;
  }

  private emit(slot: number): void {
    const side = this.side!;
    const r = this.random;
    const start = side.release[Math.floor(r() * side.release.length)]!;
    const base = slot * 8;
    const width = side.driftRight - side.driftLeft;
    const height = side.driftBottom - side.driftTop;
    this.path[base] = start.x;
    this.path[base + 1] = start.y;
    this.path[base + 2] = side.driftLeft + r() * width;
    this.path[base + 3] = side.driftTop + r() * height;
    this.path[base + 4] = side.driftLeft + r() * width;
    this.path[base + 5] = side.driftTop + r() * height;
    if (this.workingCount > 0) {
      const end = side.transporters[this.working[Math.floor(r() * this.workingCount)]!]!;
      this.path[base + 6] = end.x;
      this.path[base + 7] = end.y;
    } else {
      // Every transporter blocked: the particle diffuses away sideways instead.
      this.path[base + 6] =
        r() < 0.5 ? side.driftLeft - width * 0.3 : side.driftRight + width * 0.3;
      this.path[base + 7] = side.driftBottom;
    }
    this.wobble[slot] = r() * Math.PI * 2;
    this.ageRate[slot] = this.lifetime > 0 ? 1 / (this.lifetime * (0.75 + 0.5 * r())) : 1;
    this.age[slot] = 0;
  }

  step(dt: number): void {
    if (this.side === null) return;
    this.clock += dt;
    for (let i = 0; i < this.capacity; i++) {
      if (this.age[i]! < 0) continue;
      const next = this.age[i]! + this.ageRate[i]! * dt;
      this.age[i] = next >= 1 ? -1 : next;
    }
    if (this.releaseRate <= 0 || this.lifetime <= 0) return;
    this.accumulated += this.releaseRate * dt;
    while (this.accumulated >= this.threshold) {
      this.accumulated -= this.threshold;
      this.threshold = 0.5 + this.random();
      for (let i = 0; i < this.capacity; i++) {
        if (this.age[i]! < 0) {
          this.emit(i);
          break;
        }
      }
    }
  }

  prefill(seconds: number): void {
    for (let t = 0; t < seconds; t += 0.1) this.step(0.1);
  }

  attach(elements: ArrayLike<SVGGraphicsElement>): void {
    this.translates = new Array<SVGTransform | null>(this.capacity).fill(null);
    for (let i = 0; i < Math.min(elements.length, this.capacity); i++) {
      const list = elements[i]!.transform?.baseVal;
      if (list !== undefined && list.numberOfItems > 0) this.translates[i] = list.getItem(0);
    }
    this.shown.fill(1);
  }

  detach(): void {
    this.translates = [];
  }

  write(): void {
    for (let i = 0; i < this.translates.length; i++) {
      const translate = this.translates[i];
      if (translate == null) continue;
      const age = this.age[i]!;
      if (age < 0) {
        if (this.shown[i] === 1) translate.setTranslate(OFF_SCREEN, OFF_SCREEN);
        this.shown[i] = 0;
        continue;
      }
      const base = i * 8;
      let from = base;
      let fraction: number;
      if (age < LEAVE_UNTIL) fraction = age / LEAVE_UNTIL;
      else if (age < RETURN_FROM) {
        from = base + 2;
        fraction = (age - LEAVE_UNTIL) / (RETURN_FROM - LEAVE_UNTIL);
      } else {
        from = base + 4;
        fraction = (age - RETURN_FROM) / (1 - RETURN_FROM);
      }
      const drift = age >= LEAVE_UNTIL && age < RETURN_FROM ? 1 : 0;
      const wobble = this.wobble[i]! + this.clock * 2.2;
      translate.setTranslate(
        this.path[from]! +
          (this.path[from + 2]! - this.path[from]!) * fraction +
          drift * 4 * Math.sin(wobble),
        this.path[from + 1]! +
          (this.path[from + 3]! - this.path[from + 1]!) * fraction +
          drift * 4 * Math.cos(wobble * 1.3),
      );
      this.shown[i] = 1;
    }
  }
}
