// The app's one mutable state: the treatment, the two clocks, what is selected and which panel
// is open. Views read it and call its methods; the model runs from it through $derived.
import type { Trajectory } from '../model/simulate.ts';
import type { Scenario } from '../model/scenario.ts';
import { recentRuns } from './recentRuns.ts';
import type { SeriesId } from '../model/series.ts';
import { stimulationWindows } from '../model/acupuncture/sessions.ts';
import { sampleAt } from './sampling.ts';
import type { PatientTrait } from '../data/schema.ts';
import {
  cautionStatuses,
  traitsOfTreatment,
  warningsAmong,
  type CautionStatus,
} from './cautions.ts';
import {
  COURSE_DAYS,
  DEFAULT_PERSON,
  defaultTreatment,
  resetTreatment,
  scenarioFromTreatment,
  type Treatment,
} from './treatment.ts';

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

/** The untreated condition over the whole course. */
const untreatedScenario = (treatment: Treatment): Scenario => ({
  condition: treatment.condition,
  days: COURSE_DAYS,
  drugs: [],
});
const CLOSE_UP_STEP_MINUTES = { day: 5, session: 1 } as const;
const SESSION_BEFORE_HOURS = 0.25;
const SESSION_AFTER_HOURS = 2.75;

export interface CloseUpWindow {
  mode: CloseUpMode;
  fromHours: number;
  toHours: number;
  stepHours: number;
  /** For the session view: whether a session exists in the course at all. */
  hasSession: boolean;
}

/** The day (0-83) a course time falls in: the close-up window depends only on this. */
export const dayOf = (courseHours: number) =>
  Math.min(Math.max(Math.floor(courseHours / 24), 0), COURSE_DAYS - 1);

/** The close-up window for a course day: that day, or the last session up to that day. */
export function closeUpWindow(treatment: Treatment, mode: CloseUpMode, day: number): CloseUpWindow {
  if (mode === 'session') {
    const scenario = scenarioFromTreatment(treatment);
    const windows = stimulationWindows(scenario.acupuncture, scenario.days);
    const before = windows.filter((w) => w.startHours < (day + 1) * 24);
    const session = before[before.length - 1] ?? windows[0];
    if (session !== undefined) {
      const fromHours = Math.max(0, session.startHours - SESSION_BEFORE_HOURS);
      return {
        mode,
        fromHours,
        toHours: Math.min(COURSE_HOURS, session.startHours + SESSION_AFTER_HOURS),
        stepHours: CLOSE_UP_STEP_MINUTES.session / 60,
        hasSession: true,
      };
    }
  }
  return {
    mode,
    fromHours: day * 24,
    toHours: day * 24 + 24,
    stepHours: CLOSE_UP_STEP_MINUTES.day / 60,
    hasSession: mode === 'day',
  };
}

export class AppState {
  treatment = $state<Treatment>(defaultTreatment());

  /** The course clock's cursor, in hours since the course began. */
  courseHours = $state(6 * 7 * 24);
  playing = $state(false);
  speed = $state<Speed>(1);
  /** Single-key shortcuts on (the person can turn them off in the shortcuts dialog). */
  shortcutsOn = $state(true);
  /** Moving particles: on or off as chosen, or null to follow the system's reduced-motion setting. */
  motion = $state<MotionSetting | null>(null);
  /** The system asks for reduced motion (prefers-reduced-motion), kept current by the entry point. */
  systemReducedMotion = $state(false);

  /** Whether particles may move at all: the person's choice, else the system's setting. */
  get motionAllowed(): boolean {
    return this.motion === null ? !this.systemReducedMotion : this.motion === 'on';
  }

  /** Whether the pictures move now: motion is allowed and the clock is playing (paused is still). */
  get moving(): boolean {
    return this.motionAllowed && this.playing;
  }

  closeUpMode = $state<CloseUpMode>('day');
  /** The close-up cursor, in hours since the course began (inside the close-up window). */
  closeUpHours = $state(6 * 7 * 24 + 12);
  /** True when the close-up clock drives the views (the person last moved it). */
  closeUpActive = $state(false);

  selectedNode = $state<string | null>('dh-projection');
  panel = $state<PanelId>('inspector');
  view = $state<ViewId>('stage');
  /** The 3D view's camera as its URL text (see views/brain3d/cameraState.ts); null = default. */
  camera = $state<string | null>(null);

  /**
   * Course, untreated and close-up runs, a reference run for the Effects panel, and the ones just
   * before (a toggle back is free).
   */
  private readonly runs = recentRuns(6);
  /** The whole course, hourly. */
  readonly course: Trajectory = $derived(this.runs.run(scenarioFromTreatment(this.treatment)));
  /** The untreated condition over the same course, for comparison. */
  readonly untreated: Trajectory = $derived(this.runs.run(untreatedScenario(this.treatment)));

  /**
   * Simulates the course and its untreated comparison in short slices, each in its own task
   * (at start-up, while the model's code is cold); `course` and `untreated` then find them kept.
   */
  prepareFirstRuns(nextTask: () => Promise<void>): Promise<void> {
    return this.runs.prepare(
      [scenarioFromTreatment(this.treatment), untreatedScenario(this.treatment)],
      nextTask,
    );
  }

  /** The person's traits, as the model reads them. */
  readonly traits: PatientTrait[] = $derived(traitsOfTreatment(this.treatment));
  /**
   * The same course for an adult with none of the traits, to show what the person changes
   * (undefined when they have none). Simulated only when something reads it.
   */
  readonly typicalAdultCourse: Trajectory | undefined = $derived(
    this.traits.length === 0
      ? undefined
      : this.runs.run(scenarioFromTreatment({ ...this.treatment, person: DEFAULT_PERSON })),
  );
  /** Every caution with whether it applies to this treatment and person (data order). */
  readonly cautions: CautionStatus[] = $derived(cautionStatuses(this.treatment));
  /** The warnings that apply now: beside the controls, in the summary, first in the narration. */
  readonly warnings: CautionStatus[] = $derived(warningsAmong(this.cautions));

  /** A primitive, so the window (and the close-up simulation) changes only when the day does. */
  readonly courseDay: number = $derived(dayOf(this.courseHours));
  readonly closeUpWindow: CloseUpWindow = $derived(
    closeUpWindow(this.treatment, this.closeUpMode, this.courseDay),
  );
  /** The close-up window at minute resolution. */
  readonly closeUp: Trajectory = $derived(
    this.runs.run(
      scenarioFromTreatment(this.treatment, {
        fromHours: this.closeUpWindow.fromHours,
        toHours: this.closeUpWindow.toHours,
        stepHours: this.closeUpWindow.stepHours,
      }),
    ),
  );

  /** The time that drives every view. */
  readonly now: number = $derived(this.closeUpActive ? this.closeUpHours : this.courseHours);

  /** A series' value at the driving time, from the finest trajectory that covers it. */
  valueNow(id: SeriesId): number {
    return this.closeUpActive
      ? sampleAt(this.closeUp, id, this.closeUpHours)
      : sampleAt(this.course, id, this.courseHours);
  }

  /** Moves the course cursor (clamped) and hands control back to the course clock. */
  setCourseHours(hours: number): void {
    this.courseHours = Math.min(Math.max(hours, 0), COURSE_HOURS);
    this.closeUpActive = false;
    const w = closeUpWindow(this.treatment, this.closeUpMode, dayOf(this.courseHours));
    if (this.closeUpHours < w.fromHours || this.closeUpHours > w.toHours)
      this.closeUpHours = w.fromHours;
  }

  /** Moves the close-up cursor within its window and lets it drive the views. */
  setCloseUpHours(hours: number): void {
    const w = this.closeUpWindow;
    this.closeUpHours = Math.min(Math.max(hours, w.fromHours), w.toHours);
    this.closeUpActive = true;
  }

  /** Every treatment back to its default; the person stays who they are. */
  resetTreatments(): void {
    this.treatment = resetTreatment(this.treatment);
  }

  select(nodeId: string | null): void {
    this.selectedNode = nodeId;
    if (nodeId !== null) this.panel = 'inspector';
  }
}

export const app = new AppState();
