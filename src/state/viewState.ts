// The view state: everything the URL holds, its choices and its defaults. The one source of the
// defaults: the app's state starts from them, the URL codec leaves out what equals them, and
// reset() returns to them. Plain TypeScript, so the build and the command line can use it too.
import type { Register } from '../i18n/message.ts';
import type { Locale } from '../i18n/groups.ts';
import { COURSE_DAYS, defaultTreatment, type Treatment } from './treatment.ts';

export const PANELS = ['inspector', 'networks', 'effects', 'evidence', 'about'] as const;
export type PanelId = (typeof PANELS)[number];
export const VIEWS = ['stage', 'synapse', 'brain3d'] as const;
export type ViewId = (typeof VIEWS)[number];
export const CLOSE_UP_MODES = ['day', 'session'] as const;
export type CloseUpMode = (typeof CLOSE_UP_MODES)[number];
/** Course clock speeds in simulated days per real second (1 day/s to 1 week/s). */
export const SPEEDS = [1, 2, 3.5, 7] as const;
export type Speed = (typeof SPEEDS)[number];

/** Moving particles while the clock plays, when the person has chosen (else the system decides). */
export const MOTION_SETTINGS = ['on', 'off'] as const;
export type MotionSetting = (typeof MOTION_SETTINGS)[number];

export const COURSE_HOURS = COURSE_DAYS * 24;

/** The page's colours: light or dark (a dark room, a projector), or null to follow the system's. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Who the explanations are for: it sets the wording and the depth. */
export const AUDIENCES = ['patient', 'student', 'clinician'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The wording an audience reads: plain for patients, technical for students and clinicians. */
export const registerOf = (audience: Audience): Register =>
  audience === 'patient' ? 'plain' : 'technical';

/** The audience an old `reg` link meant. */
export const audienceOfRegister = (register: Register): Audience =>
  register === 'plain' ? 'patient' : 'student';

/** Everything the URL holds: enough to restore the same view after a reload or on another device. */
export interface ViewState {
  treatment: Treatment;
  courseHours: number;
  closeUpMode: CloseUpMode;
  closeUpHours: number;
  closeUpActive: boolean;
  selectedNode: string | null;
  panel: PanelId;
  view: ViewId;
  camera: string | null;
  audience: Audience;
  locale: Locale;
  speed: Speed;
  /** Moving particles while playing: on or off, or null to follow the system's setting. */
  motion: MotionSetting | null;
  /** Light or dark colours, or null to follow the system's setting. */
  theme: Theme | null;
  /** Presentation mode: the picture fills the screen, the story step's text large, clicker keys. */
  present: boolean;
  /** Embedded in another page: only the picture and its caption, with a link to the whole app. */
  embed: boolean;
  /** The handout: one printable page about this view, with a QR code that reopens it. */
  handout: boolean;
  /**
   * Plan B, when two plans are compared on one clock (plan A is `treatment`), or null. Its
   * condition and person are plan A's: the same person with the same condition.
   */
  compare: Treatment | null;
  /** The guided story that is open (an id from data/stories), or null. */
  story: string | null;
  /** The story's step, counted from 1 (1 when no story is open). */
  step: number;
}

/** The person's own settings: a story step or a reset leaves them as they are. */
export const PREFERENCES = [
  'audience',
  'locale',
  'speed',
  'motion',
  'theme',
  'present',
  'embed',
  'handout',
] as const satisfies readonly (keyof ViewState)[];

/** What the picture shows (everything but the person's own settings and the story). */
export type Scene = Omit<ViewState, (typeof PREFERENCES)[number] | 'story' | 'step'>;

/** The view a bare URL opens: no treatment, week 6 of the course, the dorsal horn selected. */
export function defaultViewState(): ViewState {
  return {
    treatment: defaultTreatment(),
    courseHours: 6 * 7 * 24,
    closeUpMode: 'day',
    closeUpHours: 6 * 7 * 24 + 12,
    closeUpActive: false,
    selectedNode: 'dh-projection',
    panel: 'inspector',
    view: 'stage',
    camera: null,
    audience: 'patient',
    locale: 'en',
    speed: 1,
    motion: null,
    theme: null,
    present: false,
    embed: false,
    handout: false,
    compare: null,
    story: null,
    step: 1,
  };
}
