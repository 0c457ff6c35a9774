// The schemas of the authored content in data/. Every file is validated on load (by the app,
// the command line, the tests and the build), and the TypeScript types are inferred from here.
import * as v from 'valibot';

/** How far a value can be trusted (SCIENCE.md): V checked, M approximate, C contested/derived. */
export const ConfidenceMark = v.picklist(['V', 'M', 'C']);
export type ConfidenceMark = v.InferOutput<typeof ConfidenceMark>;

/**
 * A published source with its identifiers, each checked against the reference itself (never
 * guessed); a source with neither is named by its citation alone.
 */
export const Reference = v.strictObject({
  cite: v.pipe(v.string(), v.minLength(2)),
  doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI (10.xxxx/...)'))),
  pmid: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'must be a PubMed id (digits)'))),
});
export type Reference = v.InferOutput<typeof Reference>;

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

/** A node of the pathway. Its words are in the message catalogues (src/i18n/messages), keyed
 * region.<id>.name, .short (the diagram label) and .role (plain and technical). */
export const Region = v.strictObject({
  id: Id,
  level: Level,
  /** MNI (x, y, z) in mm; null for nodes outside the brain (periphery, spinal cord). */
  mni: v.nullable(Mni),
  /** Left-hemisphere coordinate when the region is bilateral with asymmetric positions. */
  mniLeft: v.optional(Mni),
  mniMark: v.optional(ConfidenceMark),
  mniSource: v.optional(v.string()),
  networks: v.array(NetworkId),
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

/** What a binding means for a person is in the catalogues: binding.<drug>.<target>. */
export const Binding = v.strictObject({
  target: TargetId,
  /** In-vitro affinity (Ki or IC50) in nM. */
  kiNanomolar: SourcedValue,
  /** Plasma concentration (ng/mL) giving half-maximal occupancy in vivo; absent = derived from Ki. */
  plasmaEc50NgPerMl: v.optional(SourcedValue),
});
export type Binding = v.InferOutput<typeof Binding>;

export const DrugId = v.picklist(['amitriptyline', 'nortriptyline', 'duloxetine', 'sertraline']);
export type DrugId = v.InferOutput<typeof DrugId>;

/** A medicine; its name and class are in the catalogues: drug.<id>.name and .class. */
export const Drug = v.strictObject({
  id: DrugId,
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
    /** Share of the drug's clearance that runs through CYP2D6 (absent: none modelled). */
    cyp2d6Share: v.optional(SourcedValue),
    metabolite: v.optional(
      v.strictObject({
        drug: DrugId,
        /** Fraction of each dose that enters the circulation as the metabolite. */
        fractionOfDose: SourcedValue,
        /** Share of that fraction formed on the first pass through the liver. */
        firstPassShare: SourcedValue,
        note: v.optional(v.string()),
      }),
    ),
  }),
  /** Plasma level (ng/mL) at which the drug halves CYP2D6 activity (absent: no inhibition). */
  cyp2d6InhibitionNgPerMl: v.optional(SourcedValue),
  bindings: v.array(Binding),
  /**
   * For a drug without a PET-based EC50: the drugs whose in-vivo scaling it borrows (their
   * geometric mean), since occupancy follows the free drug the same way for every target.
   */
  inVivoScaleFrom: v.optional(v.pipe(v.array(DrugId), v.minLength(1))),
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

/** Its name and description are in the catalogues: acuMode.<id>.name and .description. */
export const AcupunctureMode = v.strictObject({
  id: AcupunctureModeId,
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

/** Its name and description are in the catalogues: condition.<id>.name and .description. */
export const Condition = v.strictObject({
  id: ConditionId,
  baseline: v.record(v.string(), SourcedValue),
});
export type Condition = v.InferOutput<typeof Condition>;
export const ConditionsFile = v.strictObject({
  conditions: v.pipe(v.array(Condition), v.minLength(1)),
});

/**
 * What the model knows about a person, as traits that can be on or off. A trait changes drug
 * levels (data/patients.json) and brings cautions forward (data/cautions.json).
 */
export const PatientTrait = v.picklist([
  'older-adult',
  'smoker',
  'cyp2d6-poor',
  'cyp2d6-ultrarapid',
  'liver-impaired',
  'kidney-severe',
]);
export type PatientTrait = v.InferOutput<typeof PatientTrait>;

/** How a trait changes one drug's pharmacokinetics (each a multiplier; absent = unchanged). */
export const PkAdjustment = v.strictObject({
  trait: PatientTrait,
  drug: DrugId,
  /** Multiplies the elimination rate (clearance at the same volume). */
  clearance: v.optional(SourcedValue),
  /** Multiplies the share of each dose that reaches the circulation. */
  bioavailability: v.optional(SourcedValue),
});
export type PkAdjustment = v.InferOutput<typeof PkAdjustment>;

export const PatientsFile = v.strictObject({
  /** CYP2D6 activity relative to a normal metaboliser (1), by genotype trait. */
  cyp2d6Activity: v.strictObject({
    'cyp2d6-poor': SourcedValue,
    'cyp2d6-ultrarapid': SourcedValue,
  }),
  adjustments: v.array(PkAdjustment),
});

/** The medicines a person takes (nortriptyline is formed from amitriptyline, not taken). */
export const DosedDrugId = v.picklist(['amitriptyline', 'duloxetine', 'sertraline']);
export type DosedDrugId = v.InferOutput<typeof DosedDrugId>;

/**
 * A caution from the labels and guidelines (SCIENCE.md section 2). It concerns some medicines;
 * it applies to a scenario when one of them is taken and, if it names traits, the person has one
 * of them, and, if it names a partner, a partner is taken too (at least two of `drugs` when
 * `together` is set). Its words live in the message catalogue under its id.
 */
export const Caution = v.strictObject({
  id: Id,
  drugs: v.pipe(v.array(DosedDrugId), v.minLength(1)),
  /** Applies only together with one of these medicines (an interaction). */
  partners: v.optional(v.array(DosedDrugId)),
  /** Applies only when at least two of `drugs` are taken together. */
  together: v.optional(v.literal(true)),
  /** Applies only (or applies more) when the person has one of these traits. */
  traits: v.optional(v.array(PatientTrait)),
  /** A warning is shown beside the treatment controls the moment it applies. */
  level: v.picklist(['warning', 'caution']),
  source: Text,
  mark: ConfidenceMark,
  refs: v.optional(v.array(Reference)),
});
export type Caution = v.InferOutput<typeof Caution>;
export const CautionsFile = v.strictObject({
  cautions: v.pipe(v.array(Caution), v.minLength(1)),
});

/** Weights and time constants of the circuit and network models. */
export const ModelParametersFile = v.strictObject({
  circuit: v.record(v.string(), SourcedValue),
  network: v.record(v.string(), SourcedValue),
  haemodynamics: v.record(v.string(), SourcedValue),
  outcomes: v.record(v.string(), SourcedValue),
  placebo: v.record(v.string(), SourcedValue),
});

export const EvidenceGrade = v.picklist(['high', 'moderate', 'low', 'very-low', 'unsupported']);
export type EvidenceGrade = v.InferOutput<typeof EvidenceGrade>;

/** The people a clinical figure comes from, and which of the app's conditions that covers. */
export const EvidencePopulation = v.picklist([
  'neuropathic-pain',
  'diabetic-neuropathy',
  'fibromyalgia',
  'chronic-musculoskeletal-pain',
  'depression',
  'healthy-volunteers',
]);
export type EvidencePopulation = v.InferOutput<typeof EvidencePopulation>;

export const EvidenceRecord = v.strictObject({
  id: Id,
  topic: v.picklist(['circuit', 'drug', 'acupuncture', 'network', 'efficacy', 'safety', 'claim']),
  /** A number with its interval when the record is quantitative. */
  value: v.optional(
    v.strictObject({
      estimate: v.number(),
      low: v.optional(v.number()),
      high: v.optional(v.number()),
      unit: Text,
    }),
  ),
  source: Text,
  mark: ConfidenceMark,
  grade: EvidenceGrade,
  /** For the source articles' claims (SCIENCE.md section 5): what the check found. The words (the
   * claim, its caveat, the verdict and what to show instead) are in the message catalogues, keyed
   * evidence.<id>.claim, .caveat, .measure, .status and .showInstead. */
  verdict: v.optional(
    v.strictObject({
      outcome: v.picklist([
        'supported',
        'partly-supported',
        'hypothesis',
        'not-supported',
        'not-found',
        'contradicted',
        'no-source',
      ]),
    }),
  ),
  regions: v.optional(v.array(Id)),
  /** Who the figure was measured in, when the record is quantitative and clinical. */
  population: v.optional(EvidencePopulation),
  refs: v.optional(v.array(Reference)),
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
  | 'evidence.json'
  | 'patients.json'
  | 'cautions.json';

/** Which schema validates which file in data/. */
export const dataSchemas = {
  'regions.json': RegionsFile,
  'pathways.json': PathwaysFile,
  'drugs.json': DrugsFile,
  'acupuncture.json': AcupunctureFile,
  'conditions.json': ConditionsFile,
  'model.json': ModelParametersFile,
  'evidence.json': EvidenceFile,
  'patients.json': PatientsFile,
  'cautions.json': CautionsFile,
} as const satisfies Record<DataFileName, v.GenericSchema>;

/**
 * One step of a guided story: the scene it sets (the app's state written as the URL writes it,
 * relative to the defaults; the person's language, audience and motion are left as they are),
 * the nodes it highlights and the evidence records behind its words. The words themselves are
 * in the message catalogues, keyed story.<story>.<step>.text (plain and technical) and, where a
 * clinician needs more, story.<story>.<step>.clinician.
 */
export const StoryStep = v.strictObject({
  id: Id,
  state: v.pipe(
    v.string(),
    v.regex(/^([a-z0-9]+=[^&=\s]+(&[a-z0-9]+=[^&=\s]+)*)?$/, 'must be a query string (k=v&k=v)'),
  ),
  highlight: v.optional(v.array(Id)),
  evidence: v.pipe(v.array(Id), v.minLength(1, 'every step points to at least one record')),
});
export type StoryStep = v.InferOutput<typeof StoryStep>;

/** A guided story (data/stories/<id>.json): its place in the list and its steps. */
export const StoryFile = v.strictObject({
  id: Id,
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
  steps: v.pipe(v.array(StoryStep), v.minLength(2, 'a story has at least two steps')),
});
export type Story = v.InferOutput<typeof StoryFile>;
