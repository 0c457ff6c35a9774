// The schemas of the authored content in data/. Every file is validated on load (by the app,
// the command line, the tests and the build), and the TypeScript types are inferred from here.
import * as v from 'valibot';

/** How far a value can be trusted (SCIENCE.md): V checked, M approximate, C contested/derived. */
export const ConfidenceMark = v.picklist(['V', 'M', 'C']);
export type ConfidenceMark = v.InferOutput<typeof ConfidenceMark>;

/** A sourced number: every model parameter is one of these. */
export const SourcedValue = v.strictObject({
  value: v.pipe(v.number(), v.finite()),
  unit: v.string(),
  source: v.pipe(v.string(), v.minLength(2)),
  mark: ConfidenceMark,
  note: v.optional(v.string()),
});
export type SourcedValue = v.InferOutput<typeof SourcedValue>;

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase id'));
const Text = v.pipe(v.string(), v.minLength(1));

export const NetworkId = v.picklist([
  'dmn',
  'salience',
  'pain-modulation',
  'ascending',
  'descending',
]);
export type NetworkId = v.InferOutput<typeof NetworkId>;

export const Level = v.picklist(['periphery', 'spinal', 'brainstem', 'subcortical', 'cortex']);

const Mni = v.tuple([v.number(), v.number(), v.number()]);

export const Region = v.strictObject({
  id: Id,
  name: Text,
  shortName: Text,
  level: Level,
  /** MNI (x, y, z) in mm; null for nodes outside the brain (periphery, spinal cord). */
  mni: v.nullable(Mni),
  /** Left-hemisphere coordinate when the region is bilateral with asymmetric positions. */
  mniLeft: v.optional(Mni),
  mniMark: v.optional(ConfidenceMark),
  mniSource: v.optional(v.string()),
  networks: v.array(NetworkId),
  role: Text,
  roleTechnical: Text,
});
export type Region = v.InferOutput<typeof Region>;

export const RegionsFile = v.strictObject({
  regions: v.pipe(v.array(Region), v.minLength(1)),
});

export const Pathway = v.strictObject({
  id: Id,
  from: Id,
  to: Id,
  kind: v.picklist([
    'ascending',
    'descending-inhibitory',
    'descending-facilitatory',
    'top-down',
    'local',
    'network',
  ]),
  transmitter: v.picklist(['glutamate', '5-HT', 'NE', 'GABA', 'opioid', 'mixed']),
  note: v.optional(v.string()),
});
export type Pathway = v.InferOutput<typeof Pathway>;
export const PathwaysFile = v.strictObject({
  pathways: v.pipe(v.array(Pathway), v.minLength(1)),
});

export const TargetId = v.picklist(['SERT', 'NET', 'H1', 'M1', 'alpha1', 'Nav', 'hERG', 'NMDA']);
export type TargetId = v.InferOutput<typeof TargetId>;

export const Binding = v.strictObject({
  target: TargetId,
  /** In-vitro affinity (Ki or IC50) in nM. */
  kiNanomolar: SourcedValue,
  /** Plasma concentration (ng/mL) giving half-maximal occupancy in vivo; absent = derived from Ki. */
  plasmaEc50NgPerMl: v.optional(SourcedValue),
  meaning: Text,
  meaningTechnical: Text,
});
export type Binding = v.InferOutput<typeof Binding>;

export const DrugId = v.picklist(['amitriptyline', 'nortriptyline', 'duloxetine', 'sertraline']);
export type DrugId = v.InferOutput<typeof DrugId>;

export const Drug = v.strictObject({
  id: DrugId,
  name: Text,
  drugClass: Text,
  /** True for a metabolite formed in the body rather than a dose a person takes. */
  isMetabolite: v.boolean(),
  molarMassGPerMol: SourcedValue,
  pk: v.strictObject({
    bioavailability: SourcedValue,
    absorptionRatePerHour: v.optional(SourcedValue),
    tmaxHours: v.optional(SourcedValue),
    halfLifeHours: SourcedValue,
    volumeOfDistributionL: SourcedValue,
    /** True when the volume is apparent (V/F), so bioavailability is already inside it. */
    volumeIsApparent: v.boolean(),
    proteinBinding: SourcedValue,
    metabolite: v.optional(
      v.strictObject({ drug: DrugId, fractionFormed: SourcedValue, note: v.optional(v.string()) }),
    ),
  }),
  bindings: v.array(Binding),
  doses: v.strictObject({
    optionsMg: v.array(v.number()),
    usualPainMg: v.optional(SourcedValue),
    note: v.optional(v.string()),
  }),
});
export type Drug = v.InferOutput<typeof Drug>;

export const DrugsFile = v.strictObject({
  referenceBodyWeightKg: SourcedValue,
  /** Shared pharmacodynamic constants (brain equilibration, occupancy ceiling, in-vivo scaling). */
  pharmacodynamics: v.record(v.string(), SourcedValue),
  drugs: v.pipe(v.array(Drug), v.minLength(1)),
});

export const AcupunctureModeId = v.picklist(['sham', 'manual', 'ea-2hz', 'ea-100hz', 'ea-2-100hz']);
export type AcupunctureModeId = v.InferOutput<typeof AcupunctureModeId>;

export const AcupunctureMode = v.strictObject({
  id: AcupunctureModeId,
  name: Text,
  description: Text,
  descriptionTechnical: Text,
  /** Relative release of mu/delta opioids (enkephalin, beta-endorphin, endomorphin). */
  muDeltaRelease: SourcedValue,
  /** Relative release of dynorphin (kappa, spinal). */
  kappaRelease: SourcedValue,
  /** Segmental afferent input (needle, A-delta/A-beta) that reaches the dorsal horn and PAG. */
  afferentDrive: SourcedValue,
  /** Expectation (top-down PFC -> PAG), present in every mode including sham. */
  expectationDrive: SourcedValue,
});
export type AcupunctureMode = v.InferOutput<typeof AcupunctureMode>;

export const AcupunctureFile = v.strictObject({
  modes: v.pipe(v.array(AcupunctureMode), v.minLength(1)),
  dynamics: v.record(v.string(), SourcedValue),
});

export const ConditionId = v.picklist([
  'chronic-low-back-pain',
  'fibromyalgia',
  'diabetic-neuropathy',
]);
export type ConditionId = v.InferOutput<typeof ConditionId>;

export const Condition = v.strictObject({
  id: ConditionId,
  name: Text,
  description: Text,
  baseline: v.record(v.string(), SourcedValue),
});
export type Condition = v.InferOutput<typeof Condition>;
export const ConditionsFile = v.strictObject({
  conditions: v.pipe(v.array(Condition), v.minLength(1)),
});

/** Weights and time constants of the circuit and network models. */
export const ModelParametersFile = v.strictObject({
  circuit: v.record(v.string(), SourcedValue),
  network: v.record(v.string(), SourcedValue),
  haemodynamics: v.record(v.string(), SourcedValue),
  outcomes: v.record(v.string(), SourcedValue),
});

export const EvidenceGrade = v.picklist(['high', 'moderate', 'low', 'very-low', 'unsupported']);
export type EvidenceGrade = v.InferOutput<typeof EvidenceGrade>;

export const EvidenceRecord = v.strictObject({
  id: Id,
  topic: v.picklist(['circuit', 'drug', 'acupuncture', 'network', 'efficacy', 'safety', 'claim']),
  claim: Text,
  /** A number with its interval when the record is quantitative. */
  value: v.optional(
    v.strictObject({
      estimate: v.number(),
      low: v.optional(v.number()),
      high: v.optional(v.number()),
      unit: Text,
      measure: Text,
    }),
  ),
  source: Text,
  mark: ConfidenceMark,
  grade: EvidenceGrade,
  caveat: v.optional(v.string()),
  /** For the source articles' claims (SCIENCE.md section 5): the verdict and what to show instead. */
  verdict: v.optional(v.strictObject({ status: Text, showInstead: Text })),
  regions: v.optional(v.array(Id)),
});
export type EvidenceRecord = v.InferOutput<typeof EvidenceRecord>;
export const EvidenceFile = v.strictObject({
  records: v.pipe(v.array(EvidenceRecord), v.minLength(1)),
});

export type DataFileName =
  | 'regions.json'
  | 'pathways.json'
  | 'drugs.json'
  | 'acupuncture.json'
  | 'conditions.json'
  | 'model.json'
  | 'evidence.json';

/** Which schema validates which file in data/. */
export const dataSchemas = {
  'regions.json': RegionsFile,
  'pathways.json': PathwaysFile,
  'drugs.json': DrugsFile,
  'acupuncture.json': AcupunctureFile,
  'conditions.json': ConditionsFile,
  'model.json': ModelParametersFile,
  'evidence.json': EvidenceFile,
} as const satisfies Record<DataFileName, v.GenericSchema>;
