// Vite builds the static app; the `test` block configures Vitest (unit, model and component tests).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { dataValidation } from './scripts/validate-data.ts';

const plugins: PluginOption[] = [
  svelte(),
  // Under Vitest only: resolve Svelte's browser build and clean up mounted components.
  svelteTesting(),
  // A malformed file in data/ fails the build (and the dev server) naming the file and path.
  dataValidation(fileURLToPath(new URL('./data', import.meta.url))),
];

export default defineConfig({
  // Relative asset paths, so dist/ works from any static host, a subfolder or a USB stick.
  base: './',
  plugins,
  build: {
    target: 'es2022',
  },
  test: {
    // Plain Node by default; a component test opts in with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', '**/node_modules/**'],
  },
});
