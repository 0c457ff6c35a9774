// Brain networks (network/network.ts, scan.ts, cache.ts): the expected BOLD connectivity, how
// pain load, PAG engagement and acupuncture move it, and a check against a sampled scan.
import { describe, expect, it } from 'vitest';
import {
  connectivityMatrix,
  couplingMatrix,
  DMN_NODES,
  emptyNetworkMeasures,
  NETWORK_NODES,
  networkMeasures,
  SALIENCE_NODES,
  type NetworkDrivers,
} from '../../src/model/network/network.ts';
import { pearson, simulateScan } from '../../src/model/network/scan.ts';
import { cachedNetworkMeasures } from '../../src/model/network/cache.ts';
import { modelContext } from '../../src/model/context.ts';

const ctx = modelContext();
const N = NETWORK_NODES.length;
const index = (node: (typeof NETWORK_NODES)[number]) => NETWORK_NODES.indexOf(node);
const drivers = (change: Partial<NetworkDrivers> = {}): NetworkDrivers => ({
  painLoad: 1,
  pagExcess: 0,
  acupuncture: 0,
  ...change,
});
const measuresAt = (change: Partial<NetworkDrivers>) =>
  networkMeasures(ctx.network, drivers(change), emptyNetworkMeasures());

/** Mean pairwise value of a matrix (or correlation function) over a set of nodes. */
function meanOver(
  nodes: readonly (typeof NETWORK_NODES)[number][],
  value: (i: number, j: number) => number,
) {
  let sum = 0;
  let pairs = 0;
  for (let a = 0; a < nodes.length; a++)
    for (let b = a + 1; b < nodes.length; b++) {
      sum += value(index(nodes[a]!), index(nodes[b]!));
      pairs++;
    }
  return sum / pairs;
}

describe('connectivityMatrix', () => {
  const cases = [
    drivers({ painLoad: 0 }),
    drivers(),
    drivers({ painLoad: 2, pagExcess: 0.5, acupuncture: 1 }),
  ];

  it.each(cases)('is symmetric with a unit diagonal (%o)', (d) => {
    const matrix = connectivityMatrix(ctx.network, d);
    expect(matrix).toHaveLength(N * N);
    for (let i = 0; i < N; i++) {
      expect(matrix[i * N + i]).toBeCloseTo(1, 12);
      for (let j = 0; j < N; j++) {
        expect(matrix[i * N + j]).toBeCloseTo(matrix[j * N + i]!, 12);
        expect(Math.abs(matrix[i * N + j]!)).toBeLessThanOrEqual(1 + 1e-12);
      }
    }
  });

  it('agrees with the named measures it summarises', () => {
    const d = drivers({ painLoad: 0.7, pagExcess: 0.3, acupuncture: 0.4 });
    const matrix = connectivityMatrix(ctx.network, d);
    const at = (i: number, j: number) => matrix[i * N + j]!;
    const m = networkMeasures(ctx.network, d, emptyNetworkMeasures());
    expect(m.dmnCoherence).toBeCloseTo(meanOver(DMN_NODES, at), 12);
    expect(m.salience).toBeCloseTo(meanOver(SALIENCE_NODES, at), 12);
    expect(m.dmnInsula).toBeCloseTo(
      (at(index('pcc'), index('insula')) + at(index('mpfc'), index('insula'))) / 2,
      12,
    );
    expect(m.pagPrefrontal).toBeCloseTo(
      (at(index('pag'), index('racc')) + at(index('pag'), index('dlpfc'))) / 2,
      12,
    );
  });
});

describe('couplingMatrix', () => {
  it.each([0, 1, 3])(
    'keeps every row sum within maxRowSum (a stable process) at pain load %s',
    (painLoad) => {
      const w = couplingMatrix(
        ctx.network,
        drivers({ painLoad, acupuncture: 1, pagExcess: 2 }),
        new Float64Array(N * N),
      );
      for (let i = 0; i < N; i++) {
        let row = 0;
        for (let j = 0; j < N; j++) row += Math.abs(w[i * N + j]!);
        expect(row).toBeLessThanOrEqual(ctx.network.maxRowSum + 1e-12);
        expect(w[i * N + i]).toBe(0);
      }
    },
  );
});

describe('networkMeasures: drivers', () => {
  it('lowers DMN coherence as pain load rises', () => {
    const loads = [0, 0.4, 0.8, 1, 1.2, 1.6, 2, 2.4];
    const coherence = loads.map((painLoad) => measuresAt({ painLoad }).dmnCoherence);
    for (let i = 1; i < coherence.length; i++)
      expect(coherence[i]!).toBeLessThan(coherence[i - 1]!);
  });

  it('raises DMN-insula correlation as pain load rises, while no row of W is at maxRowSum', () => {
    // Beyond a pain load of about 1.4 (above any condition's untreated load of 0.8-1) the
    // insula's row reaches maxRowSum and the whole coupling matrix is scaled down.
    const loads = [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2];
    const dmnInsula = loads.map((painLoad) => measuresAt({ painLoad }).dmnInsula);
    for (let i = 1; i < dmnInsula.length; i++)
      expect(dmnInsula[i]!).toBeGreaterThan(dmnInsula[i - 1]!);
  });

  it('raises salience-network coupling as pain load rises from none to moderate', () => {
    expect(measuresAt({ painLoad: 0.8 }).salience).toBeGreaterThan(
      measuresAt({ painLoad: 0 }).salience,
    );
  });

  it('raises PAG-prefrontal correlation with PAG engagement', () => {
    expect(measuresAt({ pagExcess: 0.5 }).pagPrefrontal).toBeGreaterThan(
      measuresAt({ pagExcess: 0 }).pagPrefrontal,
    );
  });

  it('ignores a PAG below its untreated level (negative excess)', () => {
    expect(measuresAt({ pagExcess: -0.5 }).pagPrefrontal).toBeCloseTo(
      measuresAt({ pagExcess: 0 }).pagPrefrontal,
      12,
    );
  });

  it('raises DMN coherence with the carried-over acupuncture effect', () => {
    expect(measuresAt({ acupuncture: 1 }).dmnCoherence).toBeGreaterThan(
      measuresAt({ acupuncture: 0 }).dmnCoherence,
    );
  });
});

describe('cachedNetworkMeasures', () => {
  it('gives the measures of the drivers rounded to 1/1000', () => {
    const cached = cachedNetworkMeasures(
      ctx,
      drivers({ painLoad: 0.81234, pagExcess: 0.2, acupuncture: 0.3 }),
    );
    const direct = measuresAt({ painLoad: 0.812, pagExcess: 0.2, acupuncture: 0.3 });
    expect(cached.dmnCoherence).toBeCloseTo(direct.dmnCoherence, 12);
    expect(cached.dmnInsula).toBeCloseTo(direct.dmnInsula, 12);
    expect(cached.salience).toBeCloseTo(direct.salience, 12);
    expect(cached.pagPrefrontal).toBeCloseTo(direct.pagPrefrontal, 12);
  });

  it('returns the same values for drivers in the same grid cell', () => {
    const a = cachedNetworkMeasures(ctx, drivers({ painLoad: 0.5001 }));
    const b = cachedNetworkMeasures(ctx, drivers({ painLoad: 0.4999 }));
    expect(b).toEqual(a);
  });
});

describe('simulateScan against the analytic measures', () => {
  const options = {
    seconds: 3600,
    seed: 7,
    dtSeconds: 0.05,
    neuralTimeConstantSeconds: 0.1,
    noiseAmplitude: 0.1,
  };
  const d = drivers({ painLoad: 1 });
  const scan = simulateScan(ctx.network, ctx.haemodynamics, d, options);
  const boldCorrelation = (i: number, j: number) => pearson(scan.bold[i]!, scan.bold[j]!);

  it('samples BOLD every TR in every region', () => {
    const samples = Math.floor(options.seconds / ctx.haemodynamics.repetitionTimeSeconds);
    expect(scan.bold).toHaveLength(N);
    expect(scan.timeSeconds).toHaveLength(samples);
    expect(scan.timeSeconds[1]! - scan.timeSeconds[0]!).toBeCloseTo(
      ctx.haemodynamics.repetitionTimeSeconds,
      9,
    );
    for (const series of scan.bold) expect(series.every(Number.isFinite)).toBe(true);
  });

  it('matches the analytic DMN coherence within 0.1 (1-hour scan, seed 7)', () => {
    const sampled = meanOver(DMN_NODES, boldCorrelation);
    const analytic = networkMeasures(ctx.network, d, emptyNetworkMeasures()).dmnCoherence;
    expect(Math.abs(sampled - analytic)).toBeLessThan(0.1);
  });

  it('matches the analytic DMN-insula correlation within 0.1', () => {
    const sampled =
      (boldCorrelation(index('pcc'), index('insula')) +
        boldCorrelation(index('mpfc'), index('insula'))) /
      2;
    const analytic = networkMeasures(ctx.network, d, emptyNetworkMeasures()).dmnInsula;
    expect(Math.abs(sampled - analytic)).toBeLessThan(0.1);
  });

  it('is deterministic for a given seed', () => {
    const again = simulateScan(ctx.network, ctx.haemodynamics, d, { ...options, seconds: 120 });
    const first = simulateScan(ctx.network, ctx.haemodynamics, d, { ...options, seconds: 120 });
    expect(again.bold).toEqual(first.bold);
  });
});

describe('pearson', () => {
  it('is 1 for a series with itself, -1 with its negative and 0 for orthogonal series', () => {
    const a = [1, 2, 3, 4, 5];
    expect(pearson(a, a)).toBeCloseTo(1, 12);
    expect(
      pearson(
        a,
        a.map((x) => -2 * x + 7),
      ),
    ).toBeCloseTo(-1, 12);
    expect(pearson([1, -1, 1, -1], [1, 1, -1, -1])).toBeCloseTo(0, 12);
  });
});
