// The exported PNG's text layout (views/brain3d/exportPng.ts): the credit line and the caveat
// wrap to the image's width instead of being squeezed.
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/views/brain3d/exportPng.ts';

/** A stand-in 2D context: every character is 6 px wide. */
const ctx = { measureText: (text: string) => ({ width: text.length * 6 }) as TextMetrics };

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText(ctx, 'Brain: Allen atlas', 300)).toEqual(['Brain: Allen atlas']);
  });

  it('breaks between words so no line is wider than the limit', () => {
    const text =
      'Brain: Allen Human Reference Atlas 3D (2020), CC BY 4.0, modified. Spinal cord schematic.';
    const lines = wrapText(ctx, text, 120);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length * 6).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('puts an over-long word on a line of its own rather than dropping it', () => {
    expect(wrapText(ctx, 'a verylongwordthatdoesnotfit b', 60)).toEqual([
      'a',
      'verylongwordthatdoesnotfit',
      'b',
    ]);
  });
});
