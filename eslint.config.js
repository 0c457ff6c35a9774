// ESLint flat config: recommended JS, TypeScript and Svelte rules, Prettier owning the formatting,
// the lint rule that keeps src/model/ pure (no Svelte, three, DOM, d3-selection, views or state),
// and the boundaries: src/state/ never imports src/views/, and the views' folders share code only
// through src/views/shared/.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Imports that would tie the model to a renderer, the DOM or the app's mutable state. */
const modelRestrictedImports = {
  patterns: [
    {
      group: ['svelte', 'svelte/*'],
      message: 'src/model/ is pure TypeScript: no Svelte (see docs/STYLE.md).',
    },
    {
      group: ['three', 'three/*'],
      message: 'src/model/ is pure TypeScript: no three.js; the scene lives in src/views/.',
    },
    {
      group: ['d3', 'd3-selection', 'd3-selection/*'],
      message:
        'src/model/ must not touch the DOM: import only the d3 modules that compute (d3-array, d3-scale, ...), never d3 or d3-selection.',
    },
    {
      group: ['**/views/**', '**/state/**'],
      message: 'Data flows one way: src/model/ never imports from src/views/ or src/state/.',
    },
    {
      // Bare directory imports ('../views', '../../state') that the globs above do not reach.
      regex: '^(?:\\.\\./)+(?:views|state)/?$',
      message: 'Data flows one way: src/model/ never imports from src/views/ or src/state/.',
    },
    {
      group: ['*.svelte', '*.svelte.ts', '*.svelte.js'],
      message: 'src/model/ never imports Svelte components or rune modules.',
    },
  ],
};

/** The state never reaches into the views: they read it, it does not know them. */
const stateRestrictedImports = {
  patterns: [
    {
      regex: '^(?:\\.\\./)+views(?:/|$)',
      message: 'src/state/ never imports from src/views/: views read the state, not the other way.',
    },
  ],
};

/** The views' folders by place on screen; they share code only through src/views/shared/. */
const VIEW_FOLDERS = [
  'brain3d',
  'charts',
  'controls',
  'panels',
  'shell',
  'stage',
  'synapse',
  'stories',
  'present',
  'share',
  'handout',
  'compare',
];

/** A view folder may import its own files, src/views/shared/ and anything outside src/views/. */
const viewBoundaries = VIEW_FOLDERS.map((folder) => ({
  files: [`src/views/${folder}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^\\.\\./(?:${VIEW_FOLDERS.filter((f) => f !== folder).join('|')})(?:/|$)`,
            message: `src/views/${folder}/ shares code with other views only through src/views/shared/: move what both use there.`,
          },
        ],
      },
    ],
  },
}));

/** Shared view code depends on no particular place on screen. */
const sharedBoundary = {
  files: ['src/views/shared/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(?:\\.\\./)+(?:${VIEW_FOLDERS.join('|')})(?:/|$)`,
            message: 'src/views/shared/ imports only from itself and outside src/views/.',
          },
        ],
      },
    ],
  },
};

/** Browser globals that would make model code depend on a page. */
const modelRestrictedGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'requestAnimationFrame',
].map((name) => ({
  name,
  message: `src/model/ runs without a page (tests, the command line): no \`${name}\`. Pass what you need in as data.`,
}));

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'artifacts/',
      'public/',
    ],
  },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        parser: ts.parser,
        extraFileExtensions: ['.svelte'],
        svelteConfig,
      },
    },
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': ['error', modelRestrictedImports],
      'no-restricted-globals': ['error', ...modelRestrictedGlobals],
    },
  },
  {
    files: ['src/state/**'],
    rules: { 'no-restricted-imports': ['error', stateRestrictedImports] },
  },
  ...viewBoundaries,
  sharedBoundary,
  prettier,
  svelte.configs.prettier,
);
