// Registers the messages of the on-demand panels when their chunk loads. Import it (for its
// effect) from every component that is loaded on demand and uses those messages.
import detail from './panels-detail.ts';
import { registerMessages } from '../i18n.svelte.ts';

registerMessages('en', detail);
