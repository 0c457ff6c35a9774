// Entry point of `npm run simulate`: wires the command line to the file system and exits.
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './simulate-cli.ts';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (line) => process.stderr.write(line + '\n'),
});
