// Saves the app for offline use: registers the service worker the build makes (vite-plugin-pwa,
// Workbox: dist/sw.js), and when a new version has been saved, tells `update` so the page can
// offer to reload into it. The new version takes over only when the person says so (the view is
// in the address, so a reload loses nothing). Nothing here runs in development, in the tests'
// jsdom, or from a file on disk.
import { update } from './update.svelte.ts';

const WORKER_URL = './sw.js';

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface TrustedTypes {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

/** The address goes to register() through a Trusted Types policy (see scripts/lock-down.ts). */
const policy = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes?.createPolicy(
  'painbrake',
  {
    createScriptURL: (url: string) => {
      if (url !== WORKER_URL)
        throw new TypeError(`PainBrake: not the app's service worker: ${url}`);
      return url;
    },
  },
);

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return;
  const address = (policy?.createScriptURL(WORKER_URL) ?? WORKER_URL) as string;
  const registration = await navigator.serviceWorker.register(address, { scope: './' });
  const offer = (worker: ServiceWorker) =>
    update.offer(() => worker.postMessage({ type: 'SKIP_WAITING' }));
  // A version saved on an earlier visit, still waiting for this page to let it take over.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      // On the first visit there is no controller yet: that is the first save, not an update.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (update.accepted) location.reload();
  });
}
