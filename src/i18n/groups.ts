// Which catalogue files load together. `core` is the first screen's (loaded before the app
// mounts); the others load with the part of the app that needs them (see i18n.svelte.ts).
export const MESSAGE_GROUPS = {
  core: ['common', 'format', 'stage', 'controls', 'panels', 'regions', 'treatments'],
  detail: ['panels-detail', 'about', 'cautions', 'bindings', 'evidence-1', 'evidence-2'],
  synapse: ['synapse'],
  brain3d: ['brain3d'],
  inspector: ['inspector'],
  lanes: ['lanes'],
  shortcuts: ['shortcuts'],
  stories: ['stories'],
  present: ['present'],
  figure: ['figure'],
  share: ['share'],
  handout: ['handout'],
  compare: ['compare'],
  notes: ['notes-ui', 'notes'],
} as const;

export type MessageGroup = keyof typeof MESSAGE_GROUPS;

/** The languages, in the picker's order; `qps-ploc` is a generated pseudo-locale for layout
 * tests (accented and about 35% longer than English), reachable only by URL. */
export const LOCALES = ['en', 'pt-BR', 'es', 'zh-Hans', 'qps-ploc'] as const;
export type Locale = (typeof LOCALES)[number];
