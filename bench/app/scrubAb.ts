// `npx tsx bench/app/scrubAb.ts [n] [steps] [scrub] dirA dirB [rounds]`: one keyboard scrub of two
// builds of the app, alternated (A B B A …) in fresh pages, each step timed by the bench probe
// (bench/app/probe.ts) as `npm run bench` times it: the step's time (input to shown), the "other
// work" (the input's handler and the frames until shown, less MapLibre's renders; the bench's
// `other_work_ms_p50`), the handler alone, MapLibre renders a step, and each Chromium process's CPU
// time a step (/proc, settling included; less disturbed by other jobs than wall time). `scrub` is
// one of the bench's (bench/app/scenarios.ts): week, arrows, year, everything. Example (README,
// "In the app"): npx tsx bench/app/scrubAb.ts 8 20 week /tmp/main-dist /tmp/new-dist 4
import { loadavg } from 'node:os';
import { alternateBuilds, cpuPerUnit } from './alternate.ts';
import { percentile } from './measure.ts';
import { scenarioWindows } from './scenarios.ts';
import { cpuByType, runScrub } from './session.ts';

const n = Number(process.argv[2] ?? 8);
const steps = Number(process.argv[3] ?? 20);
const kind = (process.argv[4] ?? 'week') as 'week' | 'arrows' | 'year' | 'everything';
const dirs = [process.argv[5]!, process.argv[6]!];
const rounds = Number(process.argv[7] ?? 2);

/** "p50 (p95)" of `xs`, one decimal. */
const p = (xs: number[]): string =>
  `${percentile(xs, 50).toFixed(1)} (${percentile(xs, 95).toFixed(1)})`;

const all = new Map<string, { ms: number[]; other: number[] }>();
await alternateBuilds(dirs, rounds, n, async (dir, { page, ...start }) => {
  const scenario = scenarioWindows(start.extent, start.start, steps)[kind];
  const load0 = loadavg()[0]!;
  const c0 = cpuByType();
  const timings = await runScrub(page, scenario);
  const cpu = cpuPerUnit(c0, timings.length, ['renderer', 'gpu-process', 'browser']);
  const ms = timings.map((t) => t.ms);
  const other = timings.map((t) => t.otherMs);
  const renders = timings.reduce((a, t) => a + t.renders, 0) / Math.max(1, timings.length);
  console.log(
    `${dir}: ${timings.length} steps, step ${p(ms)} ms, other work ${p(other)}, handler ${p(timings.map((t) => t.handlerMs))}, ${renders.toFixed(1)} renders a step; CPU ms a step ${cpu}; load ${load0.toFixed(2)}–${loadavg()[0]!.toFixed(2)}`,
  );
  const sum = all.get(dir) ?? { ms: [], other: [] };
  all.set(dir, { ms: [...sum.ms, ...ms], other: [...sum.other, ...other] });
});
for (const [dir, s] of all)
  console.log(`${dir}: all rounds, step ${p(s.ms)} ms, other work ${p(s.other)} ms`);
