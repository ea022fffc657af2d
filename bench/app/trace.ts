// `npx tsx bench/app/trace.ts [n] [steps] [window-days]`: where a scrub step's time goes across
// Chromium's processes (main thread, compositor, raster, GPU/SwiftShader), from a Chromium trace
// (playwright-core's `browser.startTracing`). Same set-up as bench/app/profile.ts: the built app
// (TMP/app-dist, built by `npm run bench`) at `n` incidents, a `window-days` window at 40 % of the
// data, `steps` PageUp presses on the end handle, each waited to two animation frames. Prints the
// busiest trace events (ms per step, by thread) and the wall time per step.
import { join } from 'node:path';
import { launchChromium, serveBench, TMP } from '../harness.ts';
import { openForScrub, scrubStep } from './scrubSetup.ts';
import { FRAME_TRACE_CATEGORIES } from './session.ts';
import type { TraceEvent } from './traceSteps.ts';

const n = Number(process.argv[2] ?? 100000);
const steps = Number(process.argv[3] ?? 20);
const days = Number(process.argv[4] ?? 7);

const server = await serveBench([['/', process.env.APP_DIST ?? join(TMP, 'app-dist')]]);
const browser = await launchChromium();
try {
  const page = await openForScrub(browser, server.url, n, days);
  await browser.startTracing(page, {
    categories: FRAME_TRACE_CATEGORIES,
  });
  const t0 = Date.now();
  for (let i = 0; i < steps; i++) await scrubStep(page);
  const wall = (Date.now() - t0) / steps;
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  const threads = new Map<string, string>();
  for (const e of trace.traceEvents) {
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  }
  const total = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid} · ${e.name}`;
    total.set(key, (total.get(key) ?? 0) + e.dur / 1000);
  }
  console.log(`n=${n}, ${steps} steps of a ${days}-day window: ${Math.round(wall)} ms/step wall`);
  console.table(
    [...total]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.TOP ?? 30))
      .map(([event, ms]) => ({ event, ms_per_step: Math.round((ms / steps) * 10) / 10 })),
  );
} finally {
  await browser.close();
  await server.close();
}
