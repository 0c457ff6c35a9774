// Svelte compiler options shared by Vite, svelte-check and the ESLint Svelte parser.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
};
