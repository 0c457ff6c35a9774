// Where a node's name and its value go: on the chosen side, kept inside the drawing. Text width
// is estimated from its length (a system sans-serif averages about 0.56 em per character), which
// is enough to keep a label from running off the edge.

import type { LabelSide } from './layout.ts';

export interface TextPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

const EM_PER_CHAR = 0.56;

export function estimateWidth(text: string, font: number): number {
  return text.length * EM_PER_CHAR * font;
}

/**
 * The position of line `line` (0 the name, 1 the value under or over it) of a node's text at
 * (x, y) with radius `r`, in a drawing `width` wide.
 */
export function labelPlace(
  side: LabelSide,
  x: number,
  y: number,
  r: number,
  font: number,
  text: string,
  width: number,
  line: 0 | 1,
): TextPlace {
  const gap = font * 0.35;
  const lineStep = font * 1.1 * line;
  const textWidth = estimateWidth(text, font);
  const margin = font * 0.3;
  if (side === 'left' || side === 'right') {
    const baseline = y + font * 0.35 + lineStep;
    if (side === 'left')
      return x - r - gap - textWidth < margin
        ? { x: margin, y: baseline + (line === 1 ? r : 0), anchor: 'start' }
        : { x: x - r - gap, y: baseline, anchor: 'end' };
    return x + r + gap + textWidth > width - margin
      ? { x: width - margin, y: baseline + (line === 1 ? r : 0), anchor: 'end' }
      : { x: x + r + gap, y: baseline, anchor: 'start' };
  }
  const baseline = side === 'above' ? y - r - gap - lineStep : y + r + font * 0.85 + lineStep;
  const half = textWidth / 2;
  if (x - half < margin) return { x: margin, y: baseline, anchor: 'start' };
  if (x + half > width - margin) return { x: width - margin, y: baseline, anchor: 'end' };
  return { x, y: baseline, anchor: 'middle' };
}

/** Splits `text` into lines no wider than `maxWidth` (by the same estimate), at spaces. */
export function wrapText(text: string, font: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && estimateWidth(candidate, font) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current !== '') lines.push(current);
  return lines;
}
