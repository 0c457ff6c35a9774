// What the 3D view draws over the scene, in a single WebGL draw call: the markers' glowing halos,
// the rings around the selected and the keyboard-focused region, and the region labels (in that
// order, so labels sit on top). Each is a quad hanging from a marker's position: the vertex shader
// projects the marker with the camera of the frame, then sizes a halo or a ring by the marker's
// distance (shading it as a glow or a ring facing the camera), or puts a label's box at the offset
// the last placement chose, on whole pixels of the drawing buffer, textured from the label atlas.
// So all of it follows the camera on every frame with nothing written or uploaded; the placement
// (labelOverlay.ts) writes a quad only when its label changes side, shows or hides (or every shown
// one, when the atlas is redrawn), or a ring moves to another marker, and the halos change only
// with the simulation's state.
import {
  BufferAttribute,
  BufferGeometry,
  Mesh,
  ShaderMaterial,
  type Texture,
  Vector2,
} from 'three';

/** Drawn after everything else (three sorts by render order first). */
const OVERLAY_RENDER_ORDER = 1e6;

/** The selection ring (white) and the focus ring (the focus outline's blue). */
export const SELECTED_RING = 0;
export const FOCUS_RING = 1;
const RINGS = [
  { colour: [1, 1, 1], width: 0.16 },
  { colour: [0x7f / 255, 0xb2 / 255, 1], width: 0.24 },
] as const;

/** What a quad draws (its `kind` attribute). */
const LABEL = 0;
const RING = 1;
const HALO = 2;

// A label's quad: `place` is its box's top left from the marker (CSS px) and whether it shows (1
// or 0); `corner` the vertex's corner of the picture from there (CSS px; whole device pixels,
// as the atlas drew it). A ring's or halo's quad: `place.x` is its radius (mm; 0 hides it) and
// `place.y` a ring's width (a share of the radius); `corner` runs from -1 to 1 across it and
// `tint` is its colour (a halo's in linear light). Positions are worked out in the drawing
// buffer's pixels (`buffer`, its size; `pixelRatio`, its pixels per CSS pixel).
const VERTEX = /* glsl */ `
uniform vec2 buffer;
uniform float pixelRatio;
attribute vec3 place;
attribute vec2 corner;
attribute vec3 tint;
attribute float kind;
varying vec2 vUv;
varying vec3 vTint;
varying float vKind;
varying float vInner;
void main() {
  vec4 clip = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  bool isLabel = kind < 0.5;
  if ((isLabel ? place.z : place.x) <= 0.0 || clip.w <= 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // hidden, or behind the camera: outside the view
    return;
  }
  vec2 anchor = (vec2(clip.x, -clip.y) / clip.w * 0.5 + 0.5) * buffer;
  vec2 at;
  if (isLabel) {
    at = floor(anchor + place.xy * pixelRatio + 0.5) + corner * pixelRatio;
    vUv = uv;
  } else {
    // The radius on screen: millimetres at the marker's depth, as the projection scales them.
    float radius = place.x * projectionMatrix[1][1] * 0.5 * buffer.y / clip.w;
    at = anchor + corner * radius;
    vUv = corner;
    vInner = 1.0 - place.y;
  }
  vTint = tint;
  vKind = kind;
  gl_Position = vec4(at.x / buffer.x * 2.0 - 1.0, 1.0 - at.y / buffer.y * 2.0, 0.0, 1.0);
}`;

// Output is premultiplied: a label's picture as drawn; a ring blends over what is behind it; a
// halo has alpha 0, so it is added to what is behind it (bright in the middle, fading to the rim,
// as a glowing sphere would).
const FRAGMENT = /* glsl */ `
uniform sampler2D map;
varying vec2 vUv;
varying vec3 vTint;
varying float vKind;
varying float vInner;
void main() {
  if (vKind < 0.5) {
    gl_FragColor = texture2D(map, vUv);
    return;
  }
  if (vKind > 1.5) {
    float falloff = 1.0 - dot(vUv, vUv);
    if (falloff <= 0.0) discard;
    gl_FragColor = vec4(linearToOutputTexel(vec4(vTint * falloff, 1.0)).rgb, 0.0);
    return;
  }
  float d = length(vUv);
  float edge = fwidth(d);
  float a = smoothstep(vInner - edge, vInner, d) * (1.0 - smoothstep(1.0 - edge, 1.0, d));
  gl_FragColor = vec4(vTint * a, a);
}`;

export class OverlayBatch {
  readonly mesh: Mesh<BufferGeometry, ShaderMaterial>;
  /** Per vertex: the marker's position (a ring's changes with the marker it surrounds). */
  private readonly positions: BufferAttribute;
  /** Per vertex: see VERTEX. */
  private readonly places: BufferAttribute;
  private readonly corners: BufferAttribute;
  private readonly uvs: BufferAttribute;
  private readonly tints: BufferAttribute;
  /** The first ring's and the first label's quad. */
  private readonly ringBase: number;
  private readonly labelBase: number;
  /** The lowest and highest quad placed since the last commit (-1 when none). */
  private firstDirty = -1;
  private lastDirty = -1;

  /**
   * `markers`: each marker's position in the parent's space (x, y, z per marker), for the halos;
   * `labels`: each label's anchor likewise.
   */
  constructor(markers: Float64Array, labels: Float64Array) {
    const haloCount = markers.length / 3;
    this.ringBase = haloCount;
    this.labelBase = haloCount + RINGS.length;
    const count = this.labelBase + labels.length / 3;
    const perVertex = (size: number) =>
      new BufferAttribute(new Float32Array(count * 4 * size), size);
    this.positions = perVertex(3);
    this.places = perVertex(3);
    this.corners = perVertex(2);
    this.uvs = perVertex(2);
    this.tints = perVertex(3);
    const kinds = perVertex(1);
    const position = this.positions.array as Float32Array;
    const corner = this.corners.array as Float32Array;
    const kind = kinds.array as Float32Array;
    for (let quad = 0; quad < count; quad++) {
      const isLabel = quad >= this.labelBase;
      const anchor = isLabel
        ? labels.subarray((quad - this.labelBase) * 3, (quad - this.labelBase) * 3 + 3)
        : quad < haloCount
          ? markers.subarray(quad * 3, quad * 3 + 3)
          : null;
      for (let v = 0; v < 4; v++) {
        const vertex = quad * 4 + v;
        if (anchor) position.set(anchor, vertex * 3);
        if (!isLabel) corner.set([v % 2 === 0 ? -1 : 1, v < 2 ? -1 : 1], vertex * 2);
        kind[vertex] = isLabel ? LABEL : quad < haloCount ? HALO : RING;
      }
    }
    RINGS.forEach(({ colour }, r) => {
      for (let v = 0; v < 4; v++) this.tints.set(colour, ((this.ringBase + r) * 4 + v) * 3);
    });
    const index = new Uint16Array(count * 6);
    for (let quad = 0; quad < count; quad++)
      index.set(
        [0, 2, 1, 1, 2, 3].map((v) => v + quad * 4),
        quad * 6,
      );
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', this.positions);
    geometry.setAttribute('place', this.places);
    geometry.setAttribute('corner', this.corners);
    geometry.setAttribute('uv', this.uvs);
    geometry.setAttribute('tint', this.tints);
    geometry.setAttribute('kind', kinds);
    geometry.setIndex(new BufferAttribute(index, 1));
    const material = new ShaderMaterial({
      uniforms: {
        map: { value: null },
        buffer: { value: new Vector2(1, 1) },
        pixelRatio: { value: 1 },
      },
      vertexShader: VERTEX,
      fragmentShader: FRAGMENT,
      transparent: true,
      premultipliedAlpha: true,
      depthTest: false,
      depthWrite: false,
    });
    this.mesh = new Mesh(geometry, material);
    this.mesh.renderOrder = OVERLAY_RENDER_ORDER;
    this.mesh.frustumCulled = false;
  }

  setTexture(texture: Texture): void {
    this.mesh.material.uniforms.map!.value = texture;
  }

  /** The drawing buffer's size (its pixels) and its pixels per CSS pixel. */
  setBuffer(size: Vector2, pixelRatio: number): void {
    (this.mesh.material.uniforms.buffer!.value as Vector2).copy(size);
    this.mesh.material.uniforms.pixelRatio!.value = pixelRatio;
  }

  /**
   * Sets every marker's halo: its radius (mm; 0 hides it) and its colour in linear light (r, g,
   * b per marker). When the simulation's state changes, not per frame.
   */
  setHalos(radii: Float32Array, colours: Float32Array): void {
    for (let marker = 0; marker < radii.length; marker++) {
      this.setPlace(marker, radii[marker]!, 0, 0);
      const rgb = colours.subarray(marker * 3, marker * 3 + 3);
      for (let v = 0; v < 4; v++) this.tints.set(rgb, (marker * 4 + v) * 3);
    }
    this.tints.addUpdateRange(0, radii.length * 12);
    this.tints.needsUpdate = true;
    this.commit();
  }

  /**
   * Sets every label's picture: its atlas rectangle (u0, v0, u1, v1 per label, v down) and its
   * size (width, height per label, CSS px), which reaches `room` beyond the box on each side.
   */
  setPictures(uv: Float32Array, size: Float32Array, room: number): void {
    const uvs = this.uvs.array as Float32Array;
    const corners = this.corners.array as Float32Array;
    for (let i = 0; i * 4 < uv.length; i++) {
      const [u0, v0, u1, v1] = [uv[i * 4]!, uv[i * 4 + 1]!, uv[i * 4 + 2]!, uv[i * 4 + 3]!];
      const offset = (this.labelBase + i) * 8;
      uvs.set([u0, v0, u1, v0, u0, v1, u1, v1], offset);
      const right = size[i * 2]! - room;
      const bottom = size[i * 2 + 1]! - room;
      corners.set([-room, -room, right, -room, -room, bottom, right, bottom], offset);
    }
    this.uvs.needsUpdate = true;
    this.corners.needsUpdate = true;
  }

  /** Shows label i with its box's top left at (dx, dy) CSS px from its marker on screen. */
  place(i: number, dx: number, dy: number): void {
    this.setPlace(this.labelBase + i, dx, dy, 1);
  }

  /** Hides label i. */
  hide(i: number): void {
    this.setPlace(this.labelBase + i, 0, 0, 0);
  }

  /**
   * Puts a ring (SELECTED_RING or FOCUS_RING) around a marker at `at` (the parent's space) with
   * an outer radius in mm, or hides it (radius 0).
   */
  setRing(ring: number, at: readonly number[], radiusMm: number): void {
    const quad = this.ringBase + ring;
    this.positions.set([...at, ...at, ...at, ...at], quad * 12);
    this.positions.addUpdateRange(quad * 12, 12);
    this.positions.needsUpdate = true;
    this.setPlace(quad, radiusMm, RINGS[ring]!.width, 0);
  }

  /** The `place` attribute's values of label i's first vertex, and of a ring's (for tests). */
  labelPlace(i: number): [number, number, number] {
    return this.placeOf(this.labelBase + i);
  }

  ringPlace(ring: number): { at: number[]; radius: number } {
    const quad = this.ringBase + ring;
    const at = Array.from(
      (this.positions.array as Float32Array).subarray(quad * 12, quad * 12 + 3),
    );
    return { at, radius: this.placeOf(quad)[0] };
  }

  /** Uploads the placed range, on the next draw. */
  commit(): void {
    if (this.firstDirty < 0) return;
    const count = this.lastDirty - this.firstDirty + 1;
    this.places.addUpdateRange(this.firstDirty * 12, count * 12);
    this.places.needsUpdate = true;
    this.firstDirty = -1;
    this.lastDirty = -1;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }

  private placeOf(quad: number): [number, number, number] {
    const places = this.places.array as Float32Array;
    return [places[quad * 12]!, places[quad * 12 + 1]!, places[quad * 12 + 2]!];
  }

  private setPlace(quad: number, x: number, y: number, z: number): void {
    const places = this.places.array as Float32Array;
    for (let at = quad * 12; at < quad * 12 + 12; at += 3) {
      places[at] = x;
      places[at + 1] = y;
      places[at + 2] = z;
    }
    if (this.firstDirty < 0 || quad < this.firstDirty) this.firstDirty = quad;
    if (quad > this.lastDirty) this.lastDirty = quad;
  }
}
