// The English catalogue: every area's messages in one typed object. English is the reference
// locale: its keys define MessageKey, so a missing or misspelt key is a type error.
import common from './common.ts';
import stage from './stage.ts';
import controls from './controls.ts';
import panels from './panels.ts';

/** The messages the first screen needs, bundled with it. */
export const en = { ...common, ...stage, ...controls, ...panels } as const;

/** Every English message, including those loaded on demand (./detail.ts, ./synapse-register.ts,
 * ./brain3d-register.ts). */
export type EnglishMessages = typeof en &
  typeof import('./panels-detail.ts').default &
  typeof import('./synapse.ts').default &
  typeof import('./brain3d.ts').default;
