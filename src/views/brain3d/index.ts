// The 3D brain's entry point for the app: a dynamic import, so three.js and the view load as a
// separate chunk the first time the 3D view opens, never with the first screen (with its
// messages in the current language).
// Usage: `{#await loadBrain3d() then { default: Brain3d }}<Brain3d />{/await}`.
import { withMessages } from '../../i18n/i18n.svelte.ts';

export const loadBrain3d = withMessages('brain3d', () => import('./Brain.webgl.svelte'));

export type { CameraState } from './cameraState.ts';
export { formatCameraState, parseCameraState } from './cameraState.ts';
