// Every label on the stage has clear space: no line, node, opioid ring, treatment mark or other
// label runs through it, and it stays inside the drawing, in each arrangement over a close grid
// of the widths it is drawn at, with the longest texts the marks can carry, in
// every language and the pseudo-locale (longer words, as translations bring), for students (every
// region's short name) and for patients (fewer names, by what each region does, on their own
// arrangement). The names, and the areas' names, sit where the stage puts them
// (views/stage/crowding.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LAYOUTS,
  patientLayout,
  type LayoutId,
  type StageNodeId,
} from '../../../src/views/stage/layout.ts';
import { i18n, LOCALES } from '../../../src/i18n/i18n.svelte.ts';
import { nodeValueText } from '../../../src/views/shared/stageText.ts';
import { stageSizes } from '../../../src/views/stage/stageGeometry.ts';
import { crowding, namePlaces, longestMarkTexts } from '../../../src/views/stage/crowding.ts';
import { stageNames } from '../../../src/views/stage/stageNames.ts';
import type { Audience } from '../../../src/state/viewState.ts';

// Students and clinicians see every region's short name; patients fewer names, by function. Both
// are held in the four languages and in the pseudo-locale, whose words are a third longer than
// English ones, down to the narrowest phone drawing (304 px, a 320 px screen).
const AUDIENCES: readonly Audience[] = ['student', 'patient'];

/**
 * Each arrangement over a close grid of its widths (from, to, step), ends included: a name's
 * place and a label's wrapping change between two widths, so the ends and a typical width are
 * not enough. CLEARANCE_SWEEP=1 holds every whole pixel instead (about 13,000 cases, two
 * minutes), as was done when the layouts last changed.
 */
const GRID: Readonly<Record<LayoutId, readonly [number, number, number]>> = {
  tall: [304, 479, 12],
  medium: [480, 859, 38],
  wide: [860, 1600, 74],
};
/** Widths off the grid where a sweep once found a clash: the needles' label, broken to the room
 * left to the edge, had its background past the edge at these (mended in stageGeometry). */
const FOUND: Readonly<Record<LayoutId, readonly number[]>> = {
  tall: [310, 325, 361],
  medium: [],
  wide: [],
};
const sweepStep = (step: number) => (process.env.CLEARANCE_SWEEP ? 1 : step);
const WIDTHS = Object.fromEntries(
  Object.entries(GRID).map(([id, [from, to, step]]) => [
    id,
    [
      ...new Set([
        ...Array.from(
          { length: Math.floor((to - from) / sweepStep(step)) + 1 },
          (_, i) => from + i * sweepStep(step),
        ),
        to,
        ...FOUND[id as LayoutId],
      ]),
    ].sort((a, b) => a - b),
  ]),
) as Record<LayoutId, number[]>;

describe.each(
  LOCALES.flatMap((locale) => AUDIENCES.map((audience) => [locale, audience] as const)),
)('label clearance on the stage in %s for a %s', (locale, audience) => {
  beforeAll(() => i18n.use(locale, audience === 'patient' ? 'plain' : 'technical'));

  for (const id of Object.keys(WIDTHS) as LayoutId[])
    for (const width of WIDTHS[id])
      it(`keeps the ${id} arrangement's labels clear at ${width} px`, () => {
        const layout = audience === 'patient' ? patientLayout(LAYOUTS[id]) : LAYOUTS[id];
        // The longest value a node shows: a region silenced to nothing.
        const problems = crowding(
          layout,
          stageSizes(layout, width),
          longestMarkTexts(id),
          nodeValueText(0, audience),
          stageNames(audience),
        );
        if (process.env.CLEARANCE_DEBUG)
          console.log(
            `== ${locale} ${audience} ${id} ${width}\n  ` + [...new Set(problems)].join('\n  '),
          );
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
      const places = namePlaces(
        layout,
        stageSizes(layout, width),
        longestMarkTexts(id),
        stageNames('student'),
      );
      for (const [node, place] of Object.entries(layout.nodes))
        expect(places.get(node as StageNodeId)?.side, `${id} ${node}`).toBe(place.label);
    }
  });
});

// Later test files start in English.
afterAll(() => i18n.use('en', 'plain'));
