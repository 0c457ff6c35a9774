// Benchmarks (`npm run bench`): speed and memory of the model (on the bundle the app ships,
// built here with Vite, rather than TypeScript run through a loader), then the built app in
// Chromium: first-load size, Lighthouse, the stage's scripting per frame, heap growth after
// treatment toggles, and the 3D view (chunk and mesh sizes, time to first frame, the CPU work of
// its frames against a bare three.js page). Prints one line per case, `bench <case>: ...`.
// Reports only: never part of `npm test` (this machine is shared and noisy). `--3d`: only the
// 3D view's part.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

type Simulate = (scenario: unknown) => { timeHours: Float64Array };

const RUNS = 60;
const WARMUP = 15;

async function bundledSimulate(): Promise<Simulate> {
  const outDir = mkdtempSync(join(tmpdir(), 'painbrake-bench-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      outDir,
      ssr: 'src/model/simulate.ts',
      minify: true,
      rollupOptions: { output: { format: 'es', entryFileNames: 'simulate.mjs' } },
    },
  });
  const module = (await import(pathToFileURL(join(outDir, 'simulate.mjs')).href)) as {
    simulate: Simulate;
  };
  rmSync(outDir, { recursive: true, force: true });
  return module.simulate;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeCase(name: string, run: () => void): void {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  console.log(`bench ${name}: median ${median(times).toFixed(2)} ms`);
}

// `npm run bench -- --3d` runs only the 3D view's part, `--toggles` only the treatment toggles'
// (bench-app.ts reads the same flags).
if (!process.argv.includes('--3d') && !process.argv.includes('--toggles')) await benchModel();
await import('./bench-app.ts');

/** The model's speed (median of repeated runs) and peak heap. */
async function benchModel() {
  const simulate = await bundledSimulate();
  const twelveWeeks = JSON.parse(readFileSync('data/scenarios/duloxetine-plus-ea.json', 'utf8'));
  const twoDays = {
    ...twelveWeeks,
    days: 2,
    output: { fromHours: 0, toHours: 48, stepHours: 1 / 60 },
  };

  let peakHeap = process.memoryUsage().heapUsed;
  const sampleHeap = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  timeCase('simulate 12-week duloxetine + EA, hourly output', () => {
    simulate(twelveWeeks);
    sampleHeap();
  });
  const interacting = {
    ...JSON.parse(readFileSync('data/scenarios/duloxetine-with-amitriptyline.json', 'utf8')),
    days: 84,
    patient: { age: 'older', cyp2d6: 'poor' },
  };
  timeCase(
    'simulate 12-week duloxetine + amitriptyline (CYP2D6, older adult), hourly output',
    () => {
      simulate(interacting);
      sampleHeap();
    },
  );
  timeCase('simulate 2-day duloxetine + EA, 1-minute output', () => {
    simulate(twoDays);
    sampleHeap();
  });
  console.log(`bench peak heap: ${(peakHeap / 1024 / 1024).toFixed(1)} MB`);
}
