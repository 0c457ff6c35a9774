// Typed access to the sourced parameters in data/: a missing parameter is a data error that
// names the file and the key, never a silent undefined.
import type { SourcedValue } from '../data/schema.ts';
import { DataFileError } from '../data/validate.ts';

/** Returns the value of `key` in a record of sourced values, or throws naming where it is missing. */
export function paramValue(
  record: Readonly<Record<string, SourcedValue>>,
  key: string,
  where: string,
): number {
  const entry = record[key];
  if (entry === undefined) throw new DataFileError(`${where}.${key}: missing parameter`);
  return entry.value;
}

/** Reads every key of a parameter list at once into a plain object of numbers. */
export function readParams<K extends string>(
  record: Readonly<Record<string, SourcedValue>>,
  keys: readonly K[],
  where: string,
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of keys) out[key] = paramValue(record, key, where);
  // Keys added one by one leave V8's object in slow dictionary mode; a spread copy has fast
  // properties, which matters because the model reads these on every step.
  return { ...out };
}
