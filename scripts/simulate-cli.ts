// The command-line simulator: reads a scenario file and writes the simulated time series as
// JSON or CSV. Contract (kept stable for scripts): `npm run simulate -- <scenario.json>
// [--format json|csv] [--out FILE]`; a bad scenario exits with status 2 and one line naming the
// field and what is wrong.
import { ScenarioError } from '../src/model/scenario.ts';
import { simulate } from '../src/model/simulate.ts';
import { toCsv, toJson } from '../src/model/seriesText.ts';

export interface CliIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(line: string): void;
}

export const USAGE = 'usage: npm run simulate -- <scenario.json> [--format json|csv] [--out FILE]';

/** A problem with the command line or the input file: printed as one line, exit status 2. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

interface Options {
  file: string;
  format: 'json' | 'csv';
  out: string | undefined;
}

function parseArgs(argv: readonly string[]): Options {
  let file: string | undefined;
  let format: Options['format'] = 'json';
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg === '--out') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--out') out = value;
      else if (value === 'json' || value === 'csv') format = value;
      else throw new UsageError(`--format must be json or csv, not "${value}"`);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`one scenario file at a time (got "${file}" and "${arg}")`);
    }
  }
  if (file === undefined) throw new UsageError('no scenario file given');
  return { file, format, out };
}

/** Runs the command line; returns the exit status (0 ok, 2 bad input, 1 unexpected). */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const options = parseArgs(argv);
    let text: string;
    try {
      text = io.readFile(options.file);
    } catch {
      throw new UsageError(`${options.file}: cannot read the file`, false);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${options.file}: malformed JSON (${(error as Error).message})`, false);
    }
    const trajectory = simulate(json);
    const output = options.format === 'csv' ? toCsv(trajectory) : toJson(trajectory) + '\n';
    if (options.out === undefined) io.stdout(output);
    else io.writeFile(options.out, output);
    return 0;
  } catch (error) {
    if (error instanceof ScenarioError) {
      io.stderr(`bad scenario: ${error.field}: ${error.problem}`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(error.showUsage ? `${error.message} (${USAGE})` : error.message);
      return 2;
    }
    io.stderr(`simulate failed: ${(error as Error).message}`);
    return 1;
  }
}
