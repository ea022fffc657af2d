// Times the seed app's first view in two production builds, alternating them so both see the same
// machine load: `npx tsx tests/e2e/first-view-timing.ts DIR_A DIR_B [RUNS]`. For each build it
// prints medians over RUNS (default 7; a fresh 1280×800 browser each run) of the time from
// navigation start to the map's first `idle` with every marker drawn, and of the CPU time Chromium's
// threads spent until then (from a trace: the page's main thread, its workers, where MapLibre
// parses and tiles the GeoJSON, and the GPU process, which rasterises in software here). CPU time
// barely moves with the machine's load; wall time does. It also lists the bytes of the data files
// the page and its workers requested (a file fetched twice counts twice).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser } from './browser.ts';
import { serve } from './global-setup.ts';
import { waitForMap } from './helpers.ts';

const [dirA, dirB] = process.argv.slice(2, 4);
const runs = Number(process.argv[4] ?? 7);
if (!dirA || !dirB) throw new Error('usage: first-view-timing.ts DIR_A DIR_B [RUNS]');

/** Thread groups whose CPU time is reported, by Chromium's thread names. */
const GROUPS: Record<string, string[]> = {
  main: ['CrRendererMain'],
  workers: ['DedicatedWorker thread'],
  gpu: ['CrGpuMain', 'VizCompositorThread'],
};

/** One measured load. */
interface Sample {
  wallMs: number;
  cpuMs: Record<string, number>;
  dataBytes: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/** CPU ms of the top-level tasks of each thread group in a Chromium trace. */
function cpuByGroup(trace: Buffer): Record<string, number> {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  }
  const out: Record<string, number> = Object.fromEntries(Object.keys(GROUPS).map((g) => [g, 0]));
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !e.tdur) continue;
    const thread = names.get(`${e.pid}:${e.tid}`) ?? '';
    for (const [group, threads] of Object.entries(GROUPS)) {
      if (threads.includes(thread)) out[group] = (out[group] ?? 0) + e.tdur / 1000;
    }
  }
  return out;
}

/** One load of the build in `dir` served at `url`. */
async function once(dir: string, url: string): Promise<Sample> {
  const s = await openBrowser({ width: 1280, height: 800 });
  const files: string[] = [];
  s.context.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (/^\/data\/[^/]+\.(geo)?json$/.test(path)) files.push(path);
  });
  try {
    await s.browser.startTracing(undefined, {
      categories: ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'],
    });
    await s.page.goto(url);
    await waitForMap(s.page);
    const wallMs = await s.page.evaluate(() => performance.now());
    const cpuMs = cpuByGroup(await s.browser.stopTracing());
    const dataBytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    return { wallMs, cpuMs, dataBytes };
  } finally {
    await s.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const dirs = [dirA, dirB];
const servers = await Promise.all(dirs.map((d) => serve(d)));
try {
  const samples: Sample[][] = [[], []];
  for (let r = 0; r < runs; r++) {
    for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
      samples[i]!.push(await once(dirs[i]!, servers[i]!.url));
    }
  }
  dirs.forEach((dir, i) => {
    const list = samples[i]!;
    const cpu = Object.keys(GROUPS)
      .map((g) => `${g} ${Math.round(median(list.map((x) => x.cpuMs[g] ?? 0)))}`)
      .join(', ');
    const wall = list.map((x) => x.wallMs);
    console.log(
      `${dir}: first idle median ${Math.round(median(wall))} ms (${Math.round(Math.min(...wall))}–${Math.round(Math.max(...wall))}); CPU ms median: ${cpu}; data files requested ${list[0]?.dataBytes} bytes (${runs} runs)`,
    );
  });
} finally {
  for (const { server } of servers) server.close();
}
