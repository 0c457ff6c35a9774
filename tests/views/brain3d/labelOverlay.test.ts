// @vitest-environment jsdom
// The label overlay writes to the page only what changed since the last layout: nothing when the
// camera has not moved, the positions of the shown labels when it turns, and the emphasis when
// the selection changes (each style write costs the browser microseconds per label per frame).
import { afterEach, describe, expect, it } from 'vitest';
import { Matrix4, PerspectiveCamera } from 'three';
import { regions } from '../../../src/data/catalog.ts';
import { markerPlacements } from '../../../src/views/brain3d/anatomy.ts';
import { LabelOverlay, type LabelEmphasis } from '../../../src/views/brain3d/labelOverlay.ts';

const placements = markerPlacements(regions);
const WIDTH = 600;
const HEIGHT = 460;

/** An overlay whose label elements count the writes made to their style and classes. */
function countedOverlay() {
  const layer = document.createElement('div');
  document.body.appendChild(layer);
  const labels = new LabelOverlay(
    layer,
    placements,
    new Float32Array(placements.length).fill(2),
    new Uint8Array(placements.length).fill(1),
    [],
  );
  labels.setTexts((placement) => placement.regionId);
  const writes = { transform: 0, visibility: 0, classes: 0 };
  for (const element of layer.querySelectorAll<HTMLElement>('.b3d-label')) {
    const style = element.style;
    for (const property of ['transform', 'visibility'] as const) {
      const proto = Object.getPrototypeOf(style) as object;
      const accessor = Object.getOwnPropertyDescriptor(proto, property)!;
      Object.defineProperty(style, property, {
        get: () => accessor.get!.call(style) as string,
        set: (value: string) => {
          writes[property]++;
          accessor.set!.call(style, value);
        },
      });
    }
    const toggle = element.classList.toggle.bind(element.classList);
    element.classList.toggle = (token: string, force?: boolean) => {
      writes.classes++;
      return toggle(token, force);
    };
  }
  const reset = () => Object.assign(writes, { transform: 0, visibility: 0, classes: 0 });
  return { layer, labels, writes, reset };
}

function cameraAt(x: number, z: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(35, WIDTH / HEIGHT, 5, 4000);
  camera.position.set(x, 0, z);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  return camera;
}

const emphasis = (selected: string | null): LabelEmphasis => ({
  selected,
  focused: null,
  hovered: null,
  showAll: true,
});

const group = new Matrix4();

afterEach(() => document.body.replaceChildren());

describe('the label overlay', () => {
  it('writes nothing when laid out again from the same camera', () => {
    const { labels, writes, reset } = countedOverlay();
    const camera = cameraAt(-300, -200);
    labels.layout(camera, group, WIDTH, HEIGHT, emphasis('pag'));
    expect(writes.transform).toBeGreaterThan(0);
    reset();
    labels.layout(camera, group, WIDTH, HEIGHT, emphasis('pag'));
    expect(writes).toEqual({ transform: 0, visibility: 0, classes: 0 });
  });

  it('moves the shown labels when the camera turns, and marks a new selection', () => {
    const { layer, labels, writes, reset } = countedOverlay();
    labels.layout(cameraAt(-300, -200), group, WIDTH, HEIGHT, emphasis('pag'));
    const shownBefore = labels.visibleLabels().length;
    reset();
    labels.layout(cameraAt(-320, -170), group, WIDTH, HEIGHT, emphasis('pag'));
    expect(writes.transform).toBeGreaterThan(0);
    expect(writes.transform).toBeLessThanOrEqual(labels.visibleLabels().length);
    // Labels that stay shown are not shown again, nor marked again.
    expect(writes.visibility).toBeLessThan(shownBefore);
    expect(writes.classes).toBe(0);
    for (const element of layer.querySelectorAll<HTMLElement>('.b3d-label'))
      if (element.style.visibility === 'visible')
        expect(element.style.transform).toMatch(/^translate\(-?\d+px, -?\d+px\)$/);
    expect(layer.querySelectorAll('.b3d-label-selected')).toHaveLength(1);
    labels.layout(cameraAt(-320, -170), group, WIDTH, HEIGHT, emphasis('thalamus'));
    expect(layer.querySelector('.b3d-label-selected')?.textContent).toBe('thalamus');
    expect(labels.visibleLabels().filter((label) => label.emphasised)).toHaveLength(1);
  });
});
