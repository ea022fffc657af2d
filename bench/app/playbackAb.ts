// `npx tsx bench/app/playbackAb.ts [n] [ms] dirA dirB [rounds]`: playback frame intervals of two
// builds of the app, alternated (A B B A …) in fresh pages, with each Chromium process's CPU time
// a frame (/proc): the bench's playback (a week window at one month a second, from where 40 % of
// the incidents have started) without the rest of the bench.
import { loadavg } from 'node:os';
import { alternateBuilds, cpuPerUnit } from './alternate.ts';
import { playbackScenario } from './drivers.ts';
import { percentile } from './measure.ts';
import { scenarioWindows } from './scenarios.ts';
import { cpuByType } from './session.ts';

const n = Number(process.argv[2] ?? 100000);
const ms = Number(process.argv[3] ?? 4000);
const dirs = [process.argv[4]!, process.argv[5]!];
const rounds = Number(process.argv[6] ?? 2);

await alternateBuilds(dirs, rounds, n, async (dir, { page, ...start }) => {
  const sc = scenarioWindows(start.extent, start.start, 20);
  const load0 = loadavg()[0]!;
  const c0 = cpuByType();
  const frames = await playbackScenario(page, sc.week.start.from, ms);
  const cpu = cpuPerUnit(c0, frames.length);
  console.log(
    `${dir}: ${frames.length} frames, p50 ${percentile(frames, 50).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)}; CPU ms a frame ${cpu}; load ${load0.toFixed(2)}`,
  );
});
