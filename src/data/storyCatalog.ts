// The guided stories, validated and in the list's order (see ./stories.ts). A story's words are in
// the message catalogues (group `stories`); its scenes are URL states (see state/stories.ts).
import './trusted.ts';
import type { Story } from './schema.ts';
import { checkStories, parseStories } from './stories.ts';

const storyFiles = import.meta.glob<unknown>('../../data/stories/*.json', {
  eager: true,
  import: 'default',
});

// The build validated every story (scripts/validate-data.ts), so its bundle checks only what is
// cheap; the schema check (and valibot) stays out of the first load.
export const stories: readonly Story[] =
  typeof __DATA_VALIDATED_AT_BUILD__ !== 'undefined' && __DATA_VALIDATED_AT_BUILD__
    ? checkStories(storyFiles as Record<string, Story>)
    : parseStories(storyFiles);

/** A story by id, or undefined. */
export const storyById = (id: string): Story | undefined => stories.find((s) => s.id === id);
