// The built app's Content-Security-Policy and the headers a host should send with it. The policy
// goes into dist/index.html as a <meta> (it works on any static host, with no server settings);
// dist/_headers repeats it with what only a header can say (frame-ancestors, nosniff, COOP), in
// the format Netlify and Cloudflare Pages read. Build only: the dev server injects inline styles
// and scripts for hot reloading, which the policy would block.
import type { Plugin } from 'vite';

/**
 * What the page may load. Scripts, styles, data and the service worker come from the app's own
 * origin; the 3D view's mesh decoder compiles WebAssembly ('wasm-unsafe-eval'); figures are drawn
 * through data: and blob: images. No inline script or style, no plugins, no <base>, no forms.
 * Trusted Types: Svelte's own policy (for its templates) and the app's (the service worker's
 * address, src/sw/register.ts); nothing else may write HTML or script addresses.
 */
export const POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'require-trusted-types-for': "'script'",
  'trusted-types': 'svelte-trusted-html painbrake',
};

/** Only a header can carry these: embedding in other pages (the embed view is for HTTPS pages). */
const HEADER_ONLY_POLICY: Readonly<Record<string, string>> = {
  'frame-ancestors': "'self' https:",
};

const serialise = (policy: Readonly<Record<string, string>>) =>
  Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');

/** The policy as the <meta> carries it. */
export const metaPolicy = (): string => serialise(POLICY);

/** dist/_headers: every path gets these. */
export function headersFile(): string {
  const headers = {
    'Content-Security-Policy': serialise({ ...POLICY, ...HEADER_ONLY_POLICY }),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return ['# Headers for hosts that read this file (see SECURITY.md).', '/*', ...lines, ''].join(
    '\n',
  );
}

/** The build's part: the <meta> tags first in <head>, and dist/_headers. */
export function lockDown(): Plugin {
  return {
    name: 'painbrake-lock-down',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy() },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
