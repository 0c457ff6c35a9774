// Entry point: loads the chosen language's first messages, applies the URL's state, follows the
// system's reduced-motion setting, starts the play loop, the keyboard shortcuts and the URL sync,
// runs the model's first course in short slices, and mounts the app into #app; or, in the
// speaker notes' window (#speaker-notes, see state/address.ts), mounts the notes.
import { mount } from 'svelte';
import App from './App.svelte';
import { initialLocale, initialRegister, startUrlSync } from './state/url-sync.svelte.ts';
import { i18n } from './i18n/i18n.svelte.ts';
import { startPlayback } from './state/playback.svelte.ts';
import { startShortcuts } from './state/shortcuts.ts';
import { watchReducedMotion } from './state/reducedMotion.ts';
import { app as state } from './state/app.svelte.ts';
import { nextTask } from './views/shared/nextTask.ts';
import { showTheme } from './views/shared/theme.svelte.ts';
import { decodeViewState } from './state/url.ts';
import { readAddress } from './state/address.ts';
import { turns } from './views/shared/turns.ts';
import { registerServiceWorker } from './sw/register.ts';
import './app.css';

/** After the page has loaded, how long before saving the app for offline use starts, and how
 * long it then waits at most for the page to be idle. */
const OFFLINE_SAVE_DELAY_MS = 2000;
const OFFLINE_SAVE_IDLE_WAIT_MS = 5000;

const target = document.getElementById('app');
if (!target) throw new Error('PainBrake: no #app element in index.html');

async function startExplorer(target: HTMLElement) {
  // The first screen's messages in the chosen language and wording, before anything shows text.
  await i18n.use(initialLocale(), initialRegister());
  startUrlSync();
  // The system's reduced-motion setting, live: it decides motion unless the person has chosen.
  watchReducedMotion((reduced) => (state.systemReducedMotion = reduced));
  startPlayback();
  startShortcuts();
  // The model's first runs, in short slices, before the first screen needs them.
  await state.prepareFirstRuns(nextTask);
  // The first screen is built in turns, so no one task holds the page for long (see turns.ts).
  turns.start();
  const mounted = mount(App, { target });
  // Saving the app for offline use (about 3 MB) waits until the first screen has loaded and the
  // page is quiet: on a slow phone its downloads would otherwise slow the first screen's turns.
  const register = () => void registerServiceWorker().catch(() => {});
  const saveForOffline = () =>
    setTimeout(
      () =>
        'requestIdleCallback' in globalThis
          ? requestIdleCallback(register, { timeout: OFFLINE_SAVE_IDLE_WAIT_MS })
          : register(),
      OFFLINE_SAVE_DELAY_MS,
    );
  if (document.readyState === 'complete') saveForOffline();
  else addEventListener('load', saveForOffline, { once: true });
  return mounted;
}

/** The speaker notes: they follow the presenting window (views/present/SpeakerNotes.svelte). */
async function startSpeakerNotes(target: HTMLElement) {
  showTheme(decodeViewState(readAddress(location).query).state.theme);
  await i18n.use(initialLocale(), initialRegister());
  const [{ default: SpeakerNotes }] = await Promise.all([
    import('./views/present/SpeakerNotes.svelte'),
    i18n.load('notes'),
    i18n.load('stories'),
    i18n.load('detail'),
  ]);
  return mount(SpeakerNotes, { target });
}

/** The mounted root component. */
export const app = readAddress(location).notes
  ? await startSpeakerNotes(target)
  : await startExplorer(target);
