// The URL codec: the whole view state (treatment, both clocks, selection, panel, view, wording,
// speed) as a short, readable query string, and back. Decoding never throws: a malformed or
// out-of-range value falls back to its default and is listed as ignored, as is an unknown key;
// a close-up time outside its window and a camera beyond the zoom limits are moved to fit and
// listed as fitted.
//
// Keys (a key is left out while its value is the default, so a fresh page has a bare URL):
//   c     condition: chronic-low-back-pain | fibromyalgia | diabetic-neuropathy
//   acu   acupuncture: off | sham | manual | ea-2hz | ea-100hz | ea-2-100hz   (default off)
//   apw   acupuncture sessions per week: 1 | 2 | 3                            (2)
//   amin  acupuncture session length in minutes: 20 | 30 | 40                 (30)
//   ami   amitriptyline, mg at night: 0 | 10 | 25 | 50 | 75                   (0 = off)
//   dul   duloxetine, mg each morning: 0 | 30 | 60 | 120                      (0 = off)
//   d30   duloxetine starts with two weeks of 30 mg: 1 | 0                    (1)
//   dend  duloxetine ending: continue | abrupt | taper                        (continue)
//   dwk   the week the abrupt stop or the taper begins: 1 ... 12              (8)
//   ser   sertraline, mg each morning: 0 | 50 | 100                           (0 = off)
//   plc   a placebo pill each morning: 1 | 0                                  (0)
//   age   the person's age group: adult | older                                (adult)
//   smk   the person smokes: 1 | 0                                            (0)
//   liv   the person's liver: normal | impaired                               (normal)
//   kid   the person's kidneys: normal | severe                               (normal)
//   cyp   the person's CYP2D6 type: normal | poor | ultrarapid                (normal)
//   t     course clock, hours since the course began: 0 ... 2016            (1008 = week 6)
//   cu    close-up clock shows: day | session                                 (day)
//   cut   close-up clock, hours since the course began: 0 ... 2016          (1020)
//   cua   the close-up clock drives the views: 1 | 0                          (0)
//   node  selected node: a region id from data/regions.json, or none         (dh-projection)
//   panel open panel: inspector | networks | effects | evidence | about      (inspector)
//   view  centre view: stage | synapse | brain3d                              (stage)
//   cam   3D camera: x,y,z of the eye then of the target in mm, optional ,cut (default view)
//   aud   audience: patient | student | clinician (sets the wording and depth)  (patient)
//   reg   older links' wording: plain (= aud=patient) | technical (= aud=student); read, not written
//   lang  language: en | pt-BR | es | zh-Hans (qps-ploc: a longer pseudo-locale for  (the
//         layout tests)                                         browser's closest, else en)
//   spd   playback speed in days per second: 1 | 2 | 3.5 | 7                  (1)
//   motion moving particles while the clock plays: on | off       (the system's reduced-motion
//         setting decides)
//   theme colours: light | dark                   (the system's light or dark setting decides)
//   present presentation mode: 1 | 0                                              (0)
//   embed only the picture and its caption, for a frame in another page: 1 | 0  (0)
//   handout the printable handout of the view: 1 | 0                             (0)
//   cmp   compare two plans on one clock: 1 | 0 (plan A is the treatment above)   (0)
//   bacu, bapw, bamin, bami, bdul, bd30, bdend, bdwk, bser, bplc   plan B's treatment, as the
//         keys without the b (its condition and person are plan A's); a b key turns compare on
//         unless the link says cmp=0
//   story a guided story: an id from data/stories (checked where the stories are known)   (none)
//   step  the story's step, from 1                                              (1)
//
// With a story open, the other keys are written relative to the story step's scene (so a step's
// link is just #story=...&step=...) and read on top of it: see state/stories.ts. Where the pairs sit in
// the address (after "#"; older links: after "?") is address.ts's business.
//
// Times are hours. A time written with at most four decimals is read as the nearest whole
// minute when it is that close to one (1012.0167 is 10:01 on day 43), so the clocks' minute
// positions stay short in the URL and still come back exactly; any other number is read as
// written, so encode -> decode returns every valid state unchanged.
import { conditions, regions } from '../data/catalog.ts';
import type { Register } from '../i18n/message.ts';
import { LOCALES } from '../i18n/groups.ts';
import {
  MAX_DISTANCE_MM,
  MIN_DISTANCE_MM,
  cameraStatesEqual,
  fitCameraState,
  formatCameraState,
  parseCameraState,
} from './cameraText.ts';
import { closeUpWindow, dayOf } from './closeUpWindow.ts';
import {
  AUDIENCES,
  CLOSE_UP_MODES,
  COURSE_HOURS,
  PANELS,
  SPEEDS,
  MOTION_SETTINGS,
  THEMES,
  VIEWS,
  audienceOfRegister,
  defaultViewState,
  type MotionSetting,
  type Theme,
  type ViewState,
} from './viewState.ts';

export { defaultViewState, type ViewState } from './viewState.ts';
import {
  AMITRIPTYLINE_DOSES,
  DULOXETINE_DOSES,
  DULOXETINE_ENDINGS,
  SERTRALINE_DOSES,
  SESSION_MINUTES,
  SESSIONS_PER_WEEK,
  CYP2D6_TYPES,
  KIDNEY_STATES,
  LIVER_STATES,
  ACUPUNCTURE_CHOICES,
  END_WEEKS,
  defaultTreatment,
  planB,
  type Treatment,
} from './treatment.ts';

/** Why a key=value pair in the URL was not used. */
export type IgnoredReason =
  | { kind: 'unknown' }
  | { kind: 'repeated' }
  | { kind: 'choice'; allowed: readonly string[] }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'camera' }
  | { kind: 'story'; allowed: readonly string[] };

export interface IgnoredSetting {
  key: string;
  value: string;
  reason: IgnoredReason;
}

/** How a value the app could use only after moving it was changed to fit. */
export type Fit =
  { kind: 'closeUpTime'; hours: number } | { kind: 'cameraZoom'; minMm: number; maxMm: number };

/** A key=value pair that was used, but changed to fit (see `Fit`). */
export interface FittedSetting {
  key: string;
  value: string;
  fit: Fit;
}

export interface DecodedView {
  state: ViewState;
  ignored: IgnoredSetting[];
  /** Used, but moved to fit: the close-up time into its window, the camera into its zoom. */
  fitted: FittedSetting[];
}

export { ACUPUNCTURE_CHOICES, END_WEEKS } from './treatment.ts';
export const NO_NODE = 'none';
const STORY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_STEP = 99;
export const REGISTERS = ['plain', 'technical'] as const satisfies readonly Register[];
export const CONDITION_IDS = conditions.map((c) => c.id);
export const NODE_IDS = regions.map((r) => r.id);

const MINUTES_PER_HOUR = 60;
const SHORT_DECIMALS = 4;
/** A four-decimal hour is at most 1/30000 h from the minute it stands for. */
const MINUTE_SNAP_HOURS = 4e-5;
const SHORT_FORM = /^\d+(\.\d{1,4})?$/;
const NUMBER_FORM = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Reads an hour value written by formatHours (or by a person); undefined if it is not a number. */
export function parseHours(text: string): number | undefined {
  if (!NUMBER_FORM.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  if (SHORT_FORM.test(text)) {
    const minute = Math.round(value * MINUTES_PER_HOUR) / MINUTES_PER_HOUR;
    if (Math.abs(value - minute) < MINUTE_SNAP_HOURS) return minute;
  }
  return value;
}

/** Writes hours as briefly as possible such that parseHours gives back exactly the same number. */
export function formatHours(hours: number): string {
  if (Math.round(hours * MINUTES_PER_HOUR) / MINUTES_PER_HOUR === hours) {
    const short = hours.toFixed(SHORT_DECIMALS).replace(/\.?0+$/, '');
    if (parseHours(short) === hours) return short;
  }
  const exact = String(hours);
  if (parseHours(exact) === hours) return exact;
  // A short decimal that happens to sit next to a whole minute: a fifth decimal stops the snap.
  return `${exact}0`;
}

/** One URL key: how to write it from a state and how to read it into one. */
interface Field {
  key: string;
  write(state: ViewState): string;
  /** Applies the raw value to the state; returns why it was not used, or how it was fitted. */
  read(state: ViewState, raw: string): IgnoredReason | Fit | undefined;
}

function choiceField<T extends string | number | boolean>(
  key: string,
  allowed: readonly T[],
  get: (state: ViewState) => T,
  set: (state: ViewState, value: T) => void,
  spell: (value: T) => string = String,
): Field {
  const spelled = allowed.map(spell);
  return {
    key,
    write: (state) => spell(get(state)),
    read(state, raw) {
      const index = spelled.indexOf(raw);
      if (index < 0) return { kind: 'choice', allowed: spelled };
      set(state, allowed[index]!);
      return undefined;
    },
  };
}

function hoursField(
  key: string,
  get: (state: ViewState) => number,
  set: (state: ViewState, hours: number) => void,
): Field {
  return {
    key,
    write: (state) => formatHours(get(state)),
    read(state, raw) {
      const hours = parseHours(raw);
      if (hours === undefined || hours < 0 || hours > COURSE_HOURS)
        return { kind: 'range', min: 0, max: COURSE_HOURS };
      set(state, hours);
      return undefined;
    },
  };
}

const BOOLEANS = [true, false] as const;
const AGE_GROUPS = ['adult', 'older'] as const;
const spellBoolean = (value: boolean): string => (value ? '1' : '0');

/** The defaults plan B is written against while compare is off. */
const NO_PLAN = defaultTreatment();

/**
 * The keys of a plan's treatment (not its condition or person): plan A's as they are, plan B's
 * with a `b` in front. `pick` reads the plan, `edit` gives the plan to write into.
 */
function planFields(
  prefix: string,
  pick: (state: ViewState) => Treatment,
  edit: (state: ViewState) => Treatment,
): Field[] {
  return [
    choiceField(
      `${prefix}acu`,
      ACUPUNCTURE_CHOICES,
      (s) => pick(s).acupuncture.mode,
      (s, v) => (edit(s).acupuncture.mode = v),
    ),
    choiceField(
      `${prefix}apw`,
      SESSIONS_PER_WEEK,
      (s) => pick(s).acupuncture.perWeek,
      (s, v) => (edit(s).acupuncture.perWeek = v),
    ),
    choiceField(
      `${prefix}amin`,
      SESSION_MINUTES,
      (s) => pick(s).acupuncture.minutes,
      (s, v) => (edit(s).acupuncture.minutes = v),
    ),
    choiceField(
      `${prefix}ami`,
      AMITRIPTYLINE_DOSES,
      (s) => pick(s).amitriptyline.mg,
      (s, v) => (edit(s).amitriptyline.mg = v),
    ),
    choiceField(
      `${prefix}dul`,
      DULOXETINE_DOSES,
      (s) => pick(s).duloxetine.mg,
      (s, v) => (edit(s).duloxetine.mg = v),
    ),
    choiceField(
      `${prefix}d30`,
      BOOLEANS,
      (s) => pick(s).duloxetine.startAt30,
      (s, v) => (edit(s).duloxetine.startAt30 = v),
      spellBoolean,
    ),
    choiceField(
      `${prefix}dend`,
      DULOXETINE_ENDINGS,
      (s) => pick(s).duloxetine.ending,
      (s, v) => (edit(s).duloxetine.ending = v),
    ),
    choiceField(
      `${prefix}dwk`,
      END_WEEKS,
      (s) => pick(s).duloxetine.endWeek,
      (s, v) => (edit(s).duloxetine.endWeek = v),
    ),
    choiceField(
      `${prefix}ser`,
      SERTRALINE_DOSES,
      (s) => pick(s).sertraline.mg,
      (s, v) => (edit(s).sertraline.mg = v),
    ),
    choiceField(
      `${prefix}plc`,
      BOOLEANS,
      (s) => pick(s).placebo,
      (s, v) => (edit(s).placebo = v),
      spellBoolean,
    ),
  ];
}

const FIELDS: readonly Field[] = [
  choiceField(
    'c',
    CONDITION_IDS,
    (s) => s.treatment.condition,
    (s, v) => (s.treatment.condition = v),
  ),
  ...planFields(
    '',
    (s) => s.treatment,
    (s) => s.treatment,
  ),
  choiceField(
    'age',
    AGE_GROUPS,
    (s) => (s.treatment.person.olderAdult ? 'older' : 'adult'),
    (s, v) => (s.treatment.person.olderAdult = v === 'older'),
  ),
  choiceField(
    'smk',
    BOOLEANS,
    (s) => s.treatment.person.smoker,
    (s, v) => (s.treatment.person.smoker = v),
    spellBoolean,
  ),
  choiceField(
    'liv',
    LIVER_STATES,
    (s) => s.treatment.person.liver,
    (s, v) => (s.treatment.person.liver = v),
  ),
  choiceField(
    'kid',
    KIDNEY_STATES,
    (s) => s.treatment.person.kidney,
    (s, v) => (s.treatment.person.kidney = v),
  ),
  choiceField(
    'cyp',
    CYP2D6_TYPES,
    (s) => s.treatment.person.cyp2d6,
    (s, v) => (s.treatment.person.cyp2d6 = v),
  ),
  hoursField(
    't',
    (s) => s.courseHours,
    (s, v) => (s.courseHours = v),
  ),
  choiceField(
    'cu',
    CLOSE_UP_MODES,
    (s) => s.closeUpMode,
    (s, v) => (s.closeUpMode = v),
  ),
  hoursField(
    'cut',
    (s) => s.closeUpHours,
    (s, v) => (s.closeUpHours = v),
  ),
  choiceField(
    'cua',
    BOOLEANS,
    (s) => s.closeUpActive,
    (s, v) => (s.closeUpActive = v),
    spellBoolean,
  ),
  choiceField(
    'node',
    [NO_NODE, ...NODE_IDS],
    (s) => s.selectedNode ?? NO_NODE,
    (s, v) => (s.selectedNode = v === NO_NODE ? null : v),
  ),
  choiceField(
    'panel',
    PANELS,
    (s) => s.panel,
    (s, v) => (s.panel = v),
  ),
  choiceField(
    'view',
    VIEWS,
    (s) => s.view,
    (s, v) => (s.view = v),
  ),
  {
    key: 'cam',
    write: (state) => state.camera ?? '',
    read(state, raw) {
      const camera = parseCameraState(raw);
      if (camera === null) return { kind: 'camera' };
      const fitted = fitCameraState(camera);
      state.camera = formatCameraState(fitted);
      return cameraStatesEqual(camera, fitted)
        ? undefined
        : { kind: 'cameraZoom', minMm: MIN_DISTANCE_MM, maxMm: MAX_DISTANCE_MM };
    },
  },
  choiceField(
    'aud',
    AUDIENCES,
    (s) => s.audience,
    (s, v) => (s.audience = v),
  ),
  choiceField(
    'lang',
    LOCALES,
    (s) => s.locale,
    (s, v) => (s.locale = v),
  ),
  choiceField(
    'spd',
    SPEEDS,
    (s) => s.speed,
    (s, v) => (s.speed = v),
  ),
  {
    key: 'motion',
    write: (state) => state.motion ?? '',
    read(state, raw) {
      if (!(MOTION_SETTINGS as readonly string[]).includes(raw))
        return { kind: 'choice', allowed: MOTION_SETTINGS };
      state.motion = raw as MotionSetting;
      return undefined;
    },
  },
  {
    key: 'theme',
    write: (state) => state.theme ?? '',
    read(state, raw) {
      if (!(THEMES as readonly string[]).includes(raw)) return { kind: 'choice', allowed: THEMES };
      state.theme = raw as Theme;
      return undefined;
    },
  },
  choiceField(
    'present',
    BOOLEANS,
    (s) => s.present,
    (s, v) => (s.present = v),
    spellBoolean,
  ),
  choiceField(
    'embed',
    BOOLEANS,
    (s) => s.embed,
    (s, v) => (s.embed = v),
    spellBoolean,
  ),
  choiceField(
    'handout',
    BOOLEANS,
    (s) => s.handout,
    (s, v) => (s.handout = v),
    spellBoolean,
  ),
  choiceField(
    'cmp',
    BOOLEANS,
    (s) => s.compare !== null,
    (s, v) => (s.compare = v ? (s.compare ?? defaultTreatment()) : null),
    spellBoolean,
  ),
  ...planFields(
    'b',
    (s) => s.compare ?? NO_PLAN,
    (s) => (s.compare ??= defaultTreatment()),
  ),
  {
    key: 'story',
    write: (state) => state.story ?? '',
    read(state, raw) {
      if (!STORY_ID.test(raw)) return { kind: 'story', allowed: [] };
      state.story = raw;
      return undefined;
    },
  },
  {
    key: 'step',
    write: (state) => String(state.step),
    read(state, raw) {
      const step = /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
      if (!(step >= 1 && step <= MAX_STEP)) return { kind: 'range', min: 1, max: MAX_STEP };
      state.step = step;
      return undefined;
    },
  },
];

/** Older links' wording key: read into the audience unless the link also names one. */
const REGISTER_KEY = 'reg';
const REGISTER_FIELD = choiceField(
  REGISTER_KEY,
  REGISTERS,
  (s) => (s.audience === 'patient' ? 'plain' : 'technical'),
  (s, v: Register) => (s.audience = audienceOfRegister(v)),
);

const FIELD_BY_KEY = new Map(FIELDS.map((field) => [field.key, field]));

/**
 * The query string for a state, without the leading "?": only the keys that differ from `base`
 * ('' when everything is at its default). With a story open, the story and step are always
 * written, and `base` is the step's scene.
 */
export function encodeViewState(state: ViewState, base: ViewState = defaultViewState()): string {
  const parts: string[] = [];
  for (const field of FIELDS) {
    const value = field.write(state);
    const always = state.story !== null && (field.key === 'story' || field.key === 'step');
    if (always || value !== field.write(base))
      parts.push(`${field.key}=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}

/**
 * Reads a query string (with or without its "?") into a complete, valid state, on top of `base`
 * (the defaults, or a story step's scene). Never throws: every value it cannot use is left as
 * `base` has it and listed in `ignored`, in URL order.
 */
export function decodeViewState(query: string, base: ViewState = defaultViewState()): DecodedView {
  const state = structuredClone(base);
  const ignored: IgnoredSetting[] = [];
  const fitted: FittedSetting[] = [];
  const seen = new Set<string>();
  const pairs = [...new URLSearchParams(query)];
  const hasAudience = pairs.some(([key]) => key === 'aud');
  for (const [key, value] of pairs) {
    // An older link's wording, superseded when the link also names the audience.
    if (key === REGISTER_KEY && hasAudience) continue;
    const field = key === REGISTER_KEY ? REGISTER_FIELD : FIELD_BY_KEY.get(key);
    if (field === undefined) {
      ignored.push({ key, value, reason: { kind: 'unknown' } });
      continue;
    }
    if (seen.has(key)) {
      ignored.push({ key, value, reason: { kind: 'repeated' } });
      continue;
    }
    seen.add(key);
    const outcome = field.read(state, value);
    if (outcome === undefined) continue;
    if (outcome.kind === 'cameraZoom' || outcome.kind === 'closeUpTime')
      fitted.push({ key, value, fit: outcome });
    else ignored.push({ key, value, reason: outcome });
  }
  // cmp=0 turns compare off wherever it stands among plan B's keys.
  if (pairs.find(([key]) => key === 'cmp')?.[1] === '0') state.compare = null;
  if (state.compare !== null) state.compare = planB(state.treatment, state.compare);
  // The close-up clock shows the course clock's day (or its last session): a close-up time
  // outside that window moves to the window's start, and the link is told so when it gave one.
  const window = closeUpWindow(state.treatment, state.closeUpMode, dayOf(state.courseHours));
  if (state.closeUpHours < window.fromHours || state.closeUpHours > window.toHours) {
    state.closeUpHours = window.fromHours;
    const given = pairs.find(([key]) => key === 'cut');
    if (given !== undefined && seen.has('cut'))
      fitted.push({
        key: 'cut',
        value: given[1],
        fit: { kind: 'closeUpTime', hours: window.fromHours },
      });
  }
  return { state, ignored, fitted };
}
