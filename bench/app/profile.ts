// `[APP_DIST=dir] npx tsx bench/app/profile.ts [n] [steps] [window-days]`: where one scrub step's time goes in the
// built app (TMP/app-dist, built by `npm run bench`). Opens the app at `n` incidents (8: the seed
// data), sets a window of `window-days` at 40 % of the data, then takes a CPU profile (Chromium's
// sampling profiler over CDP) of `steps` PageUp presses on the end handle, each waited to two
// animation frames, and prints self time per function (top 25) and per source file, per step.
import { join } from 'node:path';
import { launchChromium, serveBench, TMP } from '../harness.ts';
import { openForScrub, scrubStep } from './scrubSetup.ts';

const n = Number(process.argv[2] ?? 100000);
const steps = Number(process.argv[3] ?? 20);
const days = Number(process.argv[4] ?? 7);

/** What this script reads of a CDP `Profiler.stop` answer. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

const server = await serveBench([['/', process.env.APP_DIST ?? join(TMP, 'app-dist')]]);
const browser = await launchChromium();
try {
  const page = await openForScrub(browser, server.url, n, days);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  for (let i = 0; i < steps; i++) await scrubStep(page);
  const wall = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const node = nodes.get(id)!;
    const ms = (dt[i + 1] ?? 0) / 1000;
    const f = node.callFrame;
    const file = f.url.split('/').pop() || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => ({ name, ms_per_step: Math.round((ms / steps) * 10) / 10 }));
  console.log(
    `n=${n}, ${steps} steps of a ${days}-day window, ${Math.round(wall / steps)} ms/step wall`,
  );
  console.table(top(byFn, 25));
  console.table(top(byFile, 10));
} finally {
  await browser.close();
  await server.close();
}
