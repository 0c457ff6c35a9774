// Entry point: mounts the app into #app.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('PainBrake: no #app element in index.html');

/** The mounted root component. */
export const app = mount(App, { target });
