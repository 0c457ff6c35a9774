// Every label on the stage has clear space: no line, node, opioid ring, treatment mark or other
// label runs through it, and it stays inside the drawing, in each arrangement at the narrowest,
// a typical and the widest width it is drawn at, with the longest texts the marks can carry, in
// every language and the pseudo-locale (longer words, as translations bring; on phones from
// 390 px). The names sit on the sides the stage chooses (views/stage/crowding.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUTS, type LayoutId } from '../../../src/views/stage/layout.ts';
import { i18n, LOCALES } from '../../../src/i18n/i18n.svelte.ts';
import { nodeValueText } from '../../../src/views/shared/stageText.ts';
import { stageSizes } from '../../../src/views/stage/stageGeometry.ts';
import { crowding, labelSides, longestMarkTexts } from '../../../src/views/stage/crowding.ts';

const WIDTHS: Readonly<Record<LayoutId, readonly number[]>> = {
  tall: [304, 328, 343, 374, 448],
  medium: [480, 560, 728, 859],
  wide: [860, 1056, 1600],
};

/**
 * The pseudo-locale's names, a third longer than English, find no clear side on the phone
 * arrangement narrower than a 390 px phone's (the region names at the right edge meet the lines
 * into the PAG, and "electroacupuncture" as one long word passes the edge); the four languages
 * fit there. Held from this width up.
 */
const PSEUDO_TALL_FROM = 374;
const held = (locale: string, id: LayoutId, width: number) =>
  locale !== 'qps-ploc' || id !== 'tall' || width >= PSEUDO_TALL_FROM;

describe.each(LOCALES)('label clearance on the stage in %s', (locale) => {
  beforeAll(() => i18n.use(locale, 'plain'));

  for (const [id, widths] of Object.entries(WIDTHS) as [LayoutId, readonly number[]][])
    for (const width of widths.filter((w) => held(locale, id, w)))
      it(`keeps the ${id} arrangement's labels clear at ${width} px`, () => {
        const layout = LAYOUTS[id];
        // The longest value a node shows: a region silenced to nothing.
        const problems = crowding(
          layout,
          stageSizes(layout, width),
          longestMarkTexts(id),
          nodeValueText(0),
        );
        if (process.env.CLEARANCE_DEBUG)
          console.log(`== ${locale} ${id} ${width}\n  ` + [...new Set(problems)].join('\n  '));
        expect([...new Set(problems)]).toEqual([]);
      });
});

describe('the sides the names take', () => {
  beforeAll(() => i18n.use('en', 'plain'));

  it("keeps the layout's own side for every name in English at a typical width", () => {
    for (const [id, width] of [
      ['tall', 390],
      ['medium', 560],
      ['wide', 1056],
    ] as const) {
      const layout = LAYOUTS[id];
      const sides = labelSides(layout, stageSizes(layout, width), longestMarkTexts(id));
      for (const [node, place] of Object.entries(layout.nodes))
        expect(sides[node as keyof typeof sides], `${id} ${node}`).toBe(place.label);
    }
  });
});

// Later test files start in English.
afterAll(() => i18n.use('en', 'plain'));
