// @vitest-environment jsdom
// The label overlay places its labels as quads hanging from their markers, drawn in one WebGL
// call, and writes only what changed since the last placement: nothing when the camera has not
// moved, the quads of labels that change side, show or hide when it turns, and the emphasis (on
// the hidden element that the label's picture is drawn from) when the selection changes.
import { afterEach, describe, expect, it } from 'vitest';
import { Matrix4, PerspectiveCamera, Vector3, type BufferAttribute } from 'three';
import { regions } from '../../../src/data/catalog.ts';
import { markerPlacements } from '../../../src/views/brain3d/anatomy.ts';
import { LabelOverlay, type LabelEmphasis } from '../../../src/views/brain3d/labelOverlay.ts';
import { FOCUS_RING, SELECTED_RING } from '../../../src/views/brain3d/overlayBatch.ts';

const placements = markerPlacements(regions);
const WIDTH = 600;
const HEIGHT = 460;

/** An overlay (no atlas: jsdom cannot draw) counting the quads it writes. */
function countedOverlay() {
  const layer = document.createElement('div');
  document.body.appendChild(layer);
  const labels = new LabelOverlay(
    layer,
    placements,
    new Float32Array(placements.length).fill(2),
    new Uint8Array(placements.length).fill(1),
    [],
    null,
  );
  labels.setTexts((placement) => placement.regionId);
  // jsdom lays nothing out: give every label a box.
  for (const element of layer.querySelectorAll<HTMLElement>('.b3d-label')) {
    Object.defineProperty(element, 'offsetWidth', { value: 40 });
    Object.defineProperty(element, 'offsetHeight', { value: 16 });
  }
  const writes = { placed: 0, hidden: 0, uploads: 0 };
  const batch = labels.batch;
  const place = batch.place.bind(batch);
  const hide = batch.hide.bind(batch);
  const commit = batch.commit.bind(batch);
  batch.place = (...args: Parameters<typeof place>) => {
    writes.placed++;
    place(...args);
  };
  batch.hide = (i: number) => {
    writes.hidden++;
    hide(i);
  };
  const places = batch.mesh.geometry.getAttribute('place') as BufferAttribute;
  batch.commit = () => {
    const before = places.version;
    commit();
    if (places.version !== before) writes.uploads++;
  };
  const reset = () => Object.assign(writes, { placed: 0, hidden: 0, uploads: 0 });
  return { layer, labels, batch, writes, reset };
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
    expect(writes.placed).toBeGreaterThan(0);
    expect(writes.uploads).toBe(1);
    reset();
    labels.layout(camera, group, WIDTH, HEIGHT, emphasis('pag'));
    expect(writes).toEqual({ placed: 0, hidden: 0, uploads: 0 });
  });

  it('hangs each shown label from its marker at its box, and hides the others', () => {
    const { labels, batch } = countedOverlay();
    const camera = cameraAt(-300, -200);
    labels.layout(camera, group, WIDTH, HEIGHT, emphasis('pag'));
    const shown = labels.visibleLabels();
    expect(shown.length).toBeGreaterThan(3);
    // Where the vertex shader puts each label: its marker projected, plus the placed offset.
    const boxes = placements.flatMap((placement, i) => {
      const [dx, dy, on] = batch.labelPlace(i);
      if (on === 0) return [];
      const ndc = new Vector3(...placement.mni).project(camera);
      const x = (ndc.x * 0.5 + 0.5) * WIDTH;
      const y = (-ndc.y * 0.5 + 0.5) * HEIGHT;
      return [[Math.round(x + dx), Math.round(y + dy)]];
    });
    expect(boxes).toHaveLength(shown.length);
    expect(boxes).toEqual(
      expect.arrayContaining(shown.map((box) => [Math.round(box.left), Math.round(box.top)])),
    );
  });

  it('moves the shown labels when the camera turns, and marks a new selection', () => {
    const { layer, labels, writes, reset } = countedOverlay();
    labels.layout(cameraAt(-300, -200), group, WIDTH, HEIGHT, emphasis('pag'));
    const shownBefore = labels.visibleLabels().length;
    reset();
    labels.layout(cameraAt(-320, -170), group, WIDTH, HEIGHT, emphasis('pag'));
    expect(writes.placed).toBeGreaterThan(0);
    expect(writes.placed).toBeLessThanOrEqual(labels.visibleLabels().length);
    expect(writes.hidden).toBeLessThan(shownBefore);
    expect(writes.uploads).toBe(1);
    expect(layer.querySelectorAll('.b3d-label-selected')).toHaveLength(1);
    labels.layout(cameraAt(-320, -170), group, WIDTH, HEIGHT, emphasis('thalamus'));
    expect(layer.querySelector('.b3d-label-selected')?.textContent).toBe('thalamus');
    expect(labels.visibleLabels().filter((label) => label.emphasised)).toHaveLength(1);
  });

  it('puts the selection ring around the selected marker and hides the focus ring', () => {
    const { labels, batch } = countedOverlay();
    const camera = cameraAt(-300, -200);
    labels.layout(camera, group, WIDTH, HEIGHT, emphasis('thalamus'));
    const mniOf = (region: string) => Array.from(placements[labels.nearestMarker(region)]!.mni);
    // Around the thalamus marker nearer the camera, 2 mm * 1.9 + 1.2 mm.
    expect(batch.ringPlace(SELECTED_RING).at).toEqual(mniOf('thalamus'));
    expect(batch.ringPlace(SELECTED_RING).radius).toBeCloseTo(5);
    labels.layout(camera, group, WIDTH, HEIGHT, { ...emphasis('pag'), focused: 'lc' });
    expect(batch.ringPlace(SELECTED_RING).at).toEqual(mniOf('pag'));
    expect(batch.ringPlace(FOCUS_RING).at).toEqual(mniOf('lc'));
    expect(batch.ringPlace(FOCUS_RING).radius).toBeGreaterThan(0);
    // Focus gone: the focus ring's radius goes to 0 (hidden); nothing selected, nor that ring.
    labels.layout(camera, group, WIDTH, HEIGHT, emphasis(null));
    expect(batch.ringPlace(FOCUS_RING).radius).toBe(0);
    expect(batch.ringPlace(SELECTED_RING).radius).toBe(0);
  });
});
