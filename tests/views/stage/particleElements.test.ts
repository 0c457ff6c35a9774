// @vitest-environment jsdom
// particleElements: gives each stream's group its number of particle elements in the stream's
// shape, in slot order, and reuses (or trims) what is already there when called again.
import { describe, expect, it } from 'vitest';
import { particleElements } from '../../../src/views/shared/particles.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function layerOf(groups: number): SVGGElement {
  const layer = document.createElementNS(SVG_NS, 'g');
  for (let i = 0; i < groups; i++) layer.append(document.createElementNS(SVG_NS, 'g'));
  return layer;
}

describe('particleElements', () => {
  it('fills each group with its count of particles in its shape, parked off screen', () => {
    const layer = layerOf(2);
    const all = particleElements(layer, [3, 2], ['M0 0h1', 'M0 0v1']);
    expect(all).toHaveLength(5);
    expect([...layer.children].map((group) => group.childElementCount)).toEqual([3, 2]);
    expect(all.map((path) => path.getAttribute('d'))).toEqual([
      'M0 0h1',
      'M0 0h1',
      'M0 0h1',
      'M0 0v1',
      'M0 0v1',
    ]);
    for (const path of all) {
      expect(path.getAttribute('class')).toBe('particle');
      expect(path.getAttribute('transform')).toBe('translate(-10000 -10000) rotate(0)');
      expect(path.namespaceURI).toBe(SVG_NS);
    }
  });

  it('reuses the elements already there, with a new shape, and drops extra ones', () => {
    const layer = layerOf(2);
    const first = particleElements(layer, [3, 2], ['M0 0h1', 'M0 0v1']);
    const second = particleElements(layer, [2, 2], ['M0 0h2', 'M0 0v2']);
    expect(second).toEqual([first[0], first[1], first[3], first[4]]);
    expect(second.map((path) => path.getAttribute('d'))).toEqual([
      'M0 0h2',
      'M0 0h2',
      'M0 0v2',
      'M0 0v2',
    ]);
    expect(layer.children[0]!.childElementCount).toBe(2);
  });
});
