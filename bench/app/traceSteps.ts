// Where a scrub step's time goes, from a Chromium trace of timed steps (bench/app/breakdown.ts):
// each step runs from its keydown's EventDispatch on the renderer's main thread to the probe's
// `probe:shown` time stamp (bench/app/probe.ts), and its "tail" from there to 150 ms later (work
// the step left behind, e.g. a second frame). For each window: the main thread's self time by
// category (wall and thread CPU), style recalcs with their element counts, layouts with their
// dirty and total objects, layouts forced from script, and frames: main frames (BeginMainFrame),
// the renderer's compositor frames (submitted), the display compositor's DrawAndSwap (viz).

/** One Chromium trace event, as far as this reads it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    elementCount?: number;
    data?: { type?: string; message?: string; url?: string; functionName?: string };
    beginData?: { dirtyObjects?: number; totalObjects?: number };
  };
}

/** Main-thread categories, by event name (self time; anything else is "other"). */
const CATEGORY: Record<string, string> = {
  EventDispatch: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.run': 'script',
  'v8.callFunction': 'script',
  'V8.Execute': 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'BlinkGC.AtomicPhase': 'gc',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'prepaint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'layerize+commit',
  UpdateLayer: 'layerize+commit',
  Commit: 'layerize+commit',
  'ProxyMain::BeginMainFrame::commit': 'layerize+commit',
  'LayerTreeHost::WaitForCommitCompletion': 'layerize+commit',
  'GLES2::ReadPixels': 'probe readback',
  HitTest: 'hit test',
  'ScrollTree::SetScrollOffset': 'scroll',
};
const SCRIPT_PARENTS = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
]);

/** Totals of one kind of window (the steps, or their tails), summed over the steps. */
export interface WindowTotals {
  wall: Map<string, number>;
  cpu: Map<string, number>;
  styles: number[];
  layouts: string[];
  forced: string[];
  mainFrames: number;
  rendererFrames: number;
  vizSwaps: number;
  gpuSwapMs: number;
}

const empty = (): WindowTotals => ({
  wall: new Map(),
  cpu: new Map(),
  styles: [],
  layouts: [],
  forced: [],
  mainFrames: 0,
  rendererFrames: 0,
  vizSwaps: 0,
  gpuSwapMs: 0,
});

const add = (m: Map<string, number>, k: string, v: number): void => {
  m.set(k, (m.get(k) ?? 0) + v);
};

/** Splits a trace into steps and tails and sums each; `steps` is how many were found. */
export function traceSteps(events: TraceEvent[]): {
  steps: number;
  step: WindowTotals;
  tail: WindowTotals;
  /** Each step's [keydown, shown] in trace microseconds. */
  spans: [number, number][];
  /** Each step's tail, [shown, 150 ms later or the next keydown]. */
  tails: [number, number][];
} {
  const threads = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
    if (e.ph === 'M' && e.name === 'process_name') processes.set(e.pid, e.args?.name ?? '?');
  }
  const thread = (e: TraceEvent): string => threads.get(`${e.pid}:${e.tid}`) ?? '';
  const main = events
    .filter((e) => thread(e) === 'CrRendererMain' && (e.ph === 'X' || e.ph === 'I'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const keys = main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const shown = main.filter(
    (e) => e.name === 'TimeStamp' && e.args?.data?.message === 'probe:shown',
  );
  const spans: { s: number; e: number; tail: boolean }[] = [];
  keys.forEach((k, i) => {
    const end = shown.find((x) => x.ts > k.ts);
    if (!end) return;
    const next = keys[i + 1]?.ts ?? Infinity;
    spans.push(
      { s: k.ts, e: end.ts, tail: false },
      { s: end.ts, e: Math.min(next, end.ts + 150_000), tail: true },
    );
  });
  const step = empty();
  const tail = empty();
  const which = (ts: number): WindowTotals | null => {
    const sp = spans.find((x) => ts >= x.s && ts < x.e);
    return sp ? (sp.tail ? tail : step) : null;
  };

  // Main thread: self time per category, with the stack of enclosing events.
  const stack: TraceEvent[] = [];
  const childWall = new Map<TraceEvent, number>();
  const childCpu = new Map<TraceEvent, number>();
  const category = new Map<TraceEvent, string>();
  const settle = (e: TraceEvent): void => {
    const w = which(e.ts);
    if (!w) return;
    const cat = category.get(e) ?? 'other';
    add(w.wall, cat, ((e.dur ?? 0) - (childWall.get(e) ?? 0)) / 1000);
    add(w.cpu, cat, ((e.tdur ?? 0) - (childCpu.get(e) ?? 0)) / 1000);
  };
  for (const e of main) {
    if (e.ph !== 'X') continue;
    while (stack.length && stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0) <= e.ts)
      settle(stack.pop()!);
    const parent = stack.at(-1);
    if (parent) {
      childWall.set(parent, (childWall.get(parent) ?? 0) + (e.dur ?? 0));
      childCpu.set(parent, (childCpu.get(parent) ?? 0) + (e.tdur ?? 0));
    }
    category.set(e, CATEGORY[e.name] ?? (parent ? category.get(parent) : undefined) ?? 'other');
    const w = which(e.ts);
    if (w && e.name === 'UpdateLayoutTree') w.styles.push(e.args?.elementCount ?? 0);
    if (w && e.name === 'Layout') {
      const b = e.args?.beginData;
      w.layouts.push(`${b?.dirtyObjects ?? '?'}/${b?.totalObjects ?? '?'}`);
    }
    if (w && (e.name === 'Layout' || e.name === 'UpdateLayoutTree')) {
      const script = stack.find((p) => SCRIPT_PARENTS.has(p.name));
      if (script) {
        const d = script.args?.data;
        w.forced.push(`${e.name} in ${script.name} ${d?.type ?? d?.functionName ?? ''}`.trim());
      }
    }
    if (w && e.name === 'ProxyMain::BeginMainFrame') w.mainFrames++;
    stack.push(e);
  }
  while (stack.length) settle(stack.pop()!);

  // Frames elsewhere: the renderer's compositor thread and the display compositor (viz).
  for (const e of events) {
    const w = which(e.ts);
    if (!w) continue;
    const t = thread(e);
    const p = processes.get(e.pid) ?? '';
    if (
      t === 'Compositor' &&
      p === 'Renderer' &&
      e.name === 'EndActivateToSubmitCompositorFrame' &&
      e.ph === 'b'
    )
      w.rendererFrames++;
    if (t === 'VizCompositorThread' && e.name === 'Display::DrawAndSwap' && e.ph === 'X')
      w.vizSwaps++;
    if (t === 'CrGpuMain' && e.name === 'SkiaOutputSurfaceImplOnGpu::SwapBuffers' && e.ph === 'X')
      w.gpuSwapMs += (e.dur ?? 0) / 1000;
  }
  return {
    steps: spans.length / 2,
    step,
    tail,
    spans: spans.filter((x) => !x.tail).map((x): [number, number] => [x.s, x.e]),
    tails: spans.filter((x) => x.tail).map((x): [number, number] => [x.s, x.e]),
  };
}

/** Prints one window's totals per step. */
export function printTotals(label: string, t: WindowTotals, steps: number): void {
  const per = (x: number): string => (x / steps).toFixed(1);
  const cats = [...t.wall].sort((a, b) => b[1] - a[1]);
  const total = cats.reduce((s, [, v]) => s + v, 0);
  const totalCpu = [...t.cpu.values()].reduce((s, v) => s + v, 0);
  console.log(
    `  ${label}: main thread ${per(total)} ms wall, ${per(totalCpu)} ms CPU a step; frames a step: main ${per(t.mainFrames)}, renderer compositor ${per(t.rendererFrames)}, viz DrawAndSwap ${per(t.vizSwaps)} (GPU SwapBuffers ${per(t.gpuSwapMs)} ms)`,
  );
  console.log(
    `    ${cats.map(([k, v]) => `${k} ${per(v)}/${per(t.cpu.get(k) ?? 0)}`).join(', ')}  (wall/CPU ms)`,
  );
  const count = (xs: (string | number)[]): string => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(String(x), (m.get(String(x)) ?? 0) + 1);
    return [...m].map(([k, v]) => `${k}×${v}`).join(' ');
  };
  console.log(`    style recalcs (elements×times): ${count(t.styles)}`);
  console.log(`    layouts (dirty/total objects×times): ${count(t.layouts)}`);
  if (t.forced.length) console.log(`    forced from script: ${count(t.forced)}`);
}

/** Names worth a line in a step's timeline. */
const TIMELINE = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'ProxyMain::BeginMainFrame',
  'GLES2::ReadPixels',
  'EndActivateToSubmitCompositorFrame',
  'Display::DrawAndSwap',
  'SkiaOutputSurfaceImplOnGpu::SwapBuffers',
  'TimeStamp',
]);

/**
 * Prints the `k`th step's events in order, ms from its keydown, up to 200 ms after it was shown:
 * main-thread work (with the JS function that forced a style or layout, when the trace has
 * stacks), the renderer compositor's frames and the display compositor's draws.
 */
export function printTimeline(events: TraceEvent[], k: number): void {
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const thread = (e: TraceEvent): string => threads.get(`${e.pid}:${e.tid}`) ?? '';
  const keys = events
    .filter(
      (e) =>
        thread(e) === 'CrRendererMain' &&
        e.name === 'EventDispatch' &&
        e.args?.data?.type === 'keydown',
    )
    .sort((a, b) => a.ts - b.ts);
  const key = keys[k];
  if (!key) return;
  const shown = events
    .filter((e) => e.name === 'TimeStamp' && e.ts > key.ts)
    .sort((a, b) => a.ts - b.ts)[0];
  const end = Math.min((shown?.ts ?? key.ts) + 200_000, keys[k + 1]?.ts ?? Infinity);
  console.log(`  step ${k + 1} timeline (ms from keydown; wall/CPU ms):`);
  for (const e of events
    .filter((e) => e.ts >= key.ts && e.ts < end && TIMELINE.has(e.name))
    .sort((a, b) => a.ts - b.ts)) {
    if (e.ph !== 'X' && !(e.ph === 'b' && e.name === 'EndActivateToSubmitCompositorFrame')) {
      if (e.name !== 'TimeStamp') continue;
    }
    const t = thread(e);
    if (!['CrRendererMain', 'Compositor', 'VizCompositorThread', 'CrGpuMain'].includes(t)) continue;
    const a = e.args as
      | {
          data?: {
            type?: string;
            stackTrace?: { functionName: string; url: string; lineNumber: number }[];
          };
          beginData?: { stackTrace?: { functionName: string; url: string; lineNumber: number }[] };
        }
      | undefined;
    const stack = a?.beginData?.stackTrace ?? a?.data?.stackTrace;
    const by = stack?.[0]
      ? ` ← ${stack[0].functionName}@${stack[0].url.split('/').pop()}:${stack[0].lineNumber}`
      : '';
    const type = a?.data?.type ? ` ${a.data.type}` : '';
    const msg = e.name === 'TimeStamp' ? ' (shown)' : '';
    console.log(
      `    ${((e.ts - key.ts) / 1000).toFixed(1).padStart(7)}  ${t.padEnd(19)} ${e.name}${type}${msg} ${((e.dur ?? 0) / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)}${by}`,
    );
  }
}
