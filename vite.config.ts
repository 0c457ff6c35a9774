// Vite builds the static app; the `test` block configures Vitest (unit, model and component tests).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { dataValidation, trimProvenanceForBrowser } from './scripts/validate-data.ts';
import { messages } from './scripts/messages/vite-plugin.ts';
import { lockDown } from './scripts/lock-down.ts';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The modules the first screen needs (those the entry imports statically, at any depth), so the
 * build can put them in one chunk: a dozen small shared chunks each cost their own gzip stream and
 * import lines on the first load. Filled when the module graph is complete (buildEnd), read when
 * the chunks are made.
 */
const firstLoad = new Set<string>();
const firstLoadGraph: PluginOption = {
  name: 'painbrake-first-load-graph',
  apply: 'build',
  buildEnd() {
    firstLoad.clear();
    const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
    const queue = [...entries];
    while (queue.length > 0) {
      const info = this.getModuleInfo(queue.pop()!);
      for (const imported of info?.importedIds ?? [])
        if (!firstLoad.has(imported)) {
          firstLoad.add(imported);
          queue.push(imported);
        }
    }
    for (const entry of entries) firstLoad.delete(entry);
    // The entry module itself stays in the entry chunk: it awaits the speaker notes' chunk at
    // the top level, and that chunk imports the shared one, so sharing a chunk would deadlock.
    for (const id of firstLoad) if (id.endsWith('/src/main.ts')) firstLoad.delete(id);
  },
};

const plugins: PluginOption[] = [
  firstLoadGraph,
  svelte(),
  // Under Vitest only: resolve Svelte's browser build and clean up mounted components.
  svelteTesting(),
  // A malformed file in data/ fails the build (and the dev server) naming the file and path.
  dataValidation(fileURLToPath(new URL('./data', import.meta.url))),
  trimProvenanceForBrowser(),
  // The message catalogues, compiled per locale and group, loaded with import().
  messages(),
  // The schema modules only build valibot schemas: declare them free of side effects, so a
  // bundle that never validates (the app's, see src/data/trusted.ts) leaves them and valibot out.
  {
    name: 'painbrake-pure-schemas',
    transform(code, id) {
      if (/\/src\/(data\/schema|data\/validate|model\/scenario)\.ts$/.test(id))
        return { code, moduleSideEffects: false };
      return undefined;
    },
  },
  // The Content-Security-Policy <meta> and dist/_headers (build only).
  lockDown(),
  // Installable and offline: the web app manifest, and a service worker (Workbox) that saves
  // the whole app on the first visit (every language, every lazy part, the 3D meshes), so a
  // reload with the network gone works. A new version waits until the person chooses to reload
  // (src/sw/register.ts registers it; views/shell/UpdatePrompt.svelte offers the reload).
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'PainBrake',
      short_name: 'PainBrake',
      description:
        "An interactive explanation of the body's descending pain brake and how acupuncture, " +
        'amitriptyline and duloxetine act on it.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#b3261e',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,png,svg,glb,webmanifest,md}'],
      // The 3D chunk and the meshes are larger than Workbox's 2 MiB default allows for none,
      // but say so: nothing the app needs may be left out silently.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // An older link's query string (?dul=60) opens the same saved page.
      ignoreURLParametersMatching: [/.*/],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: true,
    },
  }),
];

export default defineConfig(({ command, isSsrBuild }) => ({
  // Relative asset paths, so dist/ works from any static host, a subfolder or a USB stick.
  base: './',
  plugins,
  // The app's build runs the data plugin first, so the bundle can skip validating data/ again
  // (and leave the validator out): see src/data/trusted.ts.
  define: command === 'build' && !isSsrBuild ? { __DATA_VALIDATED_AT_BUILD__: 'true' } : {},
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically, in one chunk beside the entry.
        codeSplitting: {
          groups: [{ name: 'first', test: (id: string) => firstLoad.has(id) }],
        },
        // A message chunk is named by its locale, group and register
        // (messages-pt-BR-core-plain-<hash>.js), so the size report and the first-load budget
        // can find each language's.
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          const match = /^\0painbrake-messages\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(id);
          return match
            ? `assets/messages-${match[1]}-${match[2]}-${match[3]}-[hash].js`
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: {
    // Plain Node by default; a component test opts in with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // On a busy two-core machine a first render of the whole stage, the ESLint API or a CLI
    // subprocess can take longer than Vitest's 5 s default; nothing here is timed on purpose.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The browser suites have their own runners: Playwright (e2e) and vitest.firefox.config.ts.
    exclude: ['tests/e2e/**', 'tests/firefox/**', '**/node_modules/**'],
    setupFiles: ['tests/support/messages.ts'],
  },
}));
