// The Firefox suite's global setup: serves the built app (dist/, or $PAINBRAKE_DIST) with Vite's
// preview server on port 4176 for every test file, and stops it when the suite ends. The preview
// reads no Vite config: the build is a folder of static files, served as any static host would.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

/** The port the suite's own preview server listens on (the Chromium suite has 4173). */
export const PORT = 4176;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's address, e.g. 'http://localhost:4176'. */
    baseUrl: string;
    /** The absolute path of the build being tested (for the file:// check). */
    distDir: string;
  }
}

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The build to test: $PAINBRAKE_DIST (relative to the project) or dist/. */
export function distDirectory(): string {
  return resolve(projectRoot, process.env.PAINBRAKE_DIST || 'dist');
}

export default async function serveBuild(project: TestProject): Promise<() => Promise<void>> {
  const distDir = distDirectory();
  if (!existsSync(resolve(distDir, 'index.html')))
    throw new Error(
      `No built app at ${distDir}: run \`npm run build\` first (npm test builds it before this ` +
        'suite), or point PAINBRAKE_DIST at a build directory.',
    );
  const server = await preview({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: 'localhost', port: PORT, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://localhost:${PORT}`);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
  };
}
