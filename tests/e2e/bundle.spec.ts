// The first-load JavaScript budget, checked on the built dist/ (sizes are deterministic).
import { expect, test } from '@playwright/test';
import {
  FIRST_LOAD_BUDGET_BYTES,
  firstLoadJavaScript,
  LANGUAGES,
} from '../../scripts/bundle-size.ts';

for (const language of LANGUAGES)
  test(`keeps first-load JavaScript in ${language} under 90 KB gzipped, without three.js`, () => {
    const firstLoad = firstLoadJavaScript('dist', language);
    const listing = firstLoad.files.map((f) => `${f.file}: ${f.gzipBytes} B`).join('\n');
    expect(firstLoad.files.length, 'index.html references no script').toBeGreaterThan(1);
    expect(firstLoad.gzipBytes, listing).toBeLessThan(FIRST_LOAD_BUDGET_BYTES);
    expect(firstLoad.includesThree, listing).toBe(false);
  });
