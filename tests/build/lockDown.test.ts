// The build's lock-down: the policy the <meta> carries, and the headers file for hosts that
// read one. The e2e suite checks the built page against it (tests/e2e/trust.spec.ts).
import { describe, expect, it } from 'vitest';
import { headersFile, metaPolicy } from '../../scripts/lock-down.ts';

describe('the Content-Security-Policy', () => {
  it('allows only the app itself, the mesh decoder and its own Trusted Types policies', () => {
    const policy = metaPolicy();
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "require-trusted-types-for 'script'",
      'trusted-types svelte-trusted-html painbrake',
    ])
      expect(policy).toContain(directive);
    expect(policy).not.toContain('unsafe-inline');
    // A <meta> cannot carry frame-ancestors (browsers ignore it there).
    expect(policy).not.toContain('frame-ancestors');
  });

  it('goes to hosts as headers, with what only a header can say', () => {
    const file = headersFile();
    expect(file).toMatch(/^\/\*$/m);
    expect(file).toContain(
      `Content-Security-Policy: ${metaPolicy()}; frame-ancestors 'self' https:`,
    );
    expect(file).toContain('Referrer-Policy: no-referrer');
    expect(file).toContain('X-Content-Type-Options: nosniff');
    expect(file).toContain('Cross-Origin-Opener-Policy: same-origin');
  });
});
