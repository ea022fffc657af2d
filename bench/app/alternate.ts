// What bench/app/playbackAb.ts and scrubAb.ts share: two builds of the app opened alternately
// (A B B A …) in fresh pages of one Chromium, and the CPU time a unit of work cost each Chromium
// process (from /proc: far less disturbed by other jobs on the machine than wall time).
import { launchChromium, serveBench } from '../harness.ts';
import { cpuByType, openApp, type OpenedApp } from './session.ts';

/**
 * Serves each build folder of `dirs` in turn, `rounds` times, reversing the order every other
 * round, opens the app with `n` synthetic incidents (8: the seed data) under the probe and runs
 * `each` on it; closes the page, the server and at the end the browser whatever happens.
 */
export async function alternateBuilds(
  dirs: string[],
  rounds: number,
  n: number,
  each: (dir: string, app: OpenedApp) => Promise<void>,
): Promise<void> {
  const browser = await launchChromium();
  try {
    for (let r = 0; r < rounds; r++) {
      for (const dir of r % 2 ? [...dirs].reverse() : dirs) {
        const server = await serveBench([['/', dir]]);
        const app = await openApp(browser, server.url, n);
        try {
          await each(dir, app);
        } finally {
          await app.page.close();
          await server.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
}

/**
 * CPU milliseconds a unit of work by Chromium process type since `before` (a `cpuByType()`
 * reading), e.g. "renderer 21, gpu-process 90"; only the types in `kinds` when given.
 */
export function cpuPerUnit(before: Map<string, number>, units: number, kinds?: string[]): string {
  return [...cpuByType()]
    .filter(([k]) => !kinds || kinds.includes(k))
    .map(([k, v]) => `${k} ${(((v - (before.get(k) ?? 0)) * 1000) / units).toFixed(0)}`)
    .join(', ');
}
