// Every test file starts with the English messages loaded (the app loads a group when the part
// of the app that needs it loads; tests render those parts directly).
import { beforeAll } from 'vitest';
import { i18n, type MessageGroup } from '../../src/i18n/i18n.svelte.ts';
import { MESSAGE_GROUPS } from '../../src/i18n/groups.ts';

beforeAll(async () => {
  await Promise.all(Object.keys(MESSAGE_GROUPS).map((g) => i18n.load(g as MessageGroup, 'en')));
});
