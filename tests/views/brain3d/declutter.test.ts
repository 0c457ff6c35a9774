// Label decluttering (views/brain3d/declutter.ts): shown labels never overlap one another, stay
// inside the view, go to the most important regions first, keep their side while it is free, and
// a forced label always shows.
import { describe, expect, it } from 'vitest';
import {
  declutterLabels,
  labelItem,
  type LabelItem,
} from '../../../src/views/brain3d/declutter.ts';

function item(x: number, y: number, priority = 1, width = 60, height = 16): LabelItem {
  return { ...labelItem(), x, y, priority, width, height, onScreen: true, markerRadius: 4 };
}

const overlaps = (a: LabelItem, b: LabelItem) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

/** A deterministic pseudo-random sequence (no Math.random in tests). */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

describe('declutterLabels', () => {
  it('shows every label when there is room, each beside its marker', () => {
    const items = [item(100, 100), item(300, 100), item(100, 300)];
    expect(declutterLabels(items, 800, 600)).toBe(3);
    for (const i of items) {
      expect(i.visible).toBe(true);
      expect(Math.abs(i.top + i.height / 2 - i.y)).toBeLessThanOrEqual(i.height);
    }
  });

  it('never shows two overlapping labels, and keeps them inside the view', () => {
    const random = lcg(7);
    const items = Array.from({ length: 40 }, () => item(random() * 400, random() * 300, random()));
    declutterLabels(items, 400, 300);
    const shown = items.filter((i) => i.visible);
    expect(shown.length).toBeGreaterThan(5);
    for (const a of shown) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.top).toBeGreaterThanOrEqual(0);
      expect(a.left + a.width).toBeLessThanOrEqual(400);
      expect(a.top + a.height).toBeLessThanOrEqual(300);
      for (const b of shown) if (a !== b) expect(overlaps(a, b)).toBe(false);
    }
  });

  it('gives contested space to the higher priority', () => {
    // Three markers on one spot: only so many sides; the lowest priority loses.
    const items = Array.from({ length: 9 }, (_, k) => item(200, 150, k, 120, 40));
    declutterLabels(items, 400, 300);
    const shown = items.filter((i) => i.visible).map((i) => i.priority);
    expect(shown).toContain(8);
    expect(Math.min(...shown)).toBeGreaterThan(Math.min(...items.map((i) => i.priority)));
  });

  it('always shows a forced (selected or focused) label, inside the view', () => {
    const crowd = Array.from({ length: 12 }, () => item(20, 20, 5, 200, 200));
    const forced = item(20, 20, Infinity, 80, 16);
    const items = [...crowd, forced];
    declutterLabels(items, 300, 300);
    expect(forced.visible).toBe(true);
    expect(forced.left).toBeGreaterThanOrEqual(0);
  });

  it('keeps a label on the side it had while that side stays free', () => {
    // The first label takes the right; the second, just left of it, goes to another side.
    const first = item(200, 100, 2);
    const second = item(150, 100, 1);
    declutterLabels([first, second], 800, 600);
    expect(first.side).toBe(0);
    const sideTaken = second.side;
    expect(sideTaken).not.toBe(0);
    // The first moves away: the right is free again, but the second stays where it was.
    first.y = 400;
    declutterLabels([first, second], 800, 600);
    expect(second.visible).toBe(true);
    expect(second.side).toBe(sideTaken);
    // Off screen, it forgets its side, and comes back to the first free one.
    second.onScreen = false;
    declutterLabels([first, second], 800, 600);
    second.onScreen = true;
    declutterLabels([first, second], 800, 600);
    expect(second.side).toBe(0);
  });

  it('skips labels whose marker is off screen or hidden', () => {
    const hidden = { ...item(100, 100), onScreen: false };
    declutterLabels([hidden], 400, 300);
    expect(hidden.visible).toBe(false);
  });
});
