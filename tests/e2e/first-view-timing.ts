// Times the seed app's first view in two production builds, alternating them so both see the same
// machine load: `npx tsx tests/e2e/first-view-timing.ts DIR_A DIR_B [RUNS]`. For each build it
// prints the median and range over RUNS (default 7) of the time from navigation start to the map's
// first `idle` with every marker drawn (1280×800, a fresh browser each run), and the data files
// the page and the map's worker requested, with their bytes on disk (a file fetched twice counts
// twice).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser } from './browser.ts';
import { serve } from './global-setup.ts';
import { waitForMap } from './helpers.ts';

const [dirA, dirB] = process.argv.slice(2, 4);
const runs = Number(process.argv[4] ?? 7);
if (!dirA || !dirB) throw new Error('usage: first-view-timing.ts DIR_A DIR_B [RUNS]');

/** One load of the build in `dir` at `url`: ms to the first idle, and the data files requested. */
async function once(dir: string, url: string): Promise<{ ms: number; dataBytes: number }> {
  const s = await openBrowser({ width: 1280, height: 800 });
  const files: string[] = [];
  s.context.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (/^\/data\/[^/]+\.(geo)?json$/.test(path)) files.push(path);
  });
  try {
    await s.page.goto(url);
    await waitForMap(s.page);
    const ms = await s.page.evaluate(() => performance.now());
    const dataBytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    return { ms, dataBytes };
  } finally {
    await s.close();
  }
}

const servers = await Promise.all([serve(dirA), serve(dirB)]);
try {
  const times: number[][] = [[], []];
  const bytes = [0, 0];
  for (let r = 0; r < runs; r++) {
    for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const { ms, dataBytes } = await once([dirA, dirB][i]!, servers[i]!.url);
      times[i]!.push(ms);
      bytes[i] = dataBytes;
    }
  }
  [dirA, dirB].forEach((dir, i) => {
    const t = [...times[i]!].sort((a, b) => a - b);
    const median = t[Math.floor(t.length / 2)]!;
    console.log(
      `${dir}: first idle median ${Math.round(median)} ms (${Math.round(t[0]!)}–${Math.round(t[t.length - 1]!)}, ${runs} runs), data files requested ${bytes[i]} bytes`,
    );
  });
} finally {
  for (const { server } of servers) server.close();
}
