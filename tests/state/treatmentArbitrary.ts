// Any treatment the controls can set, for property tests (fast-check).
import fc from 'fast-check';
import {
  AMITRIPTYLINE_DOSES,
  DULOXETINE_DOSES,
  DULOXETINE_ENDINGS,
  SERTRALINE_DOSES,
  SESSION_MINUTES,
  SESSIONS_PER_WEEK,
  LIVER_STATES,
  KIDNEY_STATES,
  CYP2D6_TYPES,
  type Treatment,
} from '../../src/state/treatment.ts';
import { ACUPUNCTURE_CHOICES, CONDITION_IDS, END_WEEKS } from '../../src/state/url.ts';

export const anyTreatment: fc.Arbitrary<Treatment> = fc.record({
  condition: fc.constantFrom(...CONDITION_IDS),
  acupuncture: fc.record({
    mode: fc.constantFrom(...ACUPUNCTURE_CHOICES),
    perWeek: fc.constantFrom(...SESSIONS_PER_WEEK),
    minutes: fc.constantFrom(...SESSION_MINUTES),
  }),
  amitriptyline: fc.record({ mg: fc.constantFrom(...AMITRIPTYLINE_DOSES) }),
  duloxetine: fc.record({
    mg: fc.constantFrom(...DULOXETINE_DOSES),
    startAt30: fc.boolean(),
    ending: fc.constantFrom(...DULOXETINE_ENDINGS),
    endWeek: fc.constantFrom(...END_WEEKS),
  }),
  sertraline: fc.record({ mg: fc.constantFrom(...SERTRALINE_DOSES) }),
  placebo: fc.boolean(),
  person: fc.record({
    olderAdult: fc.boolean(),
    smoker: fc.boolean(),
    liver: fc.constantFrom(...LIVER_STATES),
    kidney: fc.constantFrom(...KIDNEY_STATES),
    cyp2d6: fc.constantFrom(...CYP2D6_TYPES),
  }),
});
