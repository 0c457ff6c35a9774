// "What drives this node": for each region, the model quantities that push it up or down (read
// from the circuit's structure, src/model/circuit/circuit.ts), each with the series that carries
// it. Only drivers that actually move in the scenario are listed, with their value at the time
// the views show. Pure: no Svelte, so the tests and the inspector share it.
import { acupunctureModes } from '../data/catalog.ts';
import type { SeriesId } from '../model/series.ts';
import type { Trajectory } from '../model/simulate.ts';

/**
 * How a driver's series is read: `relative` is a level where 1 = untreated; `occupancy` a 0-1
 * share of a target blocked; `release` a 0-1 signal where 1 = one full session's drive;
 * `relief` the 0-1 share of pain relieved against untreated.
 */
export type DriverKind = 'relative' | 'occupancy' | 'release' | 'relief';

export const DRIVER_IDS = [
  'noradrenaline',
  'serotonin',
  'serotoninInterneuron',
  'muOpioid',
  'kappaOpioid',
  'offCells',
  'onCells',
  'interneurons',
  'sensitisation',
  'sodiumBlock',
  'nmdaBlock',
  'needleAfferents',
  'expectation',
  'placeboExpectation',
  'topDown',
  'pag',
  'ascending',
  'amygdala',
  'vmpfcCalming',
  'relief',
  'sertBlock',
  'netBlock',
] as const;
export type DriverId = (typeof DRIVER_IDS)[number];

interface DriverSpec {
  kind: DriverKind;
  series: SeriesId;
  /** Counts only when the acupuncture mode sends real afferent (needle) input, i.e. not sham. */
  needsAfferentInput?: boolean;
}

const SPECS: Record<DriverId, DriverSpec> = {
  noradrenaline: { kind: 'relative', series: 'synapse.noradrenaline' },
  serotonin: { kind: 'relative', series: 'synapse.serotonin' },
  serotoninInterneuron: { kind: 'relative', series: 'synapse.serotonin' },
  muOpioid: { kind: 'release', series: 'opioid.muDelta' },
  kappaOpioid: { kind: 'release', series: 'opioid.kappa' },
  offCells: { kind: 'relative', series: 'node.rvm-off' },
  onCells: { kind: 'relative', series: 'node.rvm-on' },
  interneurons: { kind: 'relative', series: 'node.dh-interneuron' },
  sensitisation: { kind: 'relative', series: 'adaptation.sensitisation' },
  sodiumBlock: { kind: 'occupancy', series: 'occupancy.Nav' },
  nmdaBlock: { kind: 'occupancy', series: 'occupancy.NMDA' },
  needleAfferents: {
    kind: 'release',
    series: 'acupuncture.response',
    needsAfferentInput: true,
  },
  expectation: { kind: 'release', series: 'acupuncture.response' },
  placeboExpectation: { kind: 'release', series: 'placebo.expectation' },
  topDown: { kind: 'relative', series: 'node.dlpfc' },
  pag: { kind: 'relative', series: 'node.pag' },
  ascending: { kind: 'relative', series: 'node.dh-projection' },
  amygdala: { kind: 'relative', series: 'node.amygdala' },
  vmpfcCalming: { kind: 'relative', series: 'node.vmpfc' },
  relief: { kind: 'relief', series: 'analgesia' },
  sertBlock: { kind: 'occupancy', series: 'occupancy.SERT' },
  netBlock: { kind: 'occupancy', series: 'occupancy.NET' },
};

const PAIN_CENTRE: readonly DriverId[] = ['ascending', 'amygdala'];
const PREFRONTAL: readonly DriverId[] = ['expectation', 'placeboExpectation'];
const DMN: readonly DriverId[] = ['relief'];

/** The drivers of each region, in the order the signal flows (mirrors circuit.ts). */
export const REGION_DRIVERS: Readonly<Record<string, readonly DriverId[]>> = {
  nociceptor: ['sodiumBlock'],
  'dh-projection': [
    'noradrenaline',
    'serotonin',
    'offCells',
    'onCells',
    'muOpioid',
    'kappaOpioid',
    'interneurons',
    'sensitisation',
    'nmdaBlock',
    'sodiumBlock',
  ],
  'dh-interneuron': ['serotoninInterneuron', 'needleAfferents'],
  thalamus: ['ascending'],
  s1: ['ascending'],
  s2: ['ascending'],
  insula: PAIN_CENTRE,
  dacc: PAIN_CENTRE,
  racc: PREFRONTAL,
  dlpfc: PREFRONTAL,
  vmpfc: PREFRONTAL,
  mpfc: DMN,
  pcc: DMN,
  precuneus: DMN,
  angular: DMN,
  amygdala: ['ascending', 'vmpfcCalming'],
  nacc: ['relief'],
  hypothalamus: ['relief'],
  pag: ['topDown', 'needleAfferents', 'muOpioid'],
  'rvm-on': ['pag', 'muOpioid'],
  'rvm-off': ['pag'],
  'rvm-5ht': ['pag', 'sertBlock'],
  lc: ['pag', 'netBlock'],
};

/** A driver's value that counts as "no effect". */
export const neutralOf = (kind: DriverKind): number => (kind === 'relative' ? 1 : 0);

/** Smallest change anywhere in the course for a driver to count as active (0.5%). */
export const ACTIVE_THRESHOLD = 0.005;

export interface ActiveDriver {
  id: DriverId;
  kind: DriverKind;
  /** The series whose value at the time shown is the driver's current number. */
  series: SeriesId;
}

function hasAfferentInput(trajectory: Trajectory): boolean {
  const mode = trajectory.scenario.acupuncture?.mode;
  if (mode === undefined) return false;
  return (acupunctureModes.find((m) => m.id === mode)?.afferentDrive.value ?? 0) > 0;
}

function movesInCourse(values: Float64Array | undefined, neutral: number): boolean {
  if (values === undefined) return false;
  for (let i = 0; i < values.length; i++)
    if (Math.abs(values[i]! - neutral) > ACTIVE_THRESHOLD) return true;
  return false;
}

/**
 * The drivers of a region that are active in the scenario: their series leaves its neutral value
 * somewhere in `course`. Empty for an unknown region or when nothing in the scenario moves the
 * node. Depends on the trajectory only, so a view recomputes it when the treatment changes and
 * reads each driver's current value from its series as the clock moves.
 */
export function activeDrivers(regionId: string, course: Trajectory): ActiveDriver[] {
  const ids = REGION_DRIVERS[regionId] ?? [];
  const afferent = hasAfferentInput(course);
  const out: ActiveDriver[] = [];
  for (const id of ids) {
    const spec = SPECS[id];
    if (spec.needsAfferentInput === true && !afferent) continue;
    if (!movesInCourse(course.series[spec.series], neutralOf(spec.kind))) continue;
    out.push({ id, kind: spec.kind, series: spec.series });
  }
  return out;
}
