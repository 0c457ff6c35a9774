// Registers the synapse close-up's messages when its chunk loads (import it for its effect).
import synapse from './synapse.ts';
import { registerMessages } from '../i18n.svelte.ts';

registerMessages('en', synapse);
