// The time window state: which days the map and the excerpt list show, playback, stepping. All
// logic is in src/core/time; this class holds the runes and the animation loop.

import { IncidentStore } from '../core/incidentStore';
import type { IncidentFeature } from '../core/types';
import {
  hashWindowEntries,
  parseHashWindow,
  type HashWindowProblem,
} from '../core/time/hashWindow';
import { axisTicks, buildAxis, coverageClusters, type TimeAxis } from '../core/time/axis';
import { autoBinUnit, histogram } from '../core/time/histogram';
import { keyStep } from '../core/time/keyboard';
import { advance, PLAYBACK_SPEEDS } from '../core/time/playback';
import { rangeBars } from '../core/time/ranges';
import { incidentDays, snapEdge } from '../core/time/snap';
import { isWholeWindow, stepTarget } from '../core/time/stepping';
import {
  clampWindow,
  moveWindow,
  sameWindow,
  setEdge,
  windowEndingAt,
  windowWidth,
  type TimeWindow,
  type WindowEdge,
} from '../core/time/window';
import { animationFrameClock } from './frameClock.ts';
import { FrameLoop } from './frameLoop.ts';
import type { TimeStateOptions } from './timeOptions.ts';

export { animationFrameClock, type FrameClock } from './frameClock.ts';
export { syncTimeWithHash, type HashKeys } from './timeHash.svelte.ts';
export type { TimeStateOptions } from './timeOptions.ts';

/** Width of the axis before the control has measured itself. */
const DEFAULT_AXIS_WIDTH = 600;
/** Pointer snapping distance in pixels. */
export const SNAP_PX = 8;

/**
 * Time window, playback and stepping over one dataset. The axis and the extent are the whole
 * dataset's; `store` holds the incidents shown (the filters' result, `setStore`), which the
 * window's counts, the histogram, snapping and stepping follow.
 */
export class TimeState {
  /** The incidents shown, sorted by date. */
  store = $state.raw<IncidentStore>(undefined as unknown as IncidentStore);
  /** First and last day of the whole dataset (filters do not change it). */
  readonly extent: TimeWindow;
  /**
   * The window it opened on (the whole data unless the options named one): a link without
   * `from`/`to` means this window, so the hash leaves them out while it is shown.
   */
  readonly home: TimeWindow;
  /** Snap and step targets: days on which a shown incident starts or ends. */
  readonly keyDays: Int32Array = $derived(incidentDays(this.store));
  /** The days shown, inclusive. */
  window = $state.raw<TimeWindow>({ from: 0, to: 0 });
  /** True while playback runs. */
  playing = $state(false);
  /** Playback speed in days per second (one of `PLAYBACK_SPEEDS`). */
  speed = $state(PLAYBACK_SPEEDS[0]!.daysPerSecond);
  /** Width in pixels of the drawn axis; set by the time control as it measures itself. */
  axisWidth = $state(DEFAULT_AXIS_WIDTH);
  /** Zoomed-in days of the axis, or null for the whole data. */
  view = $state.raw<TimeWindow | null>(null);

  /** The current time: the window's last day. */
  readonly current = $derived(this.window.to);
  /** Sorted index of the incident nearest the current time (-1 when there is none). */
  readonly nearest = $derived.by(() => this.store.nearestTo(this.window.to));
  /** Sorted index of the incident in the window nearest the current time (-1 when empty). */
  readonly nearestVisible = $derived.by(() =>
    this.store.nearestInWindow(this.window.from, this.window.to),
  );
  /** Sorted indices of the incidents in the window, in date order. */
  readonly visible = $derived.by(() => this.store.visibleIndices(this.window.from, this.window.to));
  /** Number of incidents in the window (no allocation, unlike `visible`). */
  readonly visibleCount = $derived.by(() =>
    this.store.countInWindow(this.window.from, this.window.to),
  );
  /** Day↔pixel scale with empty stretches collapsed. */
  readonly axis: TimeAxis = $derived.by(() =>
    buildAxis(this.#clusters, { width: this.axisWidth, gapDays: this.#gapDays, view: this.view }),
  );
  /** Incidents per day, week or month over the axis. */
  readonly bins = $derived.by(() => {
    const spans = this.axis.linearDays;
    const days = spans.reduce((n, w) => n + windowWidth(w), 0);
    return histogram(this.store, spans, autoBinUnit(days));
  });
  /** Labelled ticks of the axis. */
  readonly ticks = $derived(axisTicks(this.axis, 84));
  /** Uncertain dates grouped as bars. */
  readonly ranges: ReturnType<typeof rangeBars> = $derived(rangeBars(this.store));

  readonly #clusters: TimeWindow[];
  readonly #gapDays: number;
  readonly #stepWidth: number;
  readonly #loop: FrameLoop;

  /**
   * State over a dataset's `store` (its extent and axis); the window starts as the whole data
   * unless given.
   */
  constructor(store: IncidentStore, options: TimeStateOptions = {}) {
    this.store = store;
    this.extent = store.extent ?? { from: 0, to: 0 };
    this.#gapDays = options.gapDays ?? 90;
    this.#stepWidth = options.stepWidth ?? 7;
    this.#loop = new FrameLoop(options.clock ?? animationFrameClock);
    this.#clusters = coverageClusters(store.start, store.end, this.#gapDays);
    this.home = clampWindow(options.window ?? this.extent, this.extent);
    this.window = this.home;
  }

  /**
   * Shows another subset of the same dataset (the filters changed): the window, the axis and the
   * extent stay; counts, histogram, snapping and stepping follow the new incidents.
   */
  setStore(store: IncidentStore): void {
    if (store !== this.store) this.store = store;
  }

  /** State over GeoJSON features; `store.source[i]` indexes back into `features`. */
  static fromFeatures(
    features: readonly IncidentFeature[],
    options: TimeStateOptions = {},
  ): TimeState {
    return new TimeState(IncidentStore.fromFeatures(features), options);
  }

  /**
   * Set the window from the URL hash's `from`/`to` values (strings or null). Malformed values are
   * ignored (the window stays), a window outside the data is clamped; the return value says which.
   */
  restoreFromHash(from: string | null, to: string | null): HashWindowProblem {
    const { window, problem } = parseHashWindow(from, to, this.extent);
    if (window) this.setWindow(window);
    return problem;
  }

  /** The window as hash entries: `[['from', 'YYYY-MM-DD'], ['to', 'YYYY-MM-DD']]`. */
  hashEntries(): [key: 'from' | 'to', value: string][] {
    return hashWindowEntries(this.window);
  }

  /**
   * Widen the window so it includes the days `days` (e.g. of a selected incident the user asks to
   * see: its start day is enough); a user action, so it stops playback.
   */
  reveal(days: TimeWindow): void {
    this.userInput();
    const { from, to } = this.window;
    this.setWindow({ from: Math.min(from, days.from), to: Math.max(to, days.from) });
  }

  /** Set the window (clamped to the data). Does not stop playback: user input goes via `userInput`. */
  setWindow(w: TimeWindow): void {
    const next = clampWindow(w, this.extent);
    if (!sameWindow(next, this.window)) this.window = next;
  }

  /** Any user input on the time control: stops playback. */
  userInput(): void {
    this.pause();
  }

  /** A handle moved by the user to `day`. */
  moveEdge(edge: WindowEdge, day: number): void {
    this.userInput();
    this.setWindow(setEdge(this.window, edge, day, this.extent));
  }

  /** The whole window dragged by `delta` days by the user. */
  shiftWindow(delta: number): void {
    this.userInput();
    this.setWindow(moveWindow(this.window, delta, this.extent));
  }

  /** A key pressed on a handle; returns true when the key was a slider key (handled). */
  key(edge: WindowEdge, key: string): boolean {
    const [min, max] = this.edgeLimits(edge);
    const next = keyStep(key, this.window[edge], min, max);
    if (next === null) return false;
    this.moveEdge(edge, next);
    return true;
  }

  /** The range a handle can take: the data start to the other handle, or that handle to the end. */
  edgeLimits(edge: WindowEdge): [number, number] {
    return edge === 'from'
      ? [this.extent.from, this.window.to]
      : [this.window.from, this.extent.to];
  }

  /** The day a handle dragged to pixel `x` lands on, snapped to a nearby incident day. */
  dayAtX(edge: WindowEdge, x: number): number {
    return snapEdge(x, edge, this.axis, this.keyDays, SNAP_PX);
  }

  /**
   * Days of the selected incident, or null; set by the app. Stepping from a window over all the
   * data narrows to the week ending on it, so Prev and Next continue from what the user reads.
   */
  selectedDays = $state.raw<TimeWindow | null>(null);

  /** What Next › and ‹ Prev step from. */
  readonly #stepFrom = $derived.by(() => ({
    starts: this.store.start,
    window: this.window,
    extent: this.extent,
    selected: this.selectedDays,
  }));

  /** The day Next › moves the window's end to, or null when no incident is later. */
  readonly nextTarget = $derived(stepTarget(this.#stepFrom, 1));

  /** The day ‹ Prev moves the window's end to, or null when no incident is earlier. */
  readonly prevTarget = $derived(stepTarget(this.#stepFrom, -1));

  /**
   * Move the current time (window end) to the next incident date, keeping the width; a window
   * over all the data first narrows to a week ending on the selection (else the first incident).
   */
  stepNext(): void {
    this.userInput();
    const target = this.nextTarget;
    if (target !== null) this.#endAt(target, this.#isWhole());
  }

  /**
   * Move the current time (window end) to the previous incident date, keeping the width; a window
   * over all the data first narrows to a week ending on the selection (else the last incident).
   */
  stepPrev(): void {
    this.userInput();
    const target = this.prevTarget;
    if (target !== null) this.#endAt(target, this.#isWhole());
  }

  /** Start playback; from the end of the data it restarts at the beginning. */
  play(): void {
    if (this.playing || this.store.n === 0) return;
    if (this.window.to >= this.extent.to) {
      // At the end: restart from the beginning (a whole-data window narrows first, else nothing
      // could move).
      const width = this.#isWhole() ? this.#stepWidth : windowWidth(this.window);
      this.setWindow({ from: this.extent.from, to: this.extent.from + width - 1 });
    }
    this.playing = true;
    let carry = 0;
    this.#loop.start((dt) => {
      if (!this.playing) return false;
      const step = advance(this.window, this.speed, dt, this.extent, carry);
      carry = step.carry;
      this.setWindow(step.window);
      if (step.ended) this.pause();
      return !step.ended;
    });
  }

  /** Stop playback. */
  pause(): void {
    this.playing = false;
    this.#loop.stop();
  }

  /** Play when paused, pause when playing. */
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Zoom the axis to `view` (null: the whole data). */
  zoom(view: TimeWindow | null): void {
    this.view = view ? clampWindow(view, this.extent) : null;
  }

  /** Zoom the axis to the window plus a margin of a quarter of its width (at least 3 days). */
  zoomToWindow(): void {
    const margin = Math.max(3, Math.round(windowWidth(this.window) / 4));
    this.view = { from: this.window.from - margin, to: this.window.to + margin };
  }

  /** Stop the animation loop (call when the control goes away). */
  destroy(): void {
    this.pause();
  }

  #isWhole(): boolean {
    return isWholeWindow(this.window, this.extent);
  }

  #endAt(day: number, narrow: boolean): void {
    const width = narrow ? this.#stepWidth : windowWidth(this.window);
    this.setWindow(windowEndingAt(day, width, this.extent));
  }
}
