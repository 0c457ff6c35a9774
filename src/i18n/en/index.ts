// The English catalogue: every area's messages in one typed object. English is the reference
// locale: its keys define MessageKey, so a missing or misspelt key is a type error.
import common from './common.ts';
import stage from './stage.ts';
import controls from './controls.ts';
import panels from './panels.ts';
import brain3d from './brain3d.ts';

export const en = { ...common, ...stage, ...controls, ...panels, ...brain3d } as const;
