// `[APP_DIST=dir] npx tsx bench/app/breakdown.ts [n] [steps] [scrub] [timeline-step]`: one
// scrub's steps broken down. Opens the built app (TMP/app-dist, or APP_DIST; build it with
// `npx vite build --minify false --outDir dir` to get function and module names) at `n`
// incidents with the bench probe, runs the scrub (`week`, `year`, `everything`; the bench's
// windows, bench/app/scenarios.ts) under a Chromium trace and a CPU profile, then prints, per step
// from the keydown to the frame that shows it and in the 150 ms after (bench/app/traceSteps.ts):
// the main thread's time by category, style recalcs and layouts with their sizes, those forced
// from script, frames (main, compositor, display); the JavaScript by module (the nearest app
// module on the stack, so Svelte's runtime working for a component counts for that component);
// the CPU time of each Chromium process (/proc); and one step's timeline. TRACE_OUT=file keeps
// the trace.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveBench, TMP } from '../harness.ts';
import { percentile } from './measure.ts';
import { scenarioWindows } from './scenarios.ts';
import { cpuByType, openApp, runScrub } from './session.ts';
import { printTimeline, printTotals, traceSteps, type TraceEvent } from './traceSteps.ts';

const n = Number(process.argv[2] ?? 100000);
const steps = Number(process.argv[3] ?? 12);
const kind = (process.argv[4] ?? 'week') as 'week' | 'year' | 'everything';
const timelineStep = Number(process.argv[5] ?? 3);
const dist = process.env.APP_DIST ?? join(TMP, 'app-dist');

/** What this reads of a CDP `Profiler.stop` answer. */
interface CpuProfile {
  nodes: {
    id: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** The module (`// path` comment of an unminified bundle) each line of a served file is in. */
const modules = new Map<string, string[]>();
function moduleAt(url: string, line: number): string {
  if (!url) return '(native)';
  const path = new URL(url).pathname;
  if (!modules.has(path)) {
    const file = join(dist, path);
    const names: string[] = [];
    let current = path.split('/').pop() ?? path;
    if (existsSync(file))
      for (const l of readFileSync(file, 'utf8').split('\n')) {
        const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
        if (m) current = m[1]!.replace(/^node_modules\/([^/]+)\/.*/, '$1 (runtime)');
        names.push(current);
      }
    modules.set(path, names);
  }
  return modules.get(path)![line] ?? path;
}

/** Self time of the samples inside `spans`, by nearest app module on the stack, ms. */
function byModule(profile: CpuProfile, spans: [number, number][]): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
  const out = new Map<string, number>();
  let t = profile.startTime;
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    t += dt[i] ?? 0;
    if (!spans.some(([s, e]) => t >= s && t < e)) return;
    const leaf = nodes.get(id)!.callFrame;
    let name = leaf.url ? moduleAt(leaf.url, leaf.lineNumber) : leaf.functionName || '(native)';
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
      const f = nodes.get(p)!.callFrame;
      const m = f.url ? moduleAt(f.url, f.lineNumber) : '';
      if (m.startsWith('src/')) {
        name = m;
        break;
      }
    }
    out.set(name, (out.get(name) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  });
  return out;
}

const server = await serveBench([['/', dist]]);
const browser = await launchChromium();
try {
  const { page, ...info } = await openApp(browser, server.url, n);
  const scenario = scenarioWindows(info.extent, info.start, steps)[kind];
  const load0 = loadavg()[0]!;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.stack',
      'blink',
      'gpu',
      'cc',
      'viz',
    ],
  });
  await cdp.send('Profiler.start');
  const c0 = cpuByType();
  const timings = await runScrub(page, scenario);
  const c1 = cpuByType();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const buf = await browser.stopTracing();
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, buf);
  const trace = JSON.parse(buf.toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  const ms = timings.map((t) => t.ms);
  console.log(
    `n=${n}, ${kind}, ${ms.length} steps: p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms; frames to shown ${timings.map((t) => t.frames).join(' ')}; load ${load0.toFixed(2)}–${loadavg()[0]!.toFixed(2)}`,
  );
  console.log(
    `  CPU ms a step by process (incl. settling): ${[...c1]
      .map(([k, v]) => `${k} ${(((v - (c0.get(k) ?? 0)) * 1000) / ms.length).toFixed(0)}`)
      .join(', ')}`,
  );
  const r = traceSteps(trace.traceEvents);
  printTotals('to shown', r.step, r.steps);
  printTotals('next 150 ms', r.tail, r.steps);
  for (const [label, spans] of [
    ['to shown', r.spans],
    ['next 150 ms', r.tails],
  ] as const) {
    const js = byModule(profile, [...spans]);
    console.log(
      `  CPU profile ${label}, ms a step by module: ${[...js]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14)
        .map(([k, v]) => `${k} ${(v / r.steps).toFixed(1)}`)
        .join(', ')}`,
    );
  }
  printTimeline(trace.traceEvents, timelineStep);
} finally {
  await browser.close();
  await server.close();
}
