// Registers the 3D view's messages when its chunk loads (import it for its effect).
import brain3d from './brain3d.ts';
import { registerMessages } from '../i18n.svelte.ts';

registerMessages('en', brain3d);
