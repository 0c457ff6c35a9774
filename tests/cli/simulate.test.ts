// The command-line simulator: output formats and the exit-status contract for bad input.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { runCli, type CliIo } from '../../scripts/simulate-cli.ts';

function fakeIo(files: Record<string, string>) {
  const written: Record<string, string> = {};
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT');
      return text;
    },
    writeFile: (path, text) => (written[path] = text),
    stdout: (text) => out.push(text),
    stderr: (line) => err.push(line),
  };
  return { io, written, out, err };
}

const small = JSON.stringify({
  condition: 'fibromyalgia',
  days: 3,
  drugs: [{ drug: 'duloxetine', schedule: [{ fromDay: 0, toDay: 3, mgPerDay: 60, hour: 8 }] }],
  output: { fromHours: 0, toHours: 48, stepHours: 2 },
});

describe('npm run simulate', () => {
  it('prints JSON with timeHours and equal-length series, including the contract ids', () => {
    const { io, out } = fakeIo({ 's.json': small });
    expect(runCli(['s.json'], io)).toBe(0);
    const result = JSON.parse(out.join('')) as {
      timeHours: number[];
      series: Record<string, number[]>;
    };
    expect(result.timeHours).toHaveLength(25);
    for (const id of [
      'plasma.amitriptyline',
      'plasma.nortriptyline',
      'plasma.duloxetine',
      'plasma.sertraline',
      'occupancy.SERT',
      'occupancy.NET',
      'occupancy.H1',
      'occupancy.M1',
      'occupancy.alpha1',
      'occupancy.Nav',
      'occupancy.hERG',
      'opioid.muDelta',
      'opioid.kappa',
      'node.pag',
      'node.rvm-off',
      'analgesia',
      'pain.nrs',
      'network.dmnCoherence',
      'risk.nausea',
      'risk.discontinuation',
      'risk.serotoninToxicity',
      'risk.anticholinergic',
      'network.dmnInsula',
    ])
      expect(result.series[id], id).toHaveLength(25);
    expect(result.series['plasma.duloxetine']![6]).toBeGreaterThan(0); // 12 h, after the 8 h dose
  });

  it('writes CSV with one column per series to --out', () => {
    const { io, written } = fakeIo({ 's.json': small });
    expect(runCli(['s.json', '--format', 'csv', '--out', 'o.csv'], io)).toBe(0);
    const lines = written['o.csv']!.trim().split('\n');
    expect(lines).toHaveLength(26);
    const header = lines[0]!.split(',');
    expect(header[0]).toBe('timeHours');
    expect(header).toContain('occupancy.SERT');
    expect(lines[5]!.split(',')).toHaveLength(header.length);
  });

  it.each([
    ['an unknown drug', { drug: 'aspirin' }, 'drugs.0.drug'],
    ['a negative dose', { mgPerDay: -5 }, 'drugs.0.schedule.0.mgPerDay'],
    ['toDay before fromDay', { fromDay: 2, toDay: 1 }, 'drugs.0.schedule.0.toDay'],
  ])('exits 2 naming the field for %s', (_, change, field) => {
    const scenario = JSON.parse(small);
    const { drug, ...step } = change as Record<string, unknown>;
    if (drug !== undefined) scenario.drugs[0].drug = drug;
    Object.assign(scenario.drugs[0].schedule[0], step);
    const { io, err } = fakeIo({ 's.json': JSON.stringify(scenario) });
    expect(runCli(['s.json'], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(new RegExp(`^bad scenario: ${field.replace(/\./g, '\\.')}: `));
  });

  it.each([
    [
      'a placebo that ends before it starts',
      { placebo: { fromDay: 5, toDay: 2 } },
      'placebo.toDay',
    ],
    ['an unknown placebo field', { placebo: { fromDay: 0, toDay: 2, dose: 1 } }, 'placebo.dose'],
    ['an unknown patient value', { patient: { cyp2d6: 'slow' } }, 'patient.cyp2d6'],
    ['an unknown patient field', { patient: { sex: 'female' } }, 'patient.sex'],
  ])('exits 2 naming the field for %s', (_, change, field) => {
    const scenario = { ...JSON.parse(small), ...change };
    const { io, err } = fakeIo({ 's.json': JSON.stringify(scenario) });
    expect(runCli(['s.json'], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(new RegExp(`^bad scenario: ${field.replace(/\./g, '\\.')}: `));
  });

  it('runs a placebo pill and a person, and the person changes the levels', () => {
    const base = JSON.parse(small);
    const person = { ...base, placebo: { fromDay: 0, toDay: 3 }, patient: { smoker: true } };
    const plain = fakeIo({ 's.json': small });
    const smoker = fakeIo({ 's.json': JSON.stringify(person) });
    expect(runCli(['s.json'], plain.io)).toBe(0);
    expect(runCli(['s.json'], smoker.io)).toBe(0);
    const level = (out: string[]) =>
      (JSON.parse(out.join('')) as { series: Record<string, number[]> }).series[
        'plasma.duloxetine'
      ]![12]!;
    expect(level(smoker.out)).toBeLessThan(level(plain.out));
    const expectation = (JSON.parse(smoker.out.join('')) as { series: Record<string, number[]> })
      .series['placebo.expectation']!;
    expect(expectation[12]).toBeGreaterThan(0);
  });

  it('exits 2 for days out of range and for malformed JSON, in one line', () => {
    const tooLong = fakeIo({ 's.json': JSON.stringify({ condition: 'fibromyalgia', days: 200 }) });
    expect(runCli(['s.json'], tooLong.io)).toBe(2);
    expect(tooLong.err[0]).toMatch(/^bad scenario: days: /);
    const broken = fakeIo({ 's.json': '{"condition": ' });
    expect(runCli(['s.json'], broken.io)).toBe(2);
    expect(broken.err).toHaveLength(1);
    expect(broken.err[0]).toMatch(/^s\.json: malformed JSON/);
  });

  it('exits 2 for a missing file, an unknown option and a bad format', () => {
    expect(runCli(['nope.json'], fakeIo({}).io)).toBe(2);
    expect(runCli(['s.json', '--colour'], fakeIo({ 's.json': small }).io)).toBe(2);
    expect(runCli(['s.json', '--format', 'xml'], fakeIo({ 's.json': small }).io)).toBe(2);
  });

  it('runs every example scenario in data/scenarios', () => {
    for (const name of execFileSync('ls', ['data/scenarios']).toString().trim().split('\n')) {
      const path = `data/scenarios/${name}`;
      const { io, err } = fakeIo({ [path]: readFileSync(path, 'utf8') });
      expect(runCli([path, '--format', 'csv'], io), `${name}: ${err.join()}`).toBe(0);
    }
  });

  it('exits with status 2 and no stack trace as a real process', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/simulate.ts', 'data/does-not-exist.json'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 20_000);
});
