// Entry point: applies the URL's state, starts the play loop, the keyboard shortcuts and the URL
// sync, runs the model's first course in short slices, and mounts the app into #app.
import { mount } from 'svelte';
import App from './App.svelte';
import { startUrlSync } from './state/url-sync.svelte.ts';
import { startPlayback } from './state/playback.svelte.ts';
import { startShortcuts } from './state/shortcuts.ts';
import { app as state } from './state/app.svelte.ts';
import './app.css';

/** Resolves in a new task (a message to itself: no timer clamping), so the browser can breathe. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const target = document.getElementById('app');
if (!target) throw new Error('PainBrake: no #app element in index.html');

startUrlSync();
startPlayback();
startShortcuts();
// The model's first runs, in short slices, before the first screen needs them.
await state.prepareFirstRuns(nextTask);

/** The mounted root component. */
export const app = mount(App, { target });
