// Region labels: each marker is projected and the labels decluttered in screen space (the
// placement), then drawn by WebGL in the overlay's one call (overlayBatch.ts), hanging from
// their markers, from pictures of hidden HTML labels (labelAtlas.ts): the elements carry the
// text, the stylesheet's look and the size the declutter needs, and nothing is written to the
// page while the camera moves. The placement also puts the selection and focus rings. Also
// answers picking: the marker nearest a point on screen, within a touch-sized radius. Labels are
// aria-hidden: the region list in the component is what screen readers use.
import { Matrix4, type PerspectiveCamera } from 'three';
import type { MarkerPlacement, Mni } from './anatomy.ts';
import type { LabelAtlas } from './labelAtlas.ts';
import { FOCUS_RING, OverlayBatch, SELECTED_RING } from './overlayBatch.ts';
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

/** The group's millimetres to the camera's view space, this layout. */
const _modelView = new Matrix4();

/** A label shown, with its box in CSS px from the canvas's top left (for tests). */
export interface ShownLabel {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  emphasised: boolean;
}

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
  /** The overlay's single draw: halos, rings and labels (added to the scene by its owner). */
  readonly batch: OverlayBatch;
  private readonly items: LabelItem[];
  private readonly elements: HTMLElement[];
  /** Each shown label's last offset from its marker, in device pixels (written only on change). */
  private readonly shownDx: Int32Array;
  private readonly shownDy: Int32Array;
  /** Bit flags last written: SHOWN, SELECTED, FOCUSED. */
  private readonly shownFlags: Uint8Array;
  /** Device pixels per CSS pixel: quads sit on whole device pixels, pictures are drawn at it. */
  private scale = 1;
  private picturesStale = true;
  /** The marker each ring was last put around (-1: hidden) and its radius (mm). */
  private readonly ringMarker = Int16Array.of(-1, -1);
  private readonly ringRadius = new Float64Array(2);
  /** Each label's anchor in the group's millimetres (x, y, z per label). */
  private readonly anchors: Float64Array;
  /** Each marker's label importance (LABEL_PRIORITY), looked up once. */
  private readonly importance: Float64Array;
  /** The other hemisphere's marker of the same region, or -1. */
  private readonly twins: Int16Array;
  private measured = false;

  constructor(
    layer: HTMLElement,
    private readonly placements: readonly MarkerPlacement[],
    private readonly radii: Float32Array,
    private readonly shown: Uint8Array,
    staticLabels: readonly StaticLabel[],
    /** Draws the pictures; null where there is no 2D canvas (the quads are still laid out). */
    private readonly atlas: LabelAtlas | null,
  ) {
    const n = placements.length;
    this.screenX = new Float32Array(n);
    this.screenY = new Float32Array(n);
    this.screenRadius = new Float32Array(n);
    this.depth = new Float32Array(n);
    this.anchors = Float64Array.from(
      [...placements.map((p) => p.mni), ...staticLabels.map((s) => s.mni)].flat(),
    );
    this.importance = Float64Array.from(
      placements,
      (p) => LABEL_PRIORITY[p.regionId] ?? DEFAULT_PRIORITY,
    );
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
    this.shownDx = new Int32Array(this.items.length);
    this.shownDy = new Int32Array(this.items.length);
    // Labels start hidden (collapsed quads), with no emphasis.
    this.shownFlags = new Uint8Array(this.items.length);
    this.batch = new OverlayBatch(this.anchors.subarray(0, n * 3), this.anchors);
    if (atlas) this.batch.setTexture(atlas.texture);
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

  /** Device pixels per CSS pixel (the renderer's pixel ratio): the pictures are redrawn at it. */
  setScale(scale: number): void {
    if (scale === this.scale) return;
    this.scale = scale;
    this.picturesStale = true;
  }

  /** Measures and draws the labels again (forced colours came or went). */
  restyle(): void {
    this.measured = false;
  }

  /** Places the labels: projects the markers, picks which labels show and on which side. */
  layout(
    camera: PerspectiveCamera,
    groupMatrix: Matrix4,
    width: number,
    height: number,
    emphasis: LabelEmphasis,
  ): void {
    if (!this.measured) this.measure();
    const n = this.placements.length;
    this.project(camera, groupMatrix, width, height);
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i]!;
      if (i >= n) {
        item.onScreen = item.onScreen && emphasis.showAll;
        item.markerRadius = 6;
        item.priority = 1;
        continue;
      }
      item.markerRadius = this.screenRadius[i]!;
      item.onScreen = item.onScreen && this.shown[i] === 1;
      this.prioritise(i, emphasis);
    }
    declutterLabels(this.items, width, height);
    this.writeLabels(n, emphasis);
    this.placeRing(SELECTED_RING, this.nearestMarker(emphasis.selected));
    this.placeRing(FOCUS_RING, this.nearestMarker(emphasis.focused));
    this.batch.commit();
  }

  /**
   * Projects every label's anchor for the camera: the markers' screen position, radius and
   * distance (what picking reads), and each label's anchor and whether it is in view. Cheap:
   * picking calls it alone, between placements.
   */
  project(camera: PerspectiveCamera, groupMatrix: Matrix4, width: number, height: number): void {
    const n = this.placements.length;
    const pixelsPerMmAtUnitDepth = height / (2 * Math.tan((camera.fov * Math.PI) / 360));
    // One matrix to view space and the projection's elements, rather than three.js's
    // project() per label.
    const view = _modelView.multiplyMatrices(camera.matrixWorldInverse, groupMatrix).elements;
    const proj = camera.projectionMatrix.elements;
    const anchors = this.anchors;
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i]!;
      const ax = anchors[i * 3]!;
      const ay = anchors[i * 3 + 1]!;
      const az = anchors[i * 3 + 2]!;
      const vx = view[0]! * ax + view[4]! * ay + view[8]! * az + view[12]!;
      const vy = view[1]! * ax + view[5]! * ay + view[9]! * az + view[13]!;
      const vz = view[2]! * ax + view[6]! * ay + view[10]! * az + view[14]!;
      const w = proj[3]! * vx + proj[7]! * vy + proj[11]! * vz + proj[15]!;
      const ndcX = (proj[0]! * vx + proj[4]! * vy + proj[8]! * vz + proj[12]!) / w;
      const ndcY = (proj[1]! * vx + proj[5]! * vy + proj[9]! * vz + proj[13]!) / w;
      const ndcZ = (proj[2]! * vx + proj[6]! * vy + proj[10]! * vz + proj[14]!) / w;
      item.x = (ndcX * 0.5 + 0.5) * width;
      item.y = (-ndcY * 0.5 + 0.5) * height;
      item.onScreen = w > 0 && ndcZ < 1 && Math.abs(ndcX) <= 1.05 && Math.abs(ndcY) <= 1.05;
      if (i >= n) continue;
      const distance = Math.sqrt(vx * vx + vy * vy + vz * vz);
      this.screenX[i] = item.x;
      this.screenY[i] = item.y;
      this.depth[i] = distance;
      this.screenRadius[i] = (this.radii[i]! * pixelsPerMmAtUnitDepth) / Math.max(distance, 1);
    }
  }

  /**
   * Shows, hides and marks the labels as the placement says, writing only what changed since the
   * last one: a label that keeps its side as the camera turns is not written at all.
   */
  private writeLabels(markers: number, emphasis: LabelEmphasis): void {
    for (let i = 0; i < markers; i++) {
      const was = this.shownFlags[i]!;
      const regionId = this.placements[i]!.regionId;
      const flags =
        (regionId === emphasis.selected ? SELECTED : 0) |
        (regionId === emphasis.focused ? FOCUSED : 0);
      const changed = (flags ^ was) & (SELECTED | FOCUSED);
      if (changed) {
        // The hidden element takes the emphasis's look, and its picture is drawn again.
        const classes = this.elements[i]!.classList;
        if (changed & SELECTED) classes.toggle('b3d-label-selected', (flags & SELECTED) !== 0);
        if (changed & FOCUSED) classes.toggle('b3d-label-focused', (flags & FOCUSED) !== 0);
        this.picturesStale = true;
        this.shownFlags[i] = (was & SHOWN) | flags;
      }
    }
    const redrawn = this.picturesStale;
    if (redrawn) this.drawPictures();
    const scale = this.scale;
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i]!;
      const was = this.shownFlags[i]!;
      if (!item.visible) {
        if (was & SHOWN) this.batch.hide(i);
        this.shownFlags[i] = was & ~SHOWN;
        continue;
      }
      const dx = Math.round((item.left - item.x) * scale);
      const dy = Math.round((item.top - item.y) * scale);
      if (redrawn || !(was & SHOWN) || dx !== this.shownDx[i] || dy !== this.shownDy[i]) {
        this.batch.place(i, item.left - item.x, item.top - item.y);
        this.shownDx[i] = dx;
        this.shownDy[i] = dy;
      }
      this.shownFlags[i] = was | SHOWN;
    }
  }

  /** Puts a ring around a marker (the nearer of a pair), sized by it; -1 hides it. */
  private placeRing(ring: number, marker: number): void {
    const radius = marker < 0 ? 0 : this.radii[marker]! * 1.9 + 1.2;
    if (marker === this.ringMarker[ring] && radius === this.ringRadius[ring]) return;
    this.ringMarker[ring] = marker;
    this.ringRadius[ring] = radius;
    const at = marker < 0 ? [0, 0, 0] : this.anchors.subarray(marker * 3, marker * 3 + 3);
    this.batch.setRing(ring, Array.from(at), radius);
  }

  /** Draws every label's picture into the atlas (text, emphasis or pixel ratio changed). */
  private drawPictures(): void {
    this.picturesStale = false;
    if (this.atlas === null) {
      // No pictures to draw: the quads take the labels' boxes.
      const boxes = Float32Array.from(this.items.flatMap((item) => [item.width, item.height]));
      this.batch.setPictures(new Float32Array(this.items.length * 4), boxes, 0);
      return;
    }
    const drawn = this.atlas.draw(
      this.items.map((item, i) => ({
        element: this.elements[i]!,
        width: item.width,
        height: item.height,
      })),
      this.scale,
    );
    this.batch.setPictures(drawn.uv, drawn.size, drawn.room);
    this.batch.setTexture(this.atlas.texture);
  }

  /** The labels shown at the last placement, with their text and box. */
  visibleLabels(): ShownLabel[] {
    return this.items.flatMap((item, i) =>
      item.visible
        ? [
            {
              text: this.elements[i]!.textContent ?? '',
              left: item.left,
              top: item.top,
              width: item.width,
              height: item.height,
              emphasised: (this.shownFlags[i]! & SELECTED) !== 0,
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

  dispose(): void {
    for (const element of this.elements) element.remove();
    this.batch.dispose();
    this.atlas?.dispose();
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
    else item.priority = this.importance[i]! - this.depth[i]! * 0.01;
  }

  private measure(): void {
    this.elements.forEach((element, i) => {
      const item = this.items[i]!;
      item.width = element.offsetWidth;
      item.height = element.offsetHeight;
    });
    this.measured = true;
    this.picturesStale = true;
  }
}
