// The in-page half of the app benchmark (bench/app/measure.ts). Type-stripped (TypeScript's
// transpileModule, no imports) and injected before the app's own scripts (page.addInitScript),
// it times one user input at a time in the built app opened with
// `?bench`:
//
//   arm(types)  — the next input event of one of `types` (keydown, pointermove, click…) starts a
//                 step; its `timeStamp` (when the browser received the input) is t0;
//   done()      — resolves once the step is shown and the page has settled.
//
// "Shown" means the frame that shows the state's current time window (and filters) in the map
// *and* the list has been rendered: the list's count line matches the window, the GPU overlay's
// last draw (the app's `bl:overlay-draw` mark, src/benchMarks.ts) is of that window and filter,
// and for the seed map a MapLibre render started with every incident source loaded after the
// app handed it new data (`bl:map-data`). After each animation frame the probe checks this in a
// task posted from the frame's rAF callback, i.e. after that frame's style, layout and paint;
// then a one-pixel readPixels waits for the GPU. t1 - t0 is the step's time.
//
// MapLibre's `_render` is wrapped (a private method: this is a probe, not app code) to count
// the map's renders and their main-thread time per step.
/** What the probe reads of the app's test hook (App.svelte) and its MapLibre map. */
interface ProbeMap {
  _render: (t: number) => unknown;
  getSource(id: string): unknown;
  isSourceLoaded(id: string): boolean;
  getCanvas(): HTMLCanvasElement;
  loaded(): boolean;
  areTilesLoaded(): boolean;
  getLayer(id: string): unknown;
}
interface ProbeHook {
  map: ProbeMap | null;
  view: { dataset: { large: boolean }; passing: Uint32Array | null } | null;
  time: {
    window: { from: number; to: number };
    store: { n: number; countInWindow(from: number, to: number): number };
    playing: boolean;
  } | null;
  large: { setWindow(from: number, to: number): void; drawNow(): unknown } | null;
}
interface ProbeStep {
  types: string[];
  latest: boolean;
  t0: number | null;
  t1: number | null;
  handlerStart?: number;
  handlerEnd?: number;
  timedOut?: boolean;
  frames: { raf: number; end: number }[];
  resolve: () => void;
  finished: Promise<void>;
  /** The window and filter size when armed (`from:to:passing`): an input may change neither. */
  armedKey: string;
}

(() => {
  const hookOf = (): ProbeHook | undefined =>
    (window as unknown as { borderlines?: ProbeHook }).borderlines;
  const SOURCES = [
    'incidents',
    'incident-stacks',
    'incident-halos',
    'incident-arcs',
    'incident-arrows',
  ];
  /** Renders of the main map: start, end, and whether every incident source was loaded. */
  const renders: { s: number; e: number; loaded: boolean }[] = [];
  let hooked: ProbeMap | null = null;
  let step: ProbeStep | null = null;
  const afterTask = (): Promise<number> =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  const frame = (): Promise<number> =>
    new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  function hook(): ProbeMap | null {
    const map = hookOf()?.map;
    if (!map || hooked === map) return map ?? null;
    hooked = map;
    const render = map._render;
    map._render = function (this: ProbeMap, t: number) {
      const s = performance.now();
      const loaded = SOURCES.every((id) => !map.getSource(id) || map.isSourceLoaded(id));
      try {
        return render.call(this, t);
      } finally {
        renders.push({ s, e: performance.now(), loaded });
      }
    };
    return map;
  }

  const marks = (name: string): PerformanceMark[] =>
    performance.getEntriesByName(`bl:${name}`, 'mark') as PerformanceMark[];

  let countCache = { key: '', value: -1 };
  /** Incidents the list should count for the state's window (the filtered store, exact). */
  function expectedCount(b: ProbeHook): number {
    if (!b.time) return -1;
    const w = b.time.window;
    const key = `${w.from}:${w.to}:${b.time.store.n}`;
    if (countCache.key !== key) {
      countCache = { key, value: b.time.store.countInWindow(w.from, w.to) };
    }
    return countCache.value;
  }

  function listedCount(): number {
    const text = document.querySelector('.list-count')?.textContent ?? '';
    return Number((text.trim().split(' ')[0] ?? '').replace(/,/g, ''));
  }

  /**
   * True when the map and the list show the state's window and filters. `since`: the step's
   * start; null at load, when the seed map counts as shown once `map.loaded()` (its sources and
   * style are clean: the data handed to it has been rendered).
   */
  function shown(since: number | null): boolean {
    const b = hookOf();
    if (!b?.time || !b.view || !b.map) return false;
    if (listedCount() !== expectedCount(b)) return false;
    const w = b.time.window;
    if (b.view.dataset.large) {
      const last = marks('overlay-draw').at(-1)?.detail as
        { from: number; to: number; passing: number } | undefined;
      const passing = b.view.passing ? b.view.passing.length : -1;
      if (!last) return step?.armedKey === `${w.from}:${w.to}:${passing}`; // nothing to redraw
      return last.from === w.from && last.to === w.to && last.passing === passing;
    }
    if (since === null) return b.map.loaded();
    const data = marks('map-data')
      .filter((m) => m.startTime >= since)
      .at(-1);
    if (!data) return true;
    return renders.some((r) => r.s > data.startTime && r.loaded);
  }

  /** Waits for the GPU: a one-pixel readback of the overlay (large data) or the map canvas. */
  function gpuSync(): void {
    const overlay = document.querySelector<HTMLCanvasElement>('canvas.borderlines-large-overlay');
    const canvas = overlay ?? hookOf()?.map?.getCanvas();
    const gl = canvas?.getContext('webgl2');
    if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }

  /** Waits until no map render and no app mark for `quietMs`. */
  async function settle(quietMs = 120): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const last = Math.max(
        renders.at(-1)?.e ?? 0,
        performance.getEntriesByType('mark').at(-1)?.startTime ?? 0,
      );
      if (performance.now() - last >= quietMs) return;
      await sleep(40);
    }
  }

  /** Watches frames from the input until shown; fills in the step's timings. */
  async function watch(s: ProbeStep & { t0: number }): Promise<void> {
    for (;;) {
      const raf = await frame();
      const end = await afterTask();
      s.frames.push({ raf, end });
      if (shown(s.t0)) break;
      if (performance.now() - s.t0 > 60_000) {
        s.timedOut = true;
        break;
      }
    }
    gpuSync();
    s.t1 = performance.now();
    console.timeStamp('probe:shown'); // for traces (bench/app/traceSteps.ts); no performance entry
    await settle();
    s.resolve();
  }

  function onInput(e: Event): void {
    const s = step;
    if (!s || !s.types.includes(e.type)) return;
    if (s.t0 !== null) {
      // A burst: time from the last input received before the step was shown.
      if (s.latest && s.t1 === null) s.t0 = e.timeStamp;
      return;
    }
    s.t0 = e.timeStamp;
    s.handlerStart = performance.now();
    void afterTask().then((t) => (s.handlerEnd = t));
    void watch(s as ProbeStep & { t0: number });
  }
  for (const type of ['keydown', 'pointermove', 'pointerdown', 'click', 'change']) {
    window.addEventListener(type, onInput, { capture: true });
  }

  const probe = {
    /** Arms the probe: the next input of one of `types` starts a step. */
    arm(types: string[], latest = false): void {
      hook();
      performance.clearMarks();
      renders.length = 0;
      let resolve = (): void => {};
      const finished = new Promise<void>((r) => (resolve = r));
      const b = hookOf();
      const w = b?.time?.window;
      const armedKey = `${w?.from}:${w?.to}:${b?.view?.passing ? b.view.passing.length : -1}`;
      step = { types, latest, t0: null, t1: null, frames: [], resolve, finished, armedKey };
    },
    /** Resolves with the armed step's timings once it is shown and the page has settled. */
    async done() {
      const s = step!;
      const t = setTimeout(() => s.t0 === null && s.resolve(), 10_000);
      await s.finished;
      clearTimeout(t);
      step = null;
      if (s.t0 === null || s.t1 === null) return null;
      const [t0, t1] = [s.t0, s.t1];
      const inStep = renders.filter((r) => r.s >= t0);
      const mapMs = inStep.reduce((sum, r) => sum + (r.e - r.s), 0);
      const handler = (s.handlerEnd ?? s.handlerStart ?? 0) - (s.handlerStart ?? 0);
      const frameMs = s.frames.reduce((sum, f) => sum + (f.end - f.raf), 0);
      const shownRenders = inStep.filter((r) => r.s < t1);
      const shownMapMs = shownRenders.reduce((sum, r) => sum + (r.e - r.s), 0);
      return {
        ms: t1 - t0,
        timedOut: !!s.timedOut,
        handlerMs: handler,
        frames: s.frames.length,
        renders: inStep.length,
        mapMs,
        /** Main-thread work until shown other than MapLibre's renders: handler + frames. */
        otherMs: handler + frameMs - shownMapMs,
      };
    },
    /** Ms from navigation to the first frame showing the map, the list and the time control. */
    async loaded(): Promise<number> {
      for (;;) {
        await frame();
        await afterTask();
        hook();
        const b = hookOf();
        const map = b?.map;
        const ready =
          map &&
          document.querySelector('.time-control [role="slider"]') &&
          map.loaded() &&
          map.areTilesLoaded() &&
          (b.view?.dataset.large
            ? marks('overlay-draw').length > 0
            : map.getLayer('incident-markers')) &&
          shown(null);
        if (ready) break;
      }
      gpuSync();
      return performance.now();
    },
    settle,
    /**
     * The GPU layer alone, in this page: `large.setWindow` + `drawNow` + readback per window, ms.
     * Puts the app's window back afterwards.
     */
    layerScrub(windows: [number, number][]): number[] {
      const b = hookOf();
      const large = b?.large;
      const overlay = document.querySelector<HTMLCanvasElement>('canvas.borderlines-large-overlay');
      const gl = overlay?.getContext('webgl2');
      if (!large || !gl || !b.time) return [];
      const out: number[] = [];
      for (const [from, to] of windows) {
        const t0 = performance.now();
        large.setWindow(from, to);
        large.drawNow();
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        out.push(performance.now() - t0);
      }
      large.setWindow(b.time.window.from, b.time.window.to);
      large.drawNow();
      return out;
    },
    /** Intervals (ms) between animation frames for `ms` while playback runs. */
    async playbackFrames(ms: number): Promise<number[]> {
      const out: number[] = [];
      const t0 = performance.now();
      let last = await frame();
      while (performance.now() - t0 < ms && hookOf()?.time?.playing) {
        const t = await frame();
        out.push(t - last);
        last = t;
      }
      return out;
    },
    /** Used JS heap in MB (Chromium's precise memory info). */
    heapMb(): number {
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return memory ? memory.usedJSHeapSize / 1048576 : NaN;
    },
  };
  (window as unknown as { __probe: typeof probe }).__probe = probe;
})();
