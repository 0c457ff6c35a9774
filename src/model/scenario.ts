// The scenario: what a person asks the model to simulate. Validated with a schema so the app,
// the command line and the tests all reject a bad scenario with one message naming the field.
import * as v from 'valibot';
import { AcupunctureModeId, ConditionId, DosedDrugId } from '../data/schema.ts';

export { DosedDrugId } from '../data/schema.ts';

export const MAX_DAYS = 168;

const DayNumber = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_DAYS));
const Hour = v.pipe(v.number(), v.minValue(0), v.maxValue(23.99));

const ScheduleStep = v.pipe(
  v.strictObject({
    fromDay: DayNumber,
    toDay: DayNumber,
    mgPerDay: v.pipe(v.number(), v.minValue(0, 'must not be negative'), v.maxValue(300)),
    hour: Hour,
  }),
  v.forward(
    v.partialCheck(
      [['fromDay'], ['toDay']],
      (step) => step.toDay >= step.fromDay,
      'must not be before fromDay',
    ),
    ['toDay'],
  ),
);
export type ScheduleStep = v.InferOutput<typeof ScheduleStep>;

const DrugCourse = v.strictObject({
  drug: DosedDrugId,
  schedule: v.pipe(v.array(ScheduleStep), v.minLength(1)),
});
export type DrugCourse = v.InferOutput<typeof DrugCourse>;

const Session = v.strictObject({
  day: DayNumber,
  hour: Hour,
  minutes: v.pipe(v.number(), v.minValue(1), v.maxValue(240)),
});
export type Session = v.InferOutput<typeof Session>;

const Acupuncture = v.pipe(
  v.strictObject({
    mode: AcupunctureModeId,
    sessions: v.optional(v.array(Session)),
    /** Shorthand: sessions spread evenly over each week between fromDay and toDay. */
    perWeek: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
    fromDay: v.optional(DayNumber),
    toDay: v.optional(DayNumber),
    hour: v.optional(Hour),
    minutes: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(240))),
  }),
  v.check(
    (a) => a.sessions !== undefined || a.perWeek !== undefined,
    'needs either sessions or perWeek',
  ),
  v.forward(
    v.partialCheck(
      [['fromDay'], ['toDay']],
      (a) => a.fromDay === undefined || a.toDay === undefined || a.toDay >= a.fromDay,
      'must not be before fromDay',
    ),
    ['toDay'],
  ),
);
export type AcupunctureCourse = v.InferOutput<typeof Acupuncture>;

/** A dummy pill taken each morning from fromDay up to (not including) toDay. */
const Placebo = v.pipe(
  v.strictObject({ fromDay: DayNumber, toDay: DayNumber }),
  v.forward(
    v.partialCheck(
      [['fromDay'], ['toDay']],
      (p) => p.toDay >= p.fromDay,
      'must not be before fromDay',
    ),
    ['toDay'],
  ),
);
export type PlaceboCourse = v.InferOutput<typeof Placebo>;

/** The person, as far as the model can take them into account (every field optional). */
const Patient = v.strictObject({
  age: v.optional(v.picklist(['adult', 'older'])),
  smoker: v.optional(v.boolean()),
  cyp2d6: v.optional(v.picklist(['normal', 'poor', 'ultrarapid'])),
  liver: v.optional(v.picklist(['normal', 'impaired'])),
  kidney: v.optional(v.picklist(['normal', 'severe'])),
});
export type Patient = v.InferOutput<typeof Patient>;

const Output = v.pipe(
  v.strictObject({
    fromHours: v.pipe(v.number(), v.minValue(0)),
    toHours: v.pipe(v.number(), v.minValue(0)),
    stepHours: v.pipe(v.number(), v.minValue(1 / 120, 'must be at least 30 seconds')),
  }),
  v.forward(
    v.partialCheck(
      [['fromHours'], ['toHours']],
      (o) => o.toHours >= o.fromHours,
      'must not be before fromHours',
    ),
    ['toHours'],
  ),
  v.check((o) => (o.toHours - o.fromHours) / o.stepHours <= 200_000, 'asks for too many points'),
);
export type OutputGrid = v.InferOutput<typeof Output>;

export const ScenarioSchema = v.pipe(
  v.strictObject({
    name: v.optional(v.string()),
    description: v.optional(v.string()),
    condition: ConditionId,
    days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DAYS)),
    drugs: v.optional(v.array(DrugCourse), []),
    acupuncture: v.optional(Acupuncture),
    placebo: v.optional(Placebo),
    patient: v.optional(Patient),
    output: v.optional(Output),
  }),
  v.forward(
    v.partialCheck(
      [['days'], ['output', 'toHours']],
      (s) => s.output === undefined || s.output.toHours <= s.days * 24,
      'must lie within the simulated days (days x 24)',
    ),
    ['output', 'toHours'],
  ),
);
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ScenarioInput = v.InferInput<typeof ScenarioSchema>;

/** Thrown for an invalid scenario; `field` is the dotted path of the offending value. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/** Validates unknown input as a scenario, or throws a ScenarioError naming the first bad field. */
export function parseScenario(input: unknown): Scenario {
  const result = v.safeParse(ScenarioSchema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? 'scenario';
  throw new ScenarioError(field, issue.message);
}

export { traitsOf } from './traits.ts';
export { outputGridOf } from './grid.ts';
