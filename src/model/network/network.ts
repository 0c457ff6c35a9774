// Brain networks: a small set of coupled regions (default mode, salience, pain-modulation links)
// whose spontaneous activity is a linear stochastic (Ornstein-Uhlenbeck) process,
//   dx = -(I - W) x dt + sigma dB,
// with symmetric coupling W set by the current pain load, PAG engagement and acupuncture.
// Simulated BOLD is that activity passed through the balloon model (balloon.ts). Connectivity is
// the correlation of simulated BOLD between regions, and DMN coherence is the mean correlation
// among the four DMN regions. At BOLD frequencies (below ~0.1 Hz, far slower than the neural
// time constant) the BOLD covariance converges to (I - W)^-2 (the low-frequency limit of the
// process's spectrum, filtered identically in every region), so the measures are computed from
// that expectation rather than from one noisy sampled scan; tests/model/network.test.ts checks
// that a sampled scan through the balloon model agrees.
import { readParams } from '../params.ts';
import type { SourcedValue } from '../../data/schema.ts';

export const NETWORK_NODES = [
  'mpfc',
  'pcc',
  'precuneus',
  'angular',
  'insula',
  'dacc',
  'amygdala',
  'thalamus',
  'pag',
  'racc',
  'dlpfc',
  'vmpfc',
] as const;
export type NetworkNode = (typeof NETWORK_NODES)[number];
const N = NETWORK_NODES.length;
const at = (id: NetworkNode) => NETWORK_NODES.indexOf(id);

export const DMN_NODES: readonly NetworkNode[] = ['mpfc', 'pcc', 'precuneus', 'angular'];
export const SALIENCE_NODES: readonly NetworkNode[] = ['insula', 'dacc', 'amygdala'];

export const NETWORK_PARAMS = [
  'dmnCoupling',
  'dmnPainDisruption',
  'dmnInsulaCoupling',
  'dmnInsulaPainGain',
  'salienceCoupling',
  'saliencePainGain',
  'pagPrefrontalCoupling',
  'pagEngagementGain',
  'pagDmnAcupunctureGain',
  'vmpfcAmygdalaCoupling',
  'thalamoCorticalCoupling',
  'maxRowSum',
] as const;
export type NetworkParams = Record<(typeof NETWORK_PARAMS)[number], number>;

export function networkParamsOf(record: Readonly<Record<string, SourcedValue>>): NetworkParams {
  return readParams(record, NETWORK_PARAMS, 'data/model.json: network');
}

/** The slow quantities that set the coupling. */
export interface NetworkDrivers {
  /** Chronic pain load: the condition's network load times pain relative to untreated. */
  painLoad: number;
  /** PAG activity above the untreated level. */
  pagExcess: number;
  /** Acupuncture's course effect weighted by the needling's afferent input, 0-1 (PAG-PCC only). */
  acupuncture: number;
}

export interface NetworkMeasures {
  dmnCoherence: number;
  dmnInsula: number;
  salience: number;
  pagPrefrontal: number;
}

export function emptyNetworkMeasures(): NetworkMeasures {
  return { dmnCoherence: 0, dmnInsula: 0, salience: 0, pagPrefrontal: 0 };
}

// Scratch space, reused: no allocation per evaluation.
const coupling = new Float64Array(N * N);
const work = new Float64Array(N * N);
const inverse = new Float64Array(N * N);

function link(a: NetworkNode, b: NetworkNode, weight: number): void {
  coupling[at(a) * N + at(b)] = weight;
  coupling[at(b) * N + at(a)] = weight;
}

/** Fills the symmetric coupling matrix W for the given drivers (written into `target`). */
export function couplingMatrix(
  p: NetworkParams,
  d: NetworkDrivers,
  target: Float64Array = coupling,
): Float64Array {
  coupling.fill(0);
  // Within the DMN only pain load matters: whether coherence recovers with treatment is a
  // hypothesis (Baliki 2014 found the weaker link; no study showed a treatment restore it).
  const dmn = Math.max(0, p.dmnCoupling * (1 - p.dmnPainDisruption * d.painLoad));
  for (let i = 0; i < DMN_NODES.length; i++)
    for (let j = i + 1; j < DMN_NODES.length; j++) link(DMN_NODES[i]!, DMN_NODES[j]!, dmn);
  const dmnInsula = p.dmnInsulaCoupling * (1 + p.dmnInsulaPainGain * d.painLoad);
  link('pcc', 'insula', dmnInsula);
  link('mpfc', 'insula', dmnInsula);
  const salience = p.salienceCoupling * (1 + p.saliencePainGain * d.painLoad);
  link('insula', 'dacc', salience);
  link('insula', 'amygdala', salience);
  link('dacc', 'amygdala', salience);
  const pagPfc = p.pagPrefrontalCoupling * (1 + p.pagEngagementGain * Math.max(0, d.pagExcess));
  link('pag', 'racc', pagPfc);
  link('pag', 'dlpfc', pagPfc);
  link('pag', 'pcc', p.pagDmnAcupunctureGain * d.acupuncture);
  link('vmpfc', 'amygdala', p.vmpfcAmygdalaCoupling);
  link('thalamus', 'insula', p.thalamoCorticalCoupling * d.painLoad);
  link('thalamus', 'dacc', p.thalamoCorticalCoupling * d.painLoad);

  // Keep I - W positive definite (a stable process): scale W if any row grows too strong.
  let maxRow = 0;
  for (let i = 0; i < N; i++) {
    let row = 0;
    for (let j = 0; j < N; j++) row += Math.abs(coupling[i * N + j]!);
    maxRow = Math.max(maxRow, row);
  }
  const scale = maxRow > p.maxRowSum ? p.maxRowSum / maxRow : 1;
  for (let i = 0; i < N * N; i++) target[i] = coupling[i]! * scale;
  return target;
}

/** Inverts I - W (symmetric positive definite) into `inverse` by Gauss-Jordan elimination. */
function invertStable(w: Float64Array): void {
  for (let i = 0; i < N * N; i++) work[i] = -w[i]!;
  for (let i = 0; i < N; i++) work[i * N + i] = 1 - w[i * N + i]!;
  inverse.fill(0);
  for (let i = 0; i < N; i++) inverse[i * N + i] = 1;
  for (let col = 0; col < N; col++) {
    const pivot = work[col * N + col]!;
    for (let j = 0; j < N; j++) {
      work[col * N + j] = work[col * N + j]! / pivot;
      inverse[col * N + j] = inverse[col * N + j]! / pivot;
    }
    for (let row = 0; row < N; row++) {
      if (row === col) continue;
      const factor = work[row * N + col]!;
      if (factor === 0) continue;
      for (let j = 0; j < N; j++) {
        work[row * N + j] = work[row * N + j]! - factor * work[col * N + j]!;
        inverse[row * N + j] = inverse[row * N + j]! - factor * inverse[col * N + j]!;
      }
    }
  }
}

/** Covariance entry (i, j) of BOLD: ((I - W)^-2)_ij = row i of the inverse dot row j. */
function covariance(i: number, j: number): number {
  let sum = 0;
  for (let k = 0; k < N; k++) sum += inverse[i * N + k]! * inverse[j * N + k]!;
  return sum;
}

function correlation(a: NetworkNode, b: NetworkNode): number {
  const i = at(a);
  const j = at(b);
  return covariance(i, j) / Math.sqrt(covariance(i, i) * covariance(j, j));
}

function meanCorrelation(nodes: readonly NetworkNode[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      sum += correlation(nodes[i]!, nodes[j]!);
      pairs++;
    }
  return sum / pairs;
}

/** Computes the named network measures for the drivers, into `out`. */
export function networkMeasures(
  p: NetworkParams,
  d: NetworkDrivers,
  out: NetworkMeasures,
): NetworkMeasures {
  invertStable(couplingMatrix(p, d));
  out.dmnCoherence = meanCorrelation(DMN_NODES);
  out.dmnInsula = (correlation('pcc', 'insula') + correlation('mpfc', 'insula')) / 2;
  out.salience = meanCorrelation(SALIENCE_NODES);
  out.pagPrefrontal = (correlation('pag', 'racc') + correlation('pag', 'dlpfc')) / 2;
  return out;
}

/** The full expected BOLD correlation matrix (row-major, NETWORK_NODES order), for the views. */
export function connectivityMatrix(p: NetworkParams, d: NetworkDrivers): Float64Array {
  invertStable(couplingMatrix(p, d));
  const out = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) out[i * N + j] = covariance(i, j);
  const diag = Array.from({ length: N }, (_, i) => Math.sqrt(out[i * N + i]!));
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) out[i * N + j]! /= diag[i]! * diag[j]!;
  return out;
}

/**
 * The drivers at one time, rebuilt from a trajectory's series: pain relative to untreated
 * (1 - analgesia), PAG activity and the needling carry-over. Lets a view draw the full
 * connectivity matrix for any moment without re-running the model.
 */
export function driversFromSeries(
  networkPainLoad: number,
  analgesia: number,
  pagRelative: number,
  acupuncture: number,
): NetworkDrivers {
  return { painLoad: networkPainLoad * (1 - analgesia), pagExcess: pagRelative - 1, acupuncture };
}
