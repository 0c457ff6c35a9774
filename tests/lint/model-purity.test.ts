// Proves the lint rules: the one that keeps src/model/ pure (the same code that is fine in a view
// is an error in the model), and the boundaries (src/state/ never imports views; view folders share
// code only through src/views/shared/). Uses the project's real eslint.config.js through ESLint's
// Node API.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const purityRules = ['no-restricted-imports', 'no-restricted-globals'];

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** The purity-rule messages ESLint reports for `code` as if it lived at `filePath`. */
async function purityErrors(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages.filter(
    (message) => message.ruleId !== null && purityRules.includes(message.ruleId),
  );
}

const impureCode = [
  "import { mount } from 'svelte';",
  'export const pageTitle = document.title;',
  'export { mount };',
  '',
].join('\n');

describe('model purity lint rule', () => {
  it('rejects a Svelte import and a DOM global in src/model/', async () => {
    const errors = await purityErrors(impureCode, 'src/model/fake.ts');
    expect(errors.map((error) => [error.ruleId, error.severity])).toEqual([
      ['no-restricted-imports', 2],
      ['no-restricted-globals', 2],
    ]);
  });

  it('allows the same code in src/views/', async () => {
    expect(await purityErrors(impureCode, 'src/views/fake.ts')).toEqual([]);
  });

  it.each([
    'svelte/store',
    'three',
    'three/examples/jsm/controls/OrbitControls.js',
    'd3',
    'd3-selection',
    '../views/stage/Stage.svelte',
    '../../views/charts/line.ts',
    '../state/scenario.svelte.ts',
    '../../state/scenario.svelte',
    '../state',
    '../../views',
    './Widget.svelte',
  ])('rejects importing %s from src/model/', async (source) => {
    const code = `import * as forbidden from '${source}';\nexport { forbidden };\n`;
    const errors = await purityErrors(code, 'src/model/circuit/fake.ts');
    // A path can match several patterns (e.g. a view that is also a .svelte file).
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((error) => error.ruleId))).toEqual(
      new Set(['no-restricted-imports']),
    );
  });

  it.each(['d3-scale', 'd3-array', 'valibot', '../data/schema.ts', './occupancy.ts'])(
    'allows importing %s from src/model/',
    async (source) => {
      const code = `import * as allowed from '${source}';\nexport { allowed };\n`;
      expect(await purityErrors(code, 'src/model/fake.ts')).toEqual([]);
    },
  );

  it.each(['window', 'navigator', 'localStorage', 'requestAnimationFrame'])(
    'rejects the global %s in src/model/',
    async (name) => {
      const errors = await purityErrors(`export const leak = ${name};\n`, 'src/model/fake.ts');
      expect(errors.map((error) => error.ruleId)).toEqual(['no-restricted-globals']);
    },
  );
});

describe('boundary lint rules', () => {
  const importing = (source: string) => `import * as it from '${source}';\nexport { it };\n`;

  it.each([
    ['src/state/fake.ts', '../views/stage/layout.ts'],
    ['src/state/fake.svelte.ts', '../views'],
    ['src/views/synapse/fake.ts', '../stage/flows.ts'],
    ['src/views/panels/fake.ts', '../charts/Lanes.svelte'],
    ['src/views/shared/fake.ts', '../stage/layout.ts'],
    ['src/views/shared/charts/fake.ts', '../../panels/Inspector.svelte'],
  ])('rejects %s importing %s', async (file, source) => {
    const errors = await purityErrors(importing(source), file);
    expect(errors.map((error) => error.ruleId)).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['src/views/synapse/fake.ts', '../shared/particles.ts'],
    ['src/views/stage/fake.ts', './layout.ts'],
    ['src/views/shared/charts/fake.ts', '../textSize.ts'],
    ['src/views/panels/fake.ts', '../../state/app.svelte.ts'],
    ['src/state/fake.ts', '../data/catalog.ts'],
  ])('allows %s importing %s', async (file, source) => {
    expect(await purityErrors(importing(source), file)).toEqual([]);
  });
});
