// Everything the model derives once from data/: rate constants, binding terms, parameters and
// the mapping from regions to circuit quantities. Built lazily and cached.
import type { Condition, ConditionId, DosedDrugId, DrugId, TargetId } from '../data/schema.ts';
import { DataFileError } from '../data/validate.ts';
import {
  acupunctureFile,
  conditions as allConditions,
  drugsFile,
  modelFile,
  patientsFile,
  regions,
} from '../data/catalog.ts';
import { pkParamsOf, type PkParams } from './pharmacology/pk.ts';
import { targetBindings, type TargetBinding } from './pharmacology/occupancy.ts';
import {
  circuitParamsOf,
  conditionParamsOf,
  type CircuitParams,
  type CircuitState,
  type ConditionParams,
} from './circuit/circuit.ts';
import { networkParamsOf, type NetworkParams } from './network/network.ts';
import { haemodynamicParamsOf, type HaemodynamicParams } from './network/balloon.ts';
import { paramValue, readParams } from './params.ts';
import type { SeriesId } from './series.ts';

const ACUPUNCTURE_DYNAMICS = [
  'riseTimeConstantMinutes',
  'decayTimeConstantMinutes',
  'toleranceTimeConstantMinutes',
  'toleranceRecoveryHours',
  'consolidationPerSession',
  'consolidationSeed',
  'referenceSessionMinutes',
  'persistenceDays',
  'courseEffect',
  'stimulationStepMinutes',
] as const;

const PLACEBO = ['expectation', 'onsetDays', 'offsetDays'] as const;

const SLOW = ['desensitisationDays', 'sensitisationDays', 'maxStepHours'] as const;

const OUTCOMES = [
  'nauseaExcessRisk',
  'nauseaAdaptationDays',
  'nauseaReferenceRise',
  'discontinuationRecentHours',
  'discontinuationRiskPerMismatch',
  'serotoninToxicityPerPair',
] as const;

/** Which circuit quantity each region shows (relative to the untreated baseline). */
const NODE_QUANTITY: Record<string, keyof CircuitState> = {
  nociceptor: 'nociceptor',
  'dh-projection': 'projection',
  'dh-interneuron': 'interneuron',
  thalamus: 'thalamus',
  s1: 'thalamus',
  s2: 'thalamus',
  insula: 'insula',
  dacc: 'dacc',
  racc: 'pfc',
  dlpfc: 'pfc',
  vmpfc: 'pfc',
  mpfc: 'dmn',
  pcc: 'dmn',
  precuneus: 'dmn',
  angular: 'dmn',
  amygdala: 'amygdala',
  nacc: 'nacc',
  hypothalamus: 'hypothalamus',
  pag: 'pag',
  'rvm-on': 'onCell',
  'rvm-off': 'offCell',
  'rvm-5ht': 'raphe',
  lc: 'lc',
};

/** Direct property readers (monomorphic, unlike state[key] in a hot loop). */
const NODE_ACCESSORS: Record<keyof CircuitState, (s: CircuitState) => number> = {
  pfc: (s) => s.pfc,
  pag: (s) => s.pag,
  onCell: (s) => s.onCell,
  offCell: (s) => s.offCell,
  lc: (s) => s.lc,
  raphe: (s) => s.raphe,
  endogenousMu: (s) => s.endogenousMu,
  serotoninRaw: (s) => s.serotoninRaw,
  noradrenalineRaw: (s) => s.noradrenalineRaw,
  serotonin: (s) => s.serotonin,
  noradrenaline: (s) => s.noradrenaline,
  interneuron: (s) => s.interneuron,
  nociceptor: (s) => s.nociceptor,
  spinalInhibition: (s) => s.spinalInhibition,
  projection: (s) => s.projection,
  thalamus: (s) => s.thalamus,
  amygdala: (s) => s.amygdala,
  insula: (s) => s.insula,
  dacc: (s) => s.dacc,
  pain: (s) => s.pain,
  dmn: (s) => s.dmn,
  nacc: (s) => s.nacc,
  hypothalamus: (s) => s.hypothalamus,
};

export interface NodeReader {
  regionId: string;
  seriesId: SeriesId;
  quantity: keyof CircuitState;
  read(state: CircuitState): number;
}

export interface ModelContext {
  drugOrder: readonly DrugId[];
  pk: readonly PkParams[];
  /** For each drug, the index of the drug it is formed from (-1 when dosed). */
  parentOf: readonly number[];
  /** For each drug, the index of its metabolite (-1 when none). */
  metaboliteOf: readonly number[];
  drugIndex(id: DrugId): number;
  targets: readonly TargetBinding[];
  targetIndex: Readonly<Record<TargetId, number>>;
  /** The drugs that inhibit CYP2D6, with the plasma level that halves its activity. */
  cyp2d6Inhibitors: readonly { drugIndex: number; halfInhibitionNgPerMl: number }[];
  /** Each medicine a person takes, with the indices of what circulates from it (parent, metabolite). */
  dosed: readonly { drug: DosedDrugId; species: readonly number[] }[];
  patients: typeof patientsFile;
  brainEquilibrationRatePerHour: number;
  modes: typeof acupunctureFile.modes;
  acupuncture: Record<(typeof ACUPUNCTURE_DYNAMICS)[number], number>;
  circuit: CircuitParams;
  network: NetworkParams;
  haemodynamics: HaemodynamicParams;
  placebo: Record<(typeof PLACEBO)[number], number>;
  slow: Record<(typeof SLOW)[number], number>;
  outcomes: Record<(typeof OUTCOMES)[number], number>;
  maxStepHours: number;
  conditionParams(id: ConditionId): ConditionParams;
  condition(id: ConditionId): Condition;
  nodeReaders: readonly NodeReader[];
}

let cached: ModelContext | undefined;

/** The model context built from the validated catalog (cached after the first call). */
export function modelContext(): ModelContext {
  cached ??= buildContext();
  return cached;
}

function buildContext(): ModelContext {
  const drugs = drugsFile.drugs;
  const drugOrder = drugs.map((d) => d.id);
  const byId = new Map(drugs.map((d) => [d.id, d]));
  const bodyWeightKg = drugsFile.referenceBodyWeightKg.value;
  const pk = drugs.map((drug) => pkParamsOf(drug, bodyWeightKg));
  const parentOf = drugs.map((drug) =>
    drugs.findIndex((other) => other.pk.metabolite?.drug === drug.id),
  );
  const metaboliteOf = drugs.map((drug) =>
    drug.pk.metabolite ? drugOrder.indexOf(drug.pk.metabolite.drug) : -1,
  );
  const pd = drugsFile.pharmacodynamics;
  const targets = targetBindings(
    drugOrder,
    byId,
    paramValue(pd, 'transporterOccupancyCeiling', 'data/drugs.json: pharmacodynamics'),
    paramValue(pd, 'receptorOccupancyCeiling', 'data/drugs.json: pharmacodynamics'),
  );
  const targetIndex = Object.fromEntries(targets.map((t, i) => [t.target, i])) as Record<
    TargetId,
    number
  >;
  const conditionCache = new Map<ConditionId, ConditionParams>();
  const conditionById = new Map(allConditions.map((c) => [c.id, c]));
  const nodeReaders = regions.map((region, i): NodeReader => {
    const quantity = NODE_QUANTITY[region.id];
    if (quantity === undefined)
      throw new DataFileError(
        `data/regions.json: regions.${i}.id: the model has no node for "${region.id}"`,
      );
    return {
      regionId: region.id,
      seriesId: `node.${region.id}`,
      quantity,
      read: NODE_ACCESSORS[quantity],
    };
  });
  const slow = readParams(modelFile.circuit, SLOW, 'data/model.json: circuit');
  const cyp2d6Inhibitors = drugs.flatMap((drug, drugIndex) =>
    drug.cyp2d6InhibitionNgPerMl === undefined
      ? []
      : [{ drugIndex, halfInhibitionNgPerMl: drug.cyp2d6InhibitionNgPerMl.value }],
  );
  const dosed = drugs
    .filter((drug) => !drug.isMetabolite)
    .map((drug) => ({
      drug: drug.id as DosedDrugId,
      species: [drug.id, drug.pk.metabolite?.drug]
        .filter((id): id is DrugId => id !== undefined)
        .map((id) => drugOrder.indexOf(id)),
    }));
  return {
    drugOrder,
    pk,
    parentOf,
    metaboliteOf,
    drugIndex: (id) => drugOrder.indexOf(id),
    targets,
    targetIndex,
    cyp2d6Inhibitors,
    dosed,
    patients: patientsFile,
    brainEquilibrationRatePerHour: paramValue(
      pd,
      'brainEquilibrationRatePerHour',
      'data/drugs.json: pharmacodynamics',
    ),
    modes: acupunctureFile.modes,
    acupuncture: readParams(
      acupunctureFile.dynamics,
      ACUPUNCTURE_DYNAMICS,
      'data/acupuncture.json: dynamics',
    ),
    circuit: circuitParamsOf(modelFile.circuit),
    network: networkParamsOf(modelFile.network),
    haemodynamics: haemodynamicParamsOf(modelFile.haemodynamics),
    placebo: readParams(modelFile.placebo, PLACEBO, 'data/model.json: placebo'),
    slow,
    outcomes: readParams(modelFile.outcomes, OUTCOMES, 'data/model.json: outcomes'),
    maxStepHours: slow.maxStepHours,
    conditionParams(id) {
      let params = conditionCache.get(id);
      if (params === undefined) {
        params = conditionParamsOf(this.condition(id));
        conditionCache.set(id, params);
      }
      return params;
    },
    condition(id) {
      const condition = conditionById.get(id);
      if (condition === undefined) throw new DataFileError(`data/conditions.json: no "${id}"`);
      return condition;
    },
    nodeReaders,
  };
}
