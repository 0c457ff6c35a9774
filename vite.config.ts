// Vite builds the static app; the `test` block configures Vitest (unit, model and component tests).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';

const plugins: PluginOption[] = [
  svelte(),
  // Under Vitest only: resolve Svelte's browser build and clean up mounted components.
  svelteTesting(),
  // ---- Data validation plugin goes here (validates data/ against src/data/schema.ts) ----
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
