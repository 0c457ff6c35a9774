// English messages: the 3D brain view. Keys are typed from this file (see ../i18n.svelte.ts).
import type { Messages } from '../message.ts';

export default {} as const satisfies Messages;
