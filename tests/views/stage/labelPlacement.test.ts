// Stage text layout (views/shared/labelPlacement.ts, views/stage/stageGeometry.ts): where lines may break in
// Latin and Chinese text, how a node's value wraps beside it, and the wrapped area and tract
// names. The label-clearance test checks the whole drawing; these pin the rules it relies on.
import { afterAll, describe, expect, it } from 'vitest';
import {
  breakUnits,
  DESCENT_EM,
  estimateWidth,
  keepTogether,
  nameCentre,
  nameLines,
  splitName,
  valueLines,
  wrapText,
} from '../../../src/views/shared/labelPlacement.ts';
import { LAYOUTS } from '../../../src/views/stage/layout.ts';
import { areaTitleLines, tractLines } from '../../../src/views/stage/stageGeometry.ts';
import { i18n } from '../../../src/i18n/i18n.svelte.ts';

describe('breakUnits and wrapText', () => {
  it('breaks at spaces, but not at a no-break space', () => {
    expect(breakUnits('−21\u00a0% vs. sin tratar')).toEqual([
      '−21\u00a0% ',
      'vs. ',
      'sin ',
      'tratar',
    ]);
  });

  it('breaks between Chinese characters, keeping closing punctuation with the one before', () => {
    expect(breakUnits('−21%（较未治疗）')).toEqual(['−21%', '（较', '未', '治', '疗）']);
  });

  it('keeps a joined name on one line, taking no room for the joiners', () => {
    const label = `突触处的${keepTogether('度洛西汀')}`;
    expect(breakUnits(label)).toEqual(['突', '触', '处', '的', keepTogether('度洛西汀')]);
    expect(estimateWidth(keepTogether('度洛西汀'), 10)).toBe(40);
    expect(wrapText(label, 10, 65)).toEqual(['突触处的', keepTogether('度洛西汀')]);
    expect(keepTogether('Duloxetine')).toBe('Duloxetine');
  });

  it('wraps to the width at spaces and between Chinese characters', () => {
    expect(wrapText('Electroacupuncture 2/100 Hz', 10, 120)).toEqual([
      'Electroacupuncture',
      '2/100 Hz',
    ]);
    expect(wrapText('脊髓丘脑束', 10, 30)).toEqual(['脊髓丘', '脑束']);
  });

  it('breaks a word wider than a whole line with a hyphen, losing no letter', () => {
    const lines = wrapText('Electroacupuncture 2/100 Hz', 10, 80);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateWidth(line, 10)).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^Electro\p{L}*-$/u);
    expect(lines.join('').replace(/-(?=\p{L})/gu, '')).toBe('Electroacupuncture 2/100 Hz');
  });

  it('puts at least one letter on a line when the room is narrower than a letter', () => {
    expect(wrapText('ab', 14, 3)).toEqual(['a-', 'b']);
  });

  it('breaks held-together words at their no-break spaces before inside a word', () => {
    expect(wrapText('Electroacupuncture\u00a02/100\u00a0Hz', 10, 120)).toEqual([
      'Electroacupuncture',
      '2/100\u00a0Hz',
    ]);
  });

  it('puts no hyphen between Chinese characters held together', () => {
    const lines = wrapText(keepTogether('去甲肾上腺素再摄取'), 10, 40);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).not.toContain('-');
  });
});

describe('valueLines', () => {
  const font = 12;
  const width = 360;

  it('keeps a value that fits beside the node on one line', () => {
    const lines = valueLines('right', 100, 300, 20, font, '−21% vs untreated', width);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.place).toMatchObject({ x: 100 + 20 + font * 0.4, anchor: 'start' });
  });

  it('puts the figure on its own line when the words after it fit beside the node', () => {
    const lines = valueLines('right', 200, 300, 20, font, '−21% vs. sem tratar', width);
    expect(lines.map((l) => l.text)).toEqual(['−21%', 'vs. sem tratar']);
    expect(lines[1]!.place.y - lines[0]!.place.y).toBeCloseTo(font * 1.15);
    // Both lines start beside the node, clear of it.
    for (const line of lines) expect(line.place.x).toBeGreaterThan(200 + 20);
    const room = width - 200 - 20 - font * 0.4 - font * 0.6;
    for (const line of lines)
      expect(estimateWidth(line.text, font, true)).toBeLessThanOrEqual(room);
  });

  it('keeps one line, pulled in from the edge, above or below a node', () => {
    const lines = valueLines('below', 340, 300, 20, font, '−21% vs. sem tratar', width);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.place).toMatchObject({ anchor: 'end', x: width - font * 0.6 });
  });
});

describe('names of two lines', () => {
  const font = 12;
  const width = 360;

  it('splits a name at the space where the longer line is shortest, never a name without spaces', () => {
    expect(splitName('Spinal pain relay')).toEqual(['Spinal', 'pain relay']);
    expect(splitName('Noradrenaline cells')).toEqual(['Noradrenaline', 'cells']);
    expect(splitName('脊髓疼痛中继')).toEqual(['脊髓疼痛中继']);
  });

  it('centres two lines beside a node, stacks them upwards above it and downwards below it', () => {
    const beside = nameLines('right', 100, 300, 20, font, ['Spinal', 'pain relay'], width);
    const middle = (beside[0]!.place.y + beside[1]!.place.y) / 2;
    expect(middle).toBeCloseTo(300 + font * 0.35);
    const above = nameLines('above', 100, 300, 20, font, ['Spinal', 'pain relay'], width);
    expect(above[0]!.place.y).toBeLessThan(above[1]!.place.y);
    expect(above[1]!.place.y).toBeLessThan(300 - 20);
    const below = nameLines('below', 100, 300, 20, font, ['Spinal', 'pain relay'], width);
    expect(below[0]!.place.y).toBeGreaterThan(300 + 20);
    expect(below[1]!.place.y - below[0]!.place.y).toBeCloseTo(font * 1.15);
  });

  it('puts the value after the last line of the name', () => {
    const name = nameLines('below', 100, 300, 20, font, ['Spinal', 'pain relay'], width);
    const value = valueLines('below', 100, 300, 20, font, 'less active', width, 2, font);
    expect(value[0]!.place.y - name[1]!.place.y).toBeCloseTo(font * 1.15);
    const over = nameLines('above', 100, 300, 20, font, ['Spinal', 'pain relay'], width);
    const valueOver = valueLines('above', 100, 300, 20, font, 'less active', width, 2, font);
    expect(over[0]!.place.y - valueOver[0]!.place.y).toBeCloseTo(font * 1.15);
  });

  it('puts a value that would pass the foot of the drawing above the node instead', () => {
    const inside = valueLines('below', 100, 300, 20, font, 'less active', width, 1, font, 400);
    expect(inside[0]!.place.y).toBeGreaterThan(300);
    const atFoot = valueLines('below', 100, 370, 20, font, 'less active', width, 1, font, 400);
    expect(atFoot[0]!.place.y).toBeLessThan(370 - 20);
    expect(atFoot[0]!.place.y + font * DESCENT_EM).toBeLessThan(400);
  });

  it('moves a name beside its node by half-lines, never one above or below it', () => {
    expect(nameCentre('left', 300, 1, font)).toBeCloseTo(300 + font * 0.575);
    expect(nameCentre('right', 300, -1, font)).toBeCloseTo(300 - font * 0.575);
    expect(nameCentre('above', 300, 1, font)).toBe(300);
  });
});

describe('area and tract names', () => {
  afterAll(() => i18n.use('en', 'plain'));

  it('wraps an area name to its width, a rising name ending on its line', async () => {
    await i18n.use('pt-BR', 'plain');
    const spinal = LAYOUTS.tall.areas.find((a) => a.id === 'spinal')!;
    const lines = areaTitleLines(spinal, 14, LAYOUTS.tall.width);
    expect(lines.map((l) => l.text)).toEqual(['Medula', 'espinal']);
    expect(lines.at(-1)!.place.y).toBe(spinal.labelY);
    expect(lines[0]!.place.y).toBeLessThan(spinal.labelY);
  });

  it('keeps an area name without a width on one line', async () => {
    await i18n.use('es', 'plain');
    const brainstem = LAYOUTS.wide.areas.find((a) => a.id === 'brainstem')!;
    expect(areaTitleLines(brainstem, 14, LAYOUTS.wide.width).map((l) => l.text)).toEqual([
      'Tronco encefálico',
    ]);
  });

  it('wraps the tract name where its layout gives a width, the last line on the tract', async () => {
    await i18n.use('es', 'plain');
    const lines = tractLines(LAYOUTS.tall, 14);
    expect(lines.map((l) => l.text)).toEqual(['Tracto', 'espinotalámico']);
    expect(lines.at(-1)!.place.y).toBe(0);
    expect(lines[0]!.place.y).toBeLessThan(0);
    expect(tractLines(LAYOUTS.wide, 14).map((l) => l.text)).toEqual(['Tracto espinotalámico']);
  });
});
