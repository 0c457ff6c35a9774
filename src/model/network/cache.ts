// Network measures memoised on a fine grid of their drivers. The drivers move slowly and revisit
// the same values (daily dosing cycles, repeated runs while a slider moves), and a scanner could
// not resolve differences this small, so rounding the drivers to 1/1000 changes nothing visible
// while making a 12-week run cheap. Deterministic: the same drivers always give the same values.
import type { ModelContext } from '../context.ts';
import {
  emptyNetworkMeasures,
  networkMeasures,
  type NetworkDrivers,
  type NetworkMeasures,
} from './network.ts';

const RESOLUTION = 1000;
const MAX_ENTRIES = 20_000;
const memo = new Map<string, NetworkMeasures>();
const rounded: NetworkDrivers = { painLoad: 0, pagExcess: 0, acupuncture: 0 };

const snap = (x: number) => Math.round(x * RESOLUTION);

/** The network measures for these drivers, computed once per grid cell. */
export function cachedNetworkMeasures(ctx: ModelContext, d: NetworkDrivers): NetworkMeasures {
  const a = snap(d.painLoad);
  const b = snap(d.pagExcess);
  const c = snap(d.acupuncture);
  const key = `${a},${b},${c}`;
  let measures = memo.get(key);
  if (measures === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    rounded.painLoad = a / RESOLUTION;
    rounded.pagExcess = b / RESOLUTION;
    rounded.acupuncture = c / RESOLUTION;
    measures = networkMeasures(ctx.network, rounded, emptyNetworkMeasures());
    memo.set(key, measures);
  }
  return measures;
}
