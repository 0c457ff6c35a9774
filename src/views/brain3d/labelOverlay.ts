// Region labels as HTML over the canvas (crisp text, any script), positioned by projecting each
// marker and decluttered in screen space. Also answers picking: the marker nearest a point on
// screen, within a touch-sized radius. Labels are aria-hidden: the region list in the component
// is what screen readers use.
import { Vector3, type Matrix4, type PerspectiveCamera } from 'three';
import type { MarkerPlacement, Mni } from './anatomy.ts';
import { declutterLabels, labelItem, type LabelItem } from './declutter.ts';

/** Label priority when space is short: the descending brake first, then the ascending path. */
const LABEL_PRIORITY: Readonly<Record<string, number>> = {
  pag: 300,
  'rvm-off': 290,
  'rvm-on': 285,
  'rvm-5ht': 282,
  lc: 280,
  'dh-projection': 270,
  'dh-interneuron': 265,
  thalamus: 260,
  s1: 250,
  insula: 245,
  dacc: 240,
  racc: 235,
  nociceptor: 230,
  amygdala: 220,
  dlpfc: 215,
};
const DEFAULT_PRIORITY = 150;
const MIN_PICK_RADIUS_PX = 16;

export interface StaticLabel {
  text: string;
  mni: Mni;
}

export interface LabelEmphasis {
  selected: string | null;
  focused: string | null;
  hovered: string | null;
  showAll: boolean;
}

const _v = new Vector3();
const _camera = new Vector3();

/** What a label element last showed (LabelOverlay.shownFlags). */
const SHOWN = 1;
const SELECTED = 2;
const FOCUSED = 4;

export class LabelOverlay {
  /** Screen position (CSS px), radius (px) and camera distance of each marker, last layout. */
  readonly screenX: Float32Array;
  readonly screenY: Float32Array;
  readonly screenRadius: Float32Array;
  readonly depth: Float32Array;
  private readonly items: LabelItem[];
  private readonly elements: HTMLElement[];
  /** Each element's style object, and what was last written to it (writes only on change). */
  private readonly styles: CSSStyleDeclaration[];
  private readonly shownLeft: Int32Array;
  private readonly shownTop: Int32Array;
  /** Bit flags last written: SHOWN, SELECTED, FOCUSED. */
  private readonly shownFlags: Uint8Array;
  private readonly staticMni: readonly Mni[];
  /** The other hemisphere's marker of the same region, or -1. */
  private readonly twins: Int16Array;
  private measured = false;

  constructor(
    private readonly layer: HTMLElement,
    private readonly placements: readonly MarkerPlacement[],
    private readonly radii: Float32Array,
    private readonly shown: Uint8Array,
    staticLabels: readonly StaticLabel[],
  ) {
    const n = placements.length;
    this.screenX = new Float32Array(n);
    this.screenY = new Float32Array(n);
    this.screenRadius = new Float32Array(n);
    this.depth = new Float32Array(n);
    this.staticMni = staticLabels.map((s) => s.mni);
    this.twins = Int16Array.from(placements, (p, i) =>
      placements.findIndex((q, j) => j !== i && q.regionId === p.regionId),
    );
    this.items = Array.from({ length: n + staticLabels.length }, labelItem);
    const doc = layer.ownerDocument;
    this.elements = this.items.map((_, i) => {
      const element = doc.createElement('span');
      element.className = i < n ? 'b3d-label' : 'b3d-label b3d-label-static';
      element.setAttribute('aria-hidden', 'true');
      if (i >= n) element.textContent = staticLabels[i - n]!.text;
      layer.appendChild(element);
      return element;
    });
    this.styles = this.elements.map((element) => element.style);
    this.shownLeft = new Int32Array(this.items.length);
    this.shownTop = new Int32Array(this.items.length);
    // Labels start hidden (the stylesheet's visibility), with no emphasis.
    this.shownFlags = new Uint8Array(this.items.length);
  }

  /** Sets the marker labels' text (when the mode or the values change, not per frame). */
  setTexts(textOf: (placement: MarkerPlacement) => string): void {
    this.placements.forEach((placement, i) => {
      const text = textOf(placement);
      if (this.elements[i]!.textContent !== text) {
        this.elements[i]!.textContent = text;
        this.measured = false;
      }
    });
  }

  /** Projects the markers, picks which labels show and moves them. */
  layout(
    camera: PerspectiveCamera,
    groupMatrix: Matrix4,
    width: number,
    height: number,
    emphasis: LabelEmphasis,
  ): void {
    if (!this.measured) this.measure();
    const n = this.placements.length;
    const pixelsPerMmAtUnitDepth = height / (2 * Math.tan((camera.fov * Math.PI) / 360));
    camera.getWorldPosition(_camera);
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i]!;
      const mni = i < n ? this.placements[i]!.mni : this.staticMni[i - n]!;
      _v.set(mni[0], mni[1], mni[2]).applyMatrix4(groupMatrix);
      const distance = _v.distanceTo(_camera);
      _v.project(camera);
      item.x = (_v.x * 0.5 + 0.5) * width;
      item.y = (-_v.y * 0.5 + 0.5) * height;
      const inView = _v.z < 1 && Math.abs(_v.x) <= 1.05 && Math.abs(_v.y) <= 1.05;
      if (i >= n) {
        item.onScreen = inView && emphasis.showAll;
        item.markerRadius = 6;
        item.priority = 1;
        continue;
      }
      this.screenX[i] = item.x;
      this.screenY[i] = item.y;
      this.depth[i] = distance;
      this.screenRadius[i] = (this.radii[i]! * pixelsPerMmAtUnitDepth) / Math.max(distance, 1);
      item.markerRadius = this.screenRadius[i]!;
      item.onScreen = inView && this.shown[i] === 1;
    }
    for (let i = 0; i < n; i++) this.prioritise(i, emphasis);
    declutterLabels(this.items, width, height);
    this.writeLabels(n, emphasis);
  }

  /**
   * Shows, moves and marks the labels as the layout says, writing only what changed since the
   * last frame: while the camera turns that is each shown label's position, nothing else.
   */
  private writeLabels(markers: number, emphasis: LabelEmphasis): void {
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i]!;
      const style = this.styles[i]!;
      const was = this.shownFlags[i]!;
      if (!item.visible) {
        if (was & SHOWN) style.visibility = 'hidden';
        this.shownFlags[i] = was & ~SHOWN;
        continue;
      }
      const regionId = i < markers ? this.placements[i]!.regionId : null;
      const flags =
        SHOWN |
        (regionId !== null && regionId === emphasis.selected ? SELECTED : 0) |
        (regionId !== null && regionId === emphasis.focused ? FOCUSED : 0);
      if (!(was & SHOWN)) style.visibility = 'visible';
      const left = Math.round(item.left);
      const top = Math.round(item.top);
      if (!(was & SHOWN) || left !== this.shownLeft[i] || top !== this.shownTop[i]) {
        style.transform = `translate(${left}px, ${top}px)`;
        this.shownLeft[i] = left;
        this.shownTop[i] = top;
      }
      const changed = (flags ^ was) & (SELECTED | FOCUSED);
      if (changed) {
        const classes = this.elements[i]!.classList;
        if (changed & SELECTED) classes.toggle('b3d-label-selected', (flags & SELECTED) !== 0);
        if (changed & FOCUSED) classes.toggle('b3d-label-focused', (flags & FOCUSED) !== 0);
      }
      this.shownFlags[i] = flags;
    }
  }

  /** The shown labels with their text and box (CSS px), for drawing them into an exported PNG. */
  visibleLabels(): {
    text: string;
    left: number;
    top: number;
    width: number;
    height: number;
    emphasised: boolean;
  }[] {
    return this.items.flatMap((item, i) =>
      item.visible
        ? [
            {
              text: this.elements[i]!.textContent ?? '',
              left: item.left,
              top: item.top,
              width: item.width,
              height: item.height,
              emphasised: this.elements[i]!.classList.contains('b3d-label-selected'),
            },
          ]
        : [],
    );
  }

  /** The shown marker of a region nearest the camera (the one that carries its label), or -1. */
  nearestMarker(regionId: string | null): number {
    if (regionId === null) return -1;
    let best = -1;
    for (let i = 0; i < this.placements.length; i++) {
      if (this.placements[i]!.regionId !== regionId || !this.shown[i]) continue;
      if (best < 0 || this.depth[i]! < this.depth[best]!) best = i;
    }
    return best;
  }

  /** The marker under a point (CSS px, from the last layout), nearest the camera on ties; -1. */
  pick(x: number, y: number): number {
    let best = -1;
    let bestScore = Infinity;
    for (let i = 0; i < this.placements.length; i++) {
      if (!this.shown[i]) continue;
      const reach = Math.max(this.screenRadius[i]! + 4, MIN_PICK_RADIUS_PX);
      const distance = Math.hypot(x - this.screenX[i]!, y - this.screenY[i]!);
      if (distance > reach) continue;
      const score = distance / reach + this.depth[i]! * 1e-4;
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }

  setVisible(visible: boolean): void {
    this.layer.style.display = visible ? '' : 'none';
  }

  dispose(): void {
    for (const element of this.elements) element.remove();
  }

  private prioritise(i: number, emphasis: LabelEmphasis): void {
    const item = this.items[i]!;
    const placement = this.placements[i]!;
    const id = placement.regionId;
    // Label only the copy of a bilateral region nearer the camera.
    const twin = this.twins[i]!;
    if (twin >= 0 && this.shown[twin] && this.depth[twin]! < this.depth[i]!) item.onScreen = false;
    if (id === emphasis.selected || id === emphasis.focused) item.priority = Infinity;
    else if (id === emphasis.hovered) item.priority = 1e6;
    else if (!emphasis.showAll) item.onScreen = false;
    else item.priority = (LABEL_PRIORITY[id] ?? DEFAULT_PRIORITY) - this.depth[i]! * 0.01;
  }

  private measure(): void {
    this.elements.forEach((element, i) => {
      const item = this.items[i]!;
      item.width = element.offsetWidth;
      item.height = element.offsetHeight;
    });
    this.measured = true;
  }
}
