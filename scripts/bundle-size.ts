// Measures the JavaScript a first visit downloads: the entry script, the chunks index.html
// preloads, and the first screen's messages in the visitor's language (plain wording, the
// default), gzipped (level 9). Bytes are deterministic, so the budget is asserted in tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** First-load JavaScript budget, gzipped (issue: under 90 KB). */
export const FIRST_LOAD_BUDGET_BYTES = 90 * 1024;

export interface FirstLoad {
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
  /** True if any first-load file contains three.js (which must load only with the 3D view). */
  includesThree: boolean;
}

/** The languages a visitor can read (the pseudo-locale is for tests). */
export const LANGUAGES = ['en', 'pt-BR', 'es', 'zh-Hans'] as const;

/** Reads dist/index.html and gzips every script and modulepreload it references, with the
 * first screen's messages in `language` (its core group, plain wording). */
export function firstLoadJavaScript(distDir: string, language = 'en'): FirstLoad {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const messages = readdirSync(join(distDir, 'assets')).filter((f) =>
    f.startsWith(`messages-${language}-core-plain-`),
  );
  if (messages.length !== 1) throw new Error(`no single core message chunk for ${language}`);
  const references = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ]
    .map((match) => match[1]!.replace(/^\.?\//, ''))
    .concat(`assets/${messages[0]}`);
  const files = [...new Set(references)].map((file) => {
    const bytes = readFileSync(join(distDir, file));
    return { file, gzipBytes: gzipSync(bytes, { level: 9 }).length, text: bytes.toString('utf8') };
  });
  return {
    files: files.map(({ file, gzipBytes }) => ({ file, gzipBytes })),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    // three.js names its renderer class in its error messages, which survive minification.
    includesThree: files.some((f) => f.text.includes('WebGLRenderer')),
  };
}
