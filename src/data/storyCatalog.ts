// The guided stories, validated and in the list's order (see ./stories.ts). A story's words are in
// the message catalogues (group `stories`); its scenes are URL states (see state/stories.ts).
import './trusted.ts';
import type { Story } from './schema.ts';
import { parseStories } from './stories.ts';

const storyFiles = import.meta.glob<unknown>('../../data/stories/*.json', {
  eager: true,
  import: 'default',
});

export const stories: readonly Story[] = parseStories(
  storyFiles,
  typeof __DATA_VALIDATED_AT_BUILD__ !== 'undefined' && __DATA_VALIDATED_AT_BUILD__,
);

/** A story by id, or undefined. */
export const storyById = (id: string): Story | undefined => stories.find((s) => s.id === id);
