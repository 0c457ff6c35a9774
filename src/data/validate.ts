// Validation of data/ files with a message that names the file and the path inside it.
import * as v from 'valibot';
import { dataSchemas, type DataFileName } from './schema.ts';

/** Thrown when a data file does not match its schema; the message names file, path and problem. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** Describes the first few schema issues as `file: path: message` lines. */
export function describeIssues(file: string, issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${file}: ${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`)
    .join('\n');
}

/** Parses one data file's JSON value with its schema, or throws a DataFileError. */
export function parseDataFile<F extends DataFileName>(
  file: F,
  json: unknown,
): v.InferOutput<(typeof dataSchemas)[F]> {
  const result = v.safeParse(dataSchemas[file], json);
  if (!result.success) throw new DataFileError(describeIssues(`data/${file}`, result.issues));
  return result.output as v.InferOutput<(typeof dataSchemas)[F]>;
}
