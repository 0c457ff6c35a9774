// The URL codec: decoding any input never throws and always gives a valid state; encoding and
// decoding give back any valid state exactly; malformed values are named in the ignored list.
import { MAX_DISTANCE_MM, MIN_DISTANCE_MM } from '../../src/state/cameraText.ts';
import { closeUpWindow, dayOf } from '../../src/state/closeUpWindow.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACUPUNCTURE_CHOICES,
  CONDITION_IDS,
  END_WEEKS,
  NODE_IDS,
  decodeViewState,
  defaultViewState,
  encodeViewState,
  formatHours,
  parseHours,
  type ViewState,
} from '../../src/state/url.ts';
import {
  CLOSE_UP_MODES,
  COURSE_HOURS,
  MOTION_SETTINGS,
  THEMES,
  PANELS,
  SPEEDS,
  VIEWS,
  AUDIENCES,
} from '../../src/state/viewState.ts';
import { parseCameraState } from '../../src/state/cameraText.ts';
import { LOCALES } from '../../src/i18n/i18n.svelte.ts';
import { anyTreatment } from './treatmentArbitrary.ts';
import {
  AMITRIPTYLINE_DOSES,
  DULOXETINE_DOSES,
  DULOXETINE_ENDINGS,
  SERTRALINE_DOSES,
  SESSION_MINUTES,
  SESSIONS_PER_WEEK,
  defaultTreatment,
  planB,
  type Treatment,
} from '../../src/state/treatment.ts';

const RUNS = { seed: 20240611, numRuns: 300 };
const KEYS = [
  'c',
  'acu',
  'apw',
  'amin',
  'ami',
  'dul',
  'd30',
  'dend',
  'dwk',
  'ser',
  't',
  'cu',
  'cut',
  'cua',
  'node',
  'panel',
  'view',
  'aud',
  'reg',
  'spd',
  'motion',
  'theme',
  'present',
  'embed',
  'handout',
  'cmp',
  'bacu',
  'bapw',
  'bamin',
  'bami',
  'bdul',
  'bd30',
  'bdend',
  'bdwk',
  'bser',
  'bplc',
  'story',
  'step',
];

const among = <T>(allowed: readonly T[], value: T) => allowed.includes(value);

/** Every field of a state is one of its allowed values, and the times are in the course. */
function isValidTreatment(tr: Treatment): boolean {
  return (
    among(CONDITION_IDS, tr.condition) &&
    among(ACUPUNCTURE_CHOICES, tr.acupuncture.mode) &&
    among(SESSIONS_PER_WEEK, tr.acupuncture.perWeek) &&
    among(SESSION_MINUTES, tr.acupuncture.minutes) &&
    among(AMITRIPTYLINE_DOSES, tr.amitriptyline.mg) &&
    among(DULOXETINE_DOSES, tr.duloxetine.mg) &&
    typeof tr.duloxetine.startAt30 === 'boolean' &&
    among(DULOXETINE_ENDINGS, tr.duloxetine.ending) &&
    among(END_WEEKS, tr.duloxetine.endWeek) &&
    among(SERTRALINE_DOSES, tr.sertraline.mg)
  );
}

function isValidViewState(state: ViewState): boolean {
  const inCourse = (h: number) => Number.isFinite(h) && h >= 0 && h <= COURSE_HOURS;
  return (
    isValidTreatment(state.treatment) &&
    (state.compare === null ||
      (state.compare.condition === state.treatment.condition &&
        JSON.stringify(state.compare.person) === JSON.stringify(state.treatment.person))) &&
    inCourse(state.courseHours) &&
    inCourse(state.closeUpHours) &&
    among(CLOSE_UP_MODES, state.closeUpMode) &&
    typeof state.closeUpActive === 'boolean' &&
    (state.selectedNode === null || among(NODE_IDS, state.selectedNode)) &&
    among(PANELS, state.panel) &&
    among(VIEWS, state.view) &&
    (state.camera === null || parseCameraState(state.camera) !== null) &&
    among(AUDIENCES, state.audience) &&
    among(LOCALES, state.locale) &&
    among(SPEEDS, state.speed) &&
    (state.motion === null || among(MOTION_SETTINGS, state.motion)) &&
    (state.theme === null || among(THEMES, state.theme)) &&
    typeof state.present === 'boolean' &&
    typeof state.embed === 'boolean' &&
    typeof state.handout === 'boolean' &&
    (state.compare === null || isValidTreatment(state.compare)) &&
    (state.story === null || /^[a-z0-9-]+$/.test(state.story)) &&
    Number.isInteger(state.step) &&
    state.step >= 1
  );
}

/** Hours as the app produces them: whole hours, whole minutes, or any number in the course. */
const hours = fc
  .oneof(
    fc.integer({ min: 0, max: COURSE_HOURS }),
    fc.integer({ min: 0, max: COURSE_HOURS * 60 }).map((minutes) => minutes / 60),
    fc.double({ min: 0, max: COURSE_HOURS, noNaN: true }),
    fc.constantFrom(0, COURSE_HOURS, 1e-7, 0.0167, 1012.0167, 5e-324),
  )
  .map((h) => (Object.is(h, -0) ? 0 : h));

const recordOfState = fc.record({
  treatment: anyTreatment,
  courseHours: hours,
  closeUpMode: fc.constantFrom(...CLOSE_UP_MODES),
  closeUpHours: hours,
  closeUpActive: fc.boolean(),
  selectedNode: fc.constantFrom(null, ...NODE_IDS),
  panel: fc.constantFrom(...PANELS),
  view: fc.constantFrom(...VIEWS),
  camera: fc.constantFrom(null, '-248,77,-195,0,-30,18', '0,300,0,0,-30,18,cut'),
  audience: fc.constantFrom(...AUDIENCES),
  locale: fc.constantFrom(...LOCALES),
  speed: fc.constantFrom(...SPEEDS),
  motion: fc.constantFrom(null, ...MOTION_SETTINGS),
  theme: fc.constantFrom(null, ...THEMES),
  present: fc.boolean(),
  embed: fc.boolean(),
  handout: fc.boolean(),
  compare: fc.option(anyTreatment, { nil: null }),
  story: fc.constantFrom(null, 'pain-brake', 'ssri'),
  step: fc.integer({ min: 1, max: 99 }),
});
/**
 * Plan B, when there is one, has plan A's condition and person (the same person compared); the
 * close-up time is inside the close-up window of the course clock's day, as the app keeps it.
 */
const validState: fc.Arbitrary<ViewState> = recordOfState.map((state) => {
  const { fromHours, toHours } = closeUpWindow(
    state.treatment,
    state.closeUpMode,
    dayOf(state.courseHours),
  );
  const inside = state.closeUpHours >= fromHours && state.closeUpHours <= toHours;
  return {
    ...state,
    closeUpHours: inside ? state.closeUpHours : fromHours,
    compare: state.compare === null ? null : planB(state.treatment, state.compare),
  };
});

/** Query strings of key=value pairs: known and unknown keys, plausible and random values. */
const pairs = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...KEYS), fc.string(), fc.string({ unit: 'grapheme' })),
      fc.oneof(
        fc.constantFrom('0', '1', '30', '60', '3.5', '1008', '2016', '-1', 'NaN', 'Infinity', ''),
        fc.constantFrom('1e3', '0x10', ' 12', '1.5e-7', '2016.00001', 'none', 'taper', 'pag'),
        fc.string(),
        fc.double().map(String),
      ),
    ),
    { maxLength: 12 },
  )
  .map((list) =>
    list.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
  );

describe('decodeViewState', () => {
  it('never throws on any string and always returns a valid state', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^[?&=%a-z0-9.+-]*$/),
        ),
        (query) => {
          const { state, ignored } = decodeViewState(query);
          expect(isValidViewState(state)).toBe(true);
          expect(Array.isArray(ignored)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('never throws on random key=value pairs, and lists every pair it did not use', () => {
    fc.assert(
      fc.property(pairs, (query) => {
        const { state, ignored } = decodeViewState(query);
        expect(isValidViewState(state)).toBe(true);
        const used = [...new URLSearchParams(query)].length - ignored.length;
        expect(used).toBeGreaterThanOrEqual(0);
        for (const item of ignored)
          if (!KEYS.includes(item.key)) expect(item.reason).toEqual({ kind: 'unknown' });
      }),
      RUNS,
    );
  });

  it('returns the defaults for an empty query, with or without "?"', () => {
    const none = { state: defaultViewState(), ignored: [], fitted: [] };
    expect(decodeViewState('')).toEqual(none);
    expect(decodeViewState('?')).toEqual(none);
  });

  it('reads a full, readable link', () => {
    const { state, ignored, fitted } = decodeViewState(
      '?c=fibromyalgia&acu=ea-2-100hz&apw=3&amin=40&ami=25&dul=60&d30=0&dend=taper&dwk=9&ser=50' +
        '&plc=1&age=older&smk=1&liv=impaired&kid=severe&cyp=poor' +
        '&t=1008&cu=session&cut=1018.5&cua=1&node=pag&panel=networks&view=synapse&aud=clinician&spd=3.5' +
        '&motion=off&theme=dark&present=1&embed=1&handout=1&story=ssri&step=3',
    );
    expect(ignored).toEqual([]);
    expect(fitted).toEqual([]);
    expect(state).toEqual({
      treatment: {
        condition: 'fibromyalgia',
        acupuncture: { mode: 'ea-2-100hz', perWeek: 3, minutes: 40 },
        amitriptyline: { mg: 25 },
        duloxetine: { mg: 60, startAt30: false, ending: 'taper', endWeek: 9 },
        sertraline: { mg: 50 },
        placebo: true,
        person: {
          olderAdult: true,
          smoker: true,
          liver: 'impaired',
          kidney: 'severe',
          cyp2d6: 'poor',
        },
      },
      courseHours: 1008,
      closeUpMode: 'session',
      closeUpHours: 1018.5,
      closeUpActive: true,
      selectedNode: 'pag',
      panel: 'networks',
      view: 'synapse',
      camera: null,
      audience: 'clinician',
      locale: 'en',
      speed: 3.5,
      motion: 'off',
      theme: 'dark',
      present: true,
      embed: true,
      handout: true,
      compare: null,
      story: 'ssri',
      step: 3,
    });
  });

  it("reads an older link's wording as the audience, unless the link names one", () => {
    expect(decodeViewState('reg=technical').state.audience).toBe('student');
    expect(decodeViewState('reg=plain').state.audience).toBe('patient');
    expect(decodeViewState('reg=technical&aud=clinician')).toEqual(
      decodeViewState('aud=clinician'),
    );
    expect(encodeViewState(decodeViewState('reg=technical').state)).toBe('aud=student');
    expect(decodeViewState('reg=loud').ignored).toEqual([
      { key: 'reg', value: 'loud', reason: { kind: 'choice', allowed: ['plain', 'technical'] } },
    ]);
  });

  it('reads a story id and a step, and names a malformed one', () => {
    expect(decodeViewState('story=ssri&step=2').state).toMatchObject({ story: 'ssri', step: 2 });
    expect(decodeViewState('story=../x&step=0').ignored).toEqual([
      { key: 'story', value: '../x', reason: { kind: 'story', allowed: [] } },
      { key: 'step', value: '0', reason: { kind: 'range', min: 1, max: 99 } },
    ]);
  });

  it("writes and reads relative to a base (a story step's scene)", () => {
    const base = decodeViewState('dul=60&view=synapse&story=ssri&step=2').state;
    const state = structuredClone(base);
    state.treatment.duloxetine.mg = 0;
    const query = encodeViewState(state, base);
    expect(query).toBe('dul=0&story=ssri&step=2');
    expect(decodeViewState(query, base).state).toEqual(state);
  });

  it('reads motion on or off, and names the choices for anything else', () => {
    expect(decodeViewState('motion=on').state.motion).toBe('on');
    expect(decodeViewState('').state.motion).toBeNull();
    expect(decodeViewState('motion=still').ignored).toEqual([
      { key: 'motion', value: 'still', reason: { kind: 'choice', allowed: ['on', 'off'] } },
    ]);
  });

  it('keeps a valid 3D camera and ignores a malformed one', () => {
    const good = decodeViewState('view=brain3d&cam=-248,77,-195,0,-30,18,cut');
    expect(good.ignored).toEqual([]);
    expect(good.state.view).toBe('brain3d');
    expect(good.state.camera).toBe('-248,77,-195,0,-30,18,cut');
    const bad = decodeViewState('cam=1,2,three');
    expect(bad.state.camera).toBeNull();
    expect(bad.ignored).toEqual([{ key: 'cam', value: '1,2,three', reason: { kind: 'camera' } }]);
  });

  it('keeps the default for a dose that is not offered and says which doses are', () => {
    const { state, ignored } = decodeViewState('?dul=75&ami=25');
    expect(state.treatment.duloxetine.mg).toBe(0);
    expect(state.treatment.amitriptyline.mg).toBe(25);
    expect(ignored).toEqual([
      { key: 'dul', value: '75', reason: { kind: 'choice', allowed: ['0', '30', '60', '120'] } },
    ]);
  });

  it('names unknown keys, repeated keys, bad numbers and out-of-range times', () => {
    const { state, ignored } = decodeViewState(
      '?foo=bar&t=3000&cut=abc&spd=1&spd=7&dwk=0&d30=yes&node=brain&t=12',
    );
    expect(state.courseHours).toBe(defaultViewState().courseHours);
    expect(state.closeUpHours).toBe(defaultViewState().closeUpHours);
    expect(state.speed).toBe(1);
    expect(state.treatment.duloxetine.endWeek).toBe(8);
    expect(state.treatment.duloxetine.startAt30).toBe(true);
    expect(state.selectedNode).toBe('dh-projection');
    expect(ignored).toEqual([
      { key: 'foo', value: 'bar', reason: { kind: 'unknown' } },
      { key: 't', value: '3000', reason: { kind: 'range', min: 0, max: COURSE_HOURS } },
      { key: 'cut', value: 'abc', reason: { kind: 'range', min: 0, max: COURSE_HOURS } },
      { key: 'spd', value: '7', reason: { kind: 'repeated' } },
      {
        key: 'dwk',
        value: '0',
        reason: { kind: 'choice', allowed: END_WEEKS.map(String) },
      },
      { key: 'd30', value: 'yes', reason: { kind: 'choice', allowed: ['1', '0'] } },
      { key: 'node', value: 'brain', reason: { kind: 'choice', allowed: ['none', ...NODE_IDS] } },
      { key: 't', value: '12', reason: { kind: 'repeated' } },
    ]);
  });

  it('refuses numbers written in other forms (hex, spaces, infinity, negative)', () => {
    for (const value of ['0x10', ' 12', 'Infinity', '-1', '1e400', '', '12abc'])
      expect(decodeViewState(`t=${encodeURIComponent(value)}`).ignored).toHaveLength(1);
  });

  it('reads no node as none', () => {
    expect(decodeViewState('node=none').state.selectedNode).toBeNull();
  });
});

describe('encodeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
  });

  it('writes short keys and only what differs from the default', () => {
    const state = defaultViewState();
    state.treatment.duloxetine.mg = 60;
    state.courseHours = 504;
    state.closeUpHours = 1012 + 5 / 60;
    state.selectedNode = null;
    expect(encodeViewState(state)).toBe('dul=60&t=504&cut=1012.0833&node=none');
  });

  it('round-trips every valid state exactly, with nothing ignored', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const decoded = decodeViewState(`?${encodeViewState(state)}`);
        expect(decoded.ignored).toEqual([]);
        expect(decoded.fitted).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
      RUNS,
    );
  });
});

describe('values moved to fit', () => {
  it("moves a close-up time outside the course clock's day to the day's start, and says so", () => {
    const { state, ignored, fitted } = decodeViewState('t=0&cut=2000&cua=1&dul=60');
    expect(ignored).toEqual([]);
    expect(state.courseHours).toBe(0);
    expect(state.closeUpHours).toBe(0);
    expect(state.closeUpActive).toBe(true);
    expect(fitted).toEqual([{ key: 'cut', value: '2000', fit: { kind: 'closeUpTime', hours: 0 } }]);
  });

  it('moves the close-up time silently when only the course clock was given', () => {
    // The default close-up time (day 42) does not fit day 3; the link never named one.
    const { state, fitted } = decodeViewState('t=72');
    expect(state.closeUpHours).toBe(72);
    expect(fitted).toEqual([]);
  });

  it('brings a camera beyond the zoom limits back along its line of sight, and says so', () => {
    const far = decodeViewState('cam=0,5000,0,0,0,0');
    expect(far.ignored).toEqual([]);
    expect(far.state.camera).toBe(`0,${MAX_DISTANCE_MM - 1},0,0,0,0`);
    expect(far.fitted).toEqual([
      {
        key: 'cam',
        value: '0,5000,0,0,0,0',
        fit: { kind: 'cameraZoom', minMm: MIN_DISTANCE_MM, maxMm: MAX_DISTANCE_MM },
      },
    ]);
    const near = decodeViewState('cam=3,4,0,0,0,0,cut');
    expect(near.state.camera).toBe(`37,49,0,0,0,0,cut`);
    expect(near.fitted.map((f) => f.key)).toEqual(['cam']);
    // What the app writes back is inside the limits, so reading it again changes nothing.
    expect(decodeViewState(`cam=${near.state.camera}`).fitted).toEqual([]);
    expect(decodeViewState(`cam=${far.state.camera}`).fitted).toEqual([]);
  });
});

describe('formatHours and parseHours', () => {
  it('give back exactly the same number for any time in the course', () => {
    fc.assert(
      fc.property(hours, (h) => {
        expect(Object.is(parseHours(formatHours(h)), h)).toBe(true);
      }),
      { ...RUNS, numRuns: 2000 },
    );
  });

  it('write whole minutes with at most four decimals', () => {
    expect(formatHours(1008)).toBe('1008');
    expect(formatHours(1012.5)).toBe('1012.5');
    expect(formatHours(1012 + 1 / 60)).toBe('1012.0167');
    expect(formatHours(60725 / 60)).toBe('1012.0833');
  });

  it('keep a four-decimal number that only looks like a minute as written', () => {
    expect(formatHours(0.0167)).toBe('0.01670');
    expect(parseHours('0.01670')).toBe(0.0167);
    expect(parseHours('0.0167')).toBe(1 / 60);
  });
});

describe('two plans compared', () => {
  it('writes plan B as b keys beside plan A, and reads both back', () => {
    const state = defaultViewState();
    state.treatment.condition = 'fibromyalgia';
    state.treatment.duloxetine.mg = 60;
    state.compare = planB(state.treatment, defaultTreatment());
    state.compare.amitriptyline.mg = 25;
    const query = encodeViewState(state);
    expect(query).toBe('c=fibromyalgia&dul=60&cmp=1&bami=25');
    const { state: back, ignored } = decodeViewState(query);
    expect(ignored).toEqual([]);
    expect(back).toEqual(state);
    // Plan B off at every treatment stays off: it does not take plan A's duloxetine.
    expect(back.compare!.duloxetine.mg).toBe(0);
  });

  it('gives plan B plan A’s condition and person, and a b key alone turns compare on', () => {
    const { state } = decodeViewState('bdul=30&c=diabetic-neuropathy&age=older');
    expect(state.compare).not.toBeNull();
    expect(state.compare!.duloxetine.mg).toBe(30);
    expect(state.compare!.condition).toBe('diabetic-neuropathy');
    expect(state.compare!.person.olderAdult).toBe(true);
    // cmp=0 turns compare off wherever it stands, and on top of a base that compares.
    expect(decodeViewState('bdul=30&cmp=0').state.compare).toBeNull();
    expect(decodeViewState('cmp=0&bdul=30').state.compare).toBeNull();
    const comparing = { ...defaultViewState(), compare: defaultTreatment() };
    expect(decodeViewState('cmp=0', comparing).state.compare).toBeNull();
    expect(decodeViewState('bdul=45').ignored[0]?.key).toBe('bdul');
  });
});
