// `npx tsx bench/app/layerAb.ts [n] [steps] [scrub] dirA dirB [dirC …] [rounds]`: the GPU layer
// alone over one scrub's windows, in two or more builds of the app alternated (A B B A …) in fresh pages: for each
// window the probe's `layerScrub` sets it, draws the layer and reads a pixel back (so the GPU
// process has rasterised the draw), then this prints the wall time a draw (p50) and each Chromium
// process's CPU time a draw (/proc). No DOM changes and no page compositing: what the layer's
// draw of the window costs, e.g. discs against dense squares (README, "In the app"). Example:
//   npx tsx bench/app/layerAb.ts 100000 20 year /tmp/main-dist /tmp/new-dist 3
import { loadavg } from 'node:os';
import { addMonths } from '../../src/core/time/calendar.ts';
import { alternateBuilds, cpuPerUnit } from './alternate.ts';
import { percentile } from './measure.ts';
import { scenarioWindows } from './scenarios.ts';
import { cpuByType } from './session.ts';

const n = Number(process.argv[2] ?? 100000);
const steps = Number(process.argv[3] ?? 20);
const kind = (process.argv[4] ?? 'year') as 'week' | 'year' | 'everything';
/** The builds: every later argument that is not a number (two or more). */
const dirs = process.argv.slice(5).filter((a) => !/^\d+$/.test(a));
const rounds = Number(process.argv.slice(5).find((a) => /^\d+$/.test(a)) ?? 2);

/** The windows of a scrub that walks `start` a month a step, alternating its ends. */
function walked(start: { from: number; to: number }): [number, number][] {
  const out: [number, number][] = [];
  let w = { ...start };
  for (let i = 0; i < steps; i++) {
    w = i % 2 === 0 ? { ...w, to: addMonths(w.to, 1) } : { ...w, from: addMonths(w.from, 1) };
    out.push([w.from, w.to]);
  }
  return out;
}

const all = new Map<string, number[]>();
await alternateBuilds(dirs, rounds, n, async (dir, { page, ...start }) => {
  const sc = scenarioWindows(start.extent, start.start, steps);
  const windows: [number, number][] =
    kind === 'everything'
      ? Array.from({ length: steps }, (_, i) => [
          start.extent.from,
          addMonths(start.extent.to, -(i % 2)),
        ])
      : walked(kind === 'week' ? sc.week.start : sc.year.start);
  const load0 = loadavg()[0]!;
  const c0 = cpuByType();
  const ms = await page.evaluate(
    (w) =>
      (
        window as unknown as { __probe: { layerScrub(w: [number, number][]): number[] } }
      ).__probe.layerScrub(w),
    windows,
  );
  const cpu = cpuPerUnit(c0, ms.length, ['renderer', 'gpu-process']);
  console.log(
    `${dir}: ${ms.length} draws, p50 ${percentile(ms, 50).toFixed(1)} ms (p95 ${percentile(ms, 95).toFixed(1)}); CPU ms a draw ${cpu}; load ${load0.toFixed(2)}–${loadavg()[0]!.toFixed(2)}`,
  );
  all.set(dir, [...(all.get(dir) ?? []), ...ms]);
});
for (const [dir, ms] of all)
  console.log(`${dir}: all rounds, draw p50 ${percentile(ms, 50).toFixed(1)} ms`);
