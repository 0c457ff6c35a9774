// The 3D labels' pictures: each label drawn once into one canvas (its box, its text and, when it
// is selected or focused, its outline), in the font and colours the page's stylesheet gives its
// hidden element, so the forced-colours palette and any script the browser can draw carry over.
// The canvas is the texture of the overlay's single draw call (overlayBatch.ts); it is redrawn
// only when a label's text or emphasis, the page's colours or the pixel ratio change (an exported
// image redraws it at its own scale), never while the camera moves.
import { CanvasTexture, MathUtils, NearestFilter, NoColorSpace } from 'three';

/** Room around each label's box for its outline (CSS px): the focus outline is 3 px. */
const OUTLINE_ROOM_PX = 3;
/** Atlas width in device pixels; rows are added as the labels need them. */
const ATLAS_WIDTH = 1024;
/** Device pixels between pictures, so nearest sampling never reads a neighbour. */
const GUTTER = 2;

/** One label to draw: its hidden element (the style source) and its box in CSS px. */
interface AtlasEntry {
  element: HTMLElement;
  width: number;
  height: number;
}

/**
 * Where each picture sits: per entry, the texture rectangle (u0, v0, u1, v1, with v down the
 * image) and the picture's size in CSS px; `room` (CSS px, a whole number of device pixels) is
 * the outline's margin on each side of the label's box.
 */
interface AtlasLayout {
  uv: Float32Array;
  size: Float32Array;
  room: number;
}

export class LabelAtlas {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  /** The texture drawn from the canvas; replaced when the canvas grows (three cannot resize it). */
  texture: CanvasTexture;

  /** Throws where the browser has no 2D canvas (the scene then has no WebGL either). */
  constructor(doc: Document) {
    this.canvas = doc.createElement('canvas');
    this.canvas.width = ATLAS_WIDTH;
    this.canvas.height = 64;
    const context = this.canvas.getContext('2d');
    if (context === null) throw new Error('2D canvas unavailable');
    this.context = context;
    this.texture = this.makeTexture();
  }

  /**
   * Draws every entry at `scale` device pixels per CSS pixel and returns where each one went.
   * Reads each element's computed style, so it runs only when something it shows has changed.
   */
  draw(entries: readonly AtlasEntry[], scale: number): AtlasLayout {
    const uv = new Float32Array(entries.length * 4);
    const size = new Float32Array(entries.length * 2);
    // Whole device pixels, so a picture placed at a device pixel puts its box on one too.
    const room = Math.ceil(OUTLINE_ROOM_PX * scale);
    // Shelf packing: left to right, a new row when the next picture does not fit.
    const places: { x: number; y: number; w: number; h: number }[] = [];
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    for (const entry of entries) {
      const w = Math.min(ATLAS_WIDTH, Math.ceil(entry.width * scale) + 2 * room);
      const h = Math.ceil(entry.height * scale) + 2 * room;
      if (x + w > ATLAS_WIDTH) {
        x = 0;
        y += rowHeight + GUTTER;
        rowHeight = 0;
      }
      places.push({ x, y, w, h });
      x += w + GUTTER;
      rowHeight = Math.max(rowHeight, h);
    }
    const height = MathUtils.ceilPowerOfTwo(Math.max(64, y + rowHeight));
    if (height !== this.canvas.height) {
      this.canvas.height = height;
      this.texture.dispose();
      this.texture = this.makeTexture();
    }
    const ctx = this.context;
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    entries.forEach((entry, i) => {
      const place = places[i]!;
      uv.set(
        [
          place.x / ATLAS_WIDTH,
          place.y / height,
          (place.x + place.w) / ATLAS_WIDTH,
          (place.y + place.h) / height,
        ],
        i * 4,
      );
      size[i * 2] = place.w / scale;
      size[i * 2 + 1] = place.h / scale;
      ctx.save();
      ctx.beginPath();
      ctx.rect(place.x, place.y, place.w, place.h);
      ctx.clip();
      ctx.translate(place.x + room, place.y + room);
      ctx.scale(scale, scale);
      paintLabel(ctx, entry);
      ctx.restore();
    });
    this.texture.needsUpdate = true;
    return { uv, size, room: room / scale };
  }

  dispose(): void {
    this.texture.dispose();
    this.canvas.width = 0;
    this.canvas.height = 0;
  }

  private makeTexture(): CanvasTexture {
    const texture = new CanvasTexture(this.canvas);
    // Texels map one to one onto device pixels: no filtering, no mipmaps, colours as drawn.
    texture.magFilter = NearestFilter;
    texture.minFilter = NearestFilter;
    texture.generateMipmaps = false;
    texture.flipY = false;
    texture.premultiplyAlpha = true;
    texture.colorSpace = NoColorSpace;
    return texture;
  }
}

/** Draws one label's box at the origin: its outline (if any), the rounded box and the text. */
function paintLabel(ctx: CanvasRenderingContext2D, entry: AtlasEntry): void {
  const style = getComputedStyle(entry.element);
  const px = (value: string) => Number.parseFloat(value) || 0;
  const radius = px(style.borderTopLeftRadius);
  const outline = style.outlineStyle !== 'none' ? px(style.outlineWidth) : 0;
  if (outline > 0) {
    // The outline is the ring between the box's rounded edge and one `outline` further out, as
    // CSS draws it around a rounded box: the translucent box is not drawn over it.
    ctx.fillStyle = style.outlineColor;
    ctx.beginPath();
    ctx.roundRect(
      -outline,
      -outline,
      entry.width + 2 * outline,
      entry.height + 2 * outline,
      radius + outline,
    );
    ctx.roundRect(0, 0, entry.width, entry.height, radius);
    ctx.fill('evenodd');
  }
  ctx.fillStyle = style.backgroundColor;
  ctx.beginPath();
  ctx.roundRect(0, 0, entry.width, entry.height, radius);
  ctx.fill();
  ctx.fillStyle = style.color;
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  ctx.textBaseline = 'middle';
  const rtl = style.direction === 'rtl';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  const x = rtl ? entry.width - px(style.paddingRight) : px(style.paddingLeft);
  ctx.fillText(entry.element.textContent ?? '', x, entry.height / 2);
}
