// `npx tsx bench/app/handleSplit.ts [n] [steps] [scrub] dir... rounds`: one keyboard scrub of one
// or more builds of the app (alternated in fresh pages, as scrubAb.ts does), each step timed by the
// bench probe (bench/app/probe.ts), split by the handle that moved: the week and year scrubs
// alternate the end handle (even steps) and the start handle (odd steps). Prints, a page each, the
// step p50 (p95) and "other work" of each handle's steps, all steps, frames until shown and the
// input handler. Example (README, "Quiet runs on a new host"):
// npx tsx bench/app/handleSplit.ts 100000 40 year node_modules/.cache/borderlines-bench/app-dist 2
import { loadavg } from 'node:os';
import { alternateBuilds } from './alternate.ts';
import { percentile } from './measure.ts';
import { scenarioWindows } from './scenarios.ts';
import { runScrub } from './session.ts';
import type { StepTiming } from './measure.ts';

const args = process.argv.slice(2);
const n = Number(args[0] ?? 100000);
const steps = Number(args[1] ?? 40);
const kind = (args[2] ?? 'year') as 'week' | 'arrows' | 'year' | 'everything';
const dirs = args.slice(3, -1);
const rounds = Number(args.at(-1) ?? 1);

/** "p50 (p95)" of `xs`, one decimal. */
const p = (xs: number[]): string =>
  `${percentile(xs, 50).toFixed(1)} (${percentile(xs, 95).toFixed(1)})`;

/** Step time and other work of `t`, as "step … other …". */
const describe = (t: StepTiming[]): string =>
  `step ${p(t.map((x) => x.ms))} other ${p(t.map((x) => x.otherMs))}`;

await alternateBuilds(dirs, rounds, n, async (dir, { page, ...start }) => {
  const scenario = scenarioWindows(start.extent, start.start, steps)[kind];
  const load0 = loadavg()[0]!;
  const t = await runScrub(page, scenario);
  const end = t.filter((_, i) => i % 2 === 0);
  const startHandle = t.filter((_, i) => i % 2 === 1);
  const frames = t.reduce((a, x) => a + x.frames, 0) / Math.max(1, t.length);
  console.log(
    `${dir}: end handle ${describe(end)} | start handle ${describe(startHandle)} | all ${describe(t)}, ${frames.toFixed(2)} frames, handler ${p(t.map((x) => x.handlerMs))}; load ${load0.toFixed(2)}–${loadavg()[0]!.toFixed(2)}`,
  );
});
