// The app rows of `npm run bench`: the built app (real basemap, list, histogram, panel) opened
// with `?bench` on the seed data or `?synthetic=N&seed=42`, driven like a user in headless
// Chromium: keyboard scrubs of a week, a year and everything, arrows, a handle dragged, a burst
// of drag moves, playback, a category toggled, and the load. Each step is timed in the page by
// bench/app/probe.js from the input event to the frame that shows the new window in the map and
// the list (see there). The GPU layer alone is timed in the same page over the same windows.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import ts from 'typescript';
import { dayToIso } from '../../src/core/days.ts';
import {
  dragBurst,
  dragScenario,
  filterScenario,
  keyboardScenario,
  playbackScenario,
  type Hook,
} from './drivers.ts';
import { scenarioWindows } from './scenarios.ts';

/** One user input's timing, from bench/app/probe.js. */
export interface StepTiming {
  ms: number;
  timedOut: boolean;
  handlerMs: number;
  frames: number;
  renders: number;
  mapMs: number;
  otherMs: number;
}

/** The figures of one dataset size. */
export interface AppRow {
  n: number;
  load_interactive_ms: number;
  scrub_p50_ms: number;
  scrub_p95_ms: number;
  arrow_scrub_p50_ms: number;
  year_scrub_p50_ms: number;
  year_scrub_p95_ms: number;
  wide_scrub_p50_ms: number;
  wide_scrub_p95_ms: number;
  drag_p50_ms: number;
  drag_p95_ms: number;
  drag_burst_ms: number;
  playback_frame_p50_ms: number | null;
  filter_p50_ms: number;
  layer_scrub_p50_ms: number | null;
  map_renders_per_step: number;
  maplibre_render_ms_p50: number;
  other_work_ms_p50: number;
  js_heap_mb: number;
  steps_timed_out: number;
}

/** Options of one row's measurement. */
export interface MeasureOptions {
  /** Steps per keyboard scenario and drag (≥ 50 for the row's percentiles). */
  steps: number;
  /** Category toggles (each one a step). */
  toggles: number;
  /** Playback watched for this long, ms. */
  playbackMs: number;
  /** Which parts to run (all by default). */
  only?: readonly string[];
}

/** bench/app/probe.ts as a plain script (types stripped; it imports nothing). */
const PROBE = ts.transpileModule(readFileSync(resolve(import.meta.dirname, 'probe.ts'), 'utf8'), {
  compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
}).outputText;
const round = (x: number): number => Math.round(x * 10) / 10;

/** Percentile (nearest rank) of `values`; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

declare global {
  interface Window {
    /** bench/app/probe.js. */
    __probe: {
      arm(types: string[], latest?: boolean): void;
      done(): Promise<StepTiming | null>;
      loaded(): Promise<number>;
      settle(quietMs?: number): Promise<void>;
      layerScrub(windows: [number, number][]): number[];
      playbackFrames(ms: number): Promise<number[]>;
      heapMb(): number;
    };
  }
}

/** Logs a scenario's timings. */
function report(n: number, name: string, steps: readonly StepTiming[]): void {
  const ms = steps.map((s) => s.ms);
  console.log(
    `    n=${n} ${name}: p50 ${round(percentile(ms, 50))} ms, p95 ${round(percentile(ms, 95))} ms` +
      ` (${steps.length} steps, renders/step ${round(steps.reduce((a, s) => a + s.renders, 0) / Math.max(1, steps.length))})`,
  );
}

/** Measures the app at `n` incidents (8: the seed data) served at `base`. */
export async function measureApp(
  browser: Browser,
  base: string,
  n: number,
  options: MeasureOptions,
): Promise<AppRow> {
  const url = n === 8 ? `${base}?bench` : `${base}?synthetic=${n}&seed=42&bench`;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.addInitScript({ content: PROBE });
  const wants = (part: string): boolean => !options.only || options.only.includes(part);
  try {
    await page.goto(url);
    const load = await page.evaluate(() => window.__probe.loaded());
    await page.evaluate(() => window.__probe.settle(300));
    const info = await page.evaluate(() => {
      const t = (window as unknown as { borderlines: Hook }).borderlines.time!;
      return { extent: t.extent, start: Array.from(t.store.start) };
    });
    const sc = scenarioWindows(info.extent, info.start, options.steps);
    const narrow = wants('scrub') ? await keyboardScenario(page, sc.week) : [];
    report(n, 'week, PageUp/PageDown', narrow);
    const arrows = wants('scrub') ? await keyboardScenario(page, sc.arrows) : [];
    report(n, 'week, arrows', arrows);
    const year = wants('scrub') ? await keyboardScenario(page, sc.year) : [];
    report(n, 'year', year);
    const wide = wants('scrub') ? await keyboardScenario(page, sc.everything) : [];
    report(n, 'everything', wide);
    const layer = wants('scrub')
      ? await page.evaluate((w) => window.__probe.layerScrub(w), sc.weekWindows)
      : [];
    const drag = wants('drag') ? await dragScenario(page, options.steps) : [];
    report(n, 'drag', drag);
    const burst = wants('drag') ? await dragBurst(page) : null;
    const playback = wants('playback')
      ? await playbackScenario(page, sc.week.start.from, options.playbackMs)
      : [];
    const filter = wants('filter') ? await filterScenario(page, options.toggles) : [];
    report(n, 'filter', filter);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await page.evaluate(() => window.__probe.heapMb());
    const keyed = [...narrow, ...arrows, ...year, ...wide];
    const ms = (steps: readonly StepTiming[]) => steps.map((s) => s.ms);
    const p = (steps: readonly StepTiming[], q: number) => round(percentile(ms(steps), q));
    return {
      n,
      load_interactive_ms: round(load),
      scrub_p50_ms: p(narrow, 50),
      scrub_p95_ms: p(narrow, 95),
      arrow_scrub_p50_ms: p(arrows, 50),
      year_scrub_p50_ms: p(year, 50),
      year_scrub_p95_ms: p(year, 95),
      wide_scrub_p50_ms: p(wide, 50),
      wide_scrub_p95_ms: p(wide, 95),
      drag_p50_ms: p(drag, 50),
      drag_p95_ms: p(drag, 95),
      drag_burst_ms: burst ? round(burst.ms) : NaN,
      playback_frame_p50_ms: playback.length ? round(percentile(playback, 50)) : null,
      filter_p50_ms: p(filter, 50),
      layer_scrub_p50_ms: layer.length ? round(percentile(layer, 50)) : null,
      map_renders_per_step: round(
        keyed.reduce((a, s) => a + s.renders, 0) / Math.max(1, keyed.length),
      ),
      maplibre_render_ms_p50: round(
        percentile(
          keyed.filter((s) => s.renders).map((s) => s.mapMs / s.renders),
          50,
        ) || 0,
      ),
      other_work_ms_p50: round(
        percentile(
          keyed.map((s) => s.otherMs),
          50,
        ),
      ),
      js_heap_mb: round(heap),
      steps_timed_out: [...keyed, ...drag, ...filter].filter((s) => s.timedOut).length,
    };
  } finally {
    await page.close();
  }
}

/** ISO dates of a window, for logs. */
export const windowText = (w: { from: number; to: number }): string =>
  `${dayToIso(w.from)}..${dayToIso(w.to)}`;
