// The app's one mutable state: the treatment, the two clocks, what is selected and which panel
// is open. Views read it and call its methods; the model runs from it through $derived.
import { untrack } from 'svelte';
import type { Trajectory } from '../model/simulate.ts';
import { i18n } from '../i18n/i18n.svelte.ts';
import { storyById } from '../data/storyCatalog.ts';
import type { Scenario } from '../model/scenario.ts';
import { recentRuns } from './recentRuns.ts';
import { afterNextPaint } from './afterPaint.ts';
import { closeUpWindow, dayOf, type CloseUpWindow } from './closeUpWindow.ts';
import type { SeriesId } from '../model/series.ts';
import { sampleAt } from './sampling.ts';
import type { PatientTrait } from '../data/schema.ts';
import {
  cautionStatuses,
  traitsOfTreatment,
  warningsAmong,
  type CautionStatus,
} from './cautions.ts';
import {
  COURSE_HOURS,
  defaultViewState,
  registerOf,
  type Audience,
  type Scene,
  type ViewState,
  type CloseUpMode,
  type MotionSetting,
  type PanelId,
  type Speed,
  type Theme,
  type ViewId,
} from './viewState.ts';
import {
  COURSE_DAYS,
  DEFAULT_PERSON,
  planB,
  resetTreatment,
  scenarioFromTreatment,
  type Treatment,
} from './treatment.ts';

export { closeUpWindow, dayOf, type CloseUpWindow } from './closeUpWindow.ts';

const DEFAULTS = defaultViewState();

/** The panel each audience starts with: the node's story, or the clinician's doses and cautions. */
const FIRST_PANEL: Readonly<Record<Audience, PanelId>> = {
  patient: 'inspector',
  student: 'inspector',
  clinician: 'effects',
};

/** The untreated condition over the whole course. */
const untreatedScenario = (treatment: Treatment): Scenario => ({
  condition: treatment.condition,
  days: COURSE_DAYS,
  drugs: [],
});
/** Hours on the whole-minute grid the clocks and the link use. */
const toMinute = (hours: number): number => Math.round(hours * 60) / 60;

/** What a picture shows: a treatment and its simulated values at the views' time. */
export interface PictureSource {
  readonly treatment: Treatment;
  readonly now: number;
  valueNow(id: SeriesId): number;
}

export class AppState implements PictureSource {
  treatment = $state<Treatment>(DEFAULTS.treatment);

  /** The course clock's cursor, in hours since the course began. */
  courseHours = $state(DEFAULTS.courseHours);
  playing = $state(false);
  speed = $state<Speed>(DEFAULTS.speed);
  /** Single-key shortcuts on (the person can turn them off in the shortcuts dialog). */
  shortcutsOn = $state(true);
  /** Moving particles: on or off as chosen, or null to follow the system's reduced-motion setting. */
  motion = $state<MotionSetting | null>(DEFAULTS.motion);
  /** The system asks for reduced motion (prefers-reduced-motion), kept current by the entry point. */
  systemReducedMotion = $state(false);
  /** Light or dark colours as chosen, or null to follow the system's setting. */
  theme = $state<Theme | null>(DEFAULTS.theme);
  /** Presentation mode (views/present): the picture fills the screen, clicker keys step. */
  present = $state(DEFAULTS.present);
  /** Embedded in another page: the picture and its caption only. */
  embed = $state(DEFAULTS.embed);
  /** The printable handout of this view (views/handout). */
  handout = $state(DEFAULTS.handout);
  /** Plan B when two plans are compared (plan A is `treatment`), or null (views/compare). */
  compare = $state<Treatment | null>(DEFAULTS.compare);
  /** Who the explanations are for (the wording follows it: see setAudience). */
  audience = $state<Audience>(DEFAULTS.audience);

  /** Whether particles may move at all: the person's choice, else the system's setting. */
  get motionAllowed(): boolean {
    return this.motion === null ? !this.systemReducedMotion : this.motion === 'on';
  }

  /** Whether the pictures move now: motion is allowed and the clock is playing (paused is still). */
  get moving(): boolean {
    return this.motionAllowed && this.playing;
  }

  closeUpMode = $state<CloseUpMode>(DEFAULTS.closeUpMode);
  private closeUpHoursAsSet = $state(DEFAULTS.closeUpHours);
  /**
   * The close-up cursor, in hours since the course began. Always inside the close-up window:
   * when the window moves away from it (the course clock, the mode or the treatment changed),
   * it reads as the window's start.
   */
  get closeUpHours(): number {
    const { fromHours, toHours } = this.closeUpWindow;
    const hours = this.closeUpHoursAsSet;
    return hours < fromHours || hours > toHours ? fromHours : hours;
  }
  set closeUpHours(hours: number) {
    this.closeUpHoursAsSet = hours;
  }
  /** True when the close-up clock drives the views (the person last moved it). */
  closeUpActive = $state(DEFAULTS.closeUpActive);

  selectedNode = $state<string | null>(DEFAULTS.selectedNode);
  panel = $state<PanelId>(DEFAULTS.panel);
  view = $state<ViewId>(DEFAULTS.view);
  /** The 3D view's camera as its URL text (see state/cameraText.ts); null = default. */
  camera = $state<string | null>(DEFAULTS.camera);

  /** The guided story that is open and its step (from 1), or null (see state/stories.svelte.ts). */
  story = $state<string | null>(DEFAULTS.story);
  storyStep = $state(DEFAULTS.step);
  /** Nodes a story step points at (drawn with a ring on the pathway). */
  readonly highlight: readonly string[] = $derived(
    this.story === null ? [] : (storyById(this.story)?.steps[this.storyStep - 1]?.highlight ?? []),
  );

  /**
   * Course, untreated and close-up runs, a reference run for the Effects panel, and the ones just
   * before (a toggle back is free).
   */
  private readonly runs = recentRuns(8);
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

  /** Plan B as compared (plan A's condition and person), while two plans are compared. */
  readonly planB: Treatment | null = $derived(
    this.compare === null
      ? null
      : planB(
          $state.snapshot(this.treatment) as Treatment,
          $state.snapshot(this.compare) as Treatment,
        ),
  );
  /** Plan B's course, simulated only while two plans are compared. */
  readonly planBCourse: Trajectory | null = $derived(
    this.planB === null ? null : this.runs.run(scenarioFromTreatment(this.planB)),
  );

  /** Starts comparing: plan B begins as a copy of plan A, on the course clock. */
  startCompare(): void {
    this.compare = structuredClone($state.snapshot(this.treatment)) as Treatment;
    this.closeUpActive = false;
    this.playing = false;
  }

  /** Stops comparing: plan A stays as the explorer's treatment. */
  stopCompare(): void {
    this.compare = null;
  }

  /**
   * A compared plan's picture: its treatment and course at the course clock's time (both plans
   * share that clock; the close-up clock is the explorer's).
   */
  planSource(plan: 'a' | 'b'): PictureSource {
    const treatment = () => (plan === 'a' ? this.treatment : (this.planB ?? this.treatment));
    const course = () => (plan === 'a' ? this.course : (this.planBCourse ?? this.course));
    const courseHours = () => this.courseHours;
    return {
      get treatment() {
        return treatment();
      },
      get now() {
        return courseHours();
      },
      valueNow: (id: SeriesId) => sampleAt(course(), id, courseHours()),
    };
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

  /**
   * Moves the course cursor (clamped, to the whole minute: a press on a chart gives any number,
   * and the link should stay short) and hands control back to the course clock.
   */
  setCourseHours(hours: number): void {
    this.courseHours = Math.min(Math.max(toMinute(hours), 0), COURSE_HOURS);
    this.closeUpActive = false;
    const w = closeUpWindow(this.treatment, this.closeUpMode, dayOf(this.courseHours));
    if (this.closeUpHours < w.fromHours || this.closeUpHours > w.toHours)
      this.closeUpHours = w.fromHours;
  }

  /** Moves the close-up cursor within its window (to the whole minute) and lets it drive. */
  setCloseUpHours(hours: number): void {
    const w = this.closeUpWindow;
    this.closeUpHours = Math.min(Math.max(toMinute(hours), w.fromHours), w.toHours);
    this.closeUpActive = true;
  }

  /** Edits asked for by the controls, applied together after the next paint (see edit). */
  #edits: ((treatment: Treatment) => void)[] = [];
  #editsApplied: Promise<void> = Promise.resolve();

  /**
   * Changes the treatment from a control. The control shows its new state in the next frame;
   * the change (a new simulated course, every picture redrawn) follows in the task after that
   * frame is painted, so a press is never held up by the work it asks for. Edits made before
   * then are applied together, in order.
   */
  edit(change: (treatment: Treatment) => void): void {
    this.#edits.push(change);
    if (this.#edits.length > 1) return;
    this.#editsApplied = new Promise((resolve) =>
      afterNextPaint(() => {
        const edits = this.#edits;
        this.#edits = [];
        for (const apply of edits) apply(this.treatment);
        resolve();
      }),
    );
  }

  /** True while edits wait for the next paint (the state is then about to change). */
  get editing(): boolean {
    return this.#edits.length > 0;
  }

  /** Resolves once the controls' edits so far are in the treatment. */
  editsApplied(): Promise<void> {
    return this.#editsApplied;
  }

  /** Every treatment back to its default; the person stays who they are. */
  resetTreatments(): void {
    this.#edits = [];
    this.treatment = resetTreatment(this.treatment);
  }

  select(nodeId: string | null): void {
    this.selectedNode = nodeId;
    if (nodeId !== null) this.panel = 'inspector';
  }

  /** Chooses who the explanations are for: the wording follows, and the panel they start with. */
  setAudience(audience: Audience, openFirstPanel = true): void {
    this.audience = audience;
    if (openFirstPanel) this.panel = FIRST_PANEL[audience];
    if (i18n.register !== registerOf(audience)) void i18n.use(i18n.locale, registerOf(audience));
  }

  /**
   * Puts a scene in as a press asks for it (a story's next step): everything at once but a new
   * treatment, which follows after the next paint like a control's edit, so the step's words and
   * clock show without waiting for the new simulated course.
   */
  applySceneAfterPaint(scene: Scene): void {
    this.applyScene({ ...scene, treatment: this.treatment });
    if (this.#differs(scene.treatment)) this.edit(() => this.#replaceTreatment(scene.treatment));
  }

  /** Whether `treatment` differs from the one in effect. */
  #differs(treatment: Treatment): boolean {
    return JSON.stringify(treatment) !== JSON.stringify($state.snapshot(this.treatment));
  }

  /** A new treatment object re-runs everything that reads it: only when it really differs. */
  #replaceTreatment(treatment: Treatment): void {
    if (this.#differs(treatment)) this.treatment = structuredClone(treatment);
  }

  /** Puts a scene into the app, stopped, so the picture is exactly the one described. */
  applyScene(scene: Scene): void {
    this.playing = false;
    // A whole scene replaces what the controls asked for and is still waiting.
    this.#edits = [];
    this.#replaceTreatment(scene.treatment);
    this.courseHours = scene.courseHours;
    this.closeUpMode = scene.closeUpMode;
    this.closeUpHours = scene.closeUpHours;
    this.closeUpActive = scene.closeUpActive;
    this.selectedNode = scene.selectedNode;
    this.panel = scene.panel;
    this.view = scene.view;
    this.camera = scene.camera;
    if (JSON.stringify(scene.compare) !== JSON.stringify($state.snapshot(this.compare)))
      this.compare = structuredClone(scene.compare);
  }

  /** Puts a whole view state into the app: the scene, the person's settings and the story. */
  apply(state: ViewState): void {
    this.applyScene(state);
    this.speed = state.speed;
    this.motion = state.motion;
    this.theme = state.theme;
    this.present = state.present;
    this.embed = state.embed;
    this.handout = state.handout;
    this.story = state.story;
    this.storyStep = state.step;
    this.audience = state.audience;
    if (i18n.locale !== state.locale || i18n.register !== registerOf(state.audience))
      void i18n.use(state.locale, registerOf(state.audience));
  }

  /** Back to the view a bare link opens; the person's own settings stay as they are. */
  reset(): void {
    this.applyScene(defaultViewState());
    this.story = null;
    this.storyStep = 1;
  }

  /**
   * The app's current view state. Inside an effect this tracks every field, or every field but
   * the two clock positions when `trackClocks` is false (they move on every frame of playback).
   */
  viewState(trackClocks = true): ViewState {
    const clocks = () => ({ courseHours: this.courseHours, closeUpHours: this.closeUpHours });
    const { courseHours, closeUpHours } = trackClocks ? clocks() : untrack(clocks);
    return {
      treatment: $state.snapshot(this.treatment) as Treatment,
      courseHours,
      closeUpMode: this.closeUpMode,
      closeUpHours,
      closeUpActive: this.closeUpActive,
      selectedNode: this.selectedNode,
      panel: this.panel,
      view: this.view,
      camera: this.camera,
      audience: this.audience,
      locale: i18n.locale,
      speed: this.speed,
      motion: this.motion,
      theme: this.theme,
      present: this.present,
      embed: this.embed,
      handout: this.handout,
      compare: $state.snapshot(this.compare) as Treatment | null,
      story: this.story,
      step: this.storyStep,
    };
  }
}

export const app = new AppState();
