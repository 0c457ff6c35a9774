// The English catalogue: every area's messages in one typed object. English is the reference
// locale: its keys define MessageKey, so a missing or misspelt key is a type error.
import common from './common.ts';
import stage from './stage.ts';
import controls from './controls.ts';
import panels from './panels.ts';

export const en = { ...common, ...stage, ...controls, ...panels } as const;
