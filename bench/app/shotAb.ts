// `npx tsx bench/app/shotAb.ts [n] dirA dirB … outDir`: screenshots of each build at `n` incidents
// over the bench's year window (bench/app/scenarios.ts) and the whole span, 1280×800, as
// outDir/<build folder name>-<window>.png, for comparing how a change looks (README, "In the app").
import { basename, join } from 'node:path';
import { launchChromium, serveBench } from '../harness.ts';
import { scenarioWindows } from './scenarios.ts';
import { openApp } from './session.ts';

const n = Number(process.argv[2] ?? 100000);
const dirs = process.argv.slice(3, -1);
const out = process.argv.at(-1)!;

const browser = await launchChromium();
try {
  for (const dir of dirs) {
    const server = await serveBench([['/', dir]]);
    const { page, ...start } = await openApp(browser, server.url, n);
    const sc = scenarioWindows(start.extent, start.start, 20);
    for (const [name, w] of [
      ['year', sc.year.start],
      ['all', start.extent],
    ] as const) {
      await page.evaluate((win) => {
        const b = window as unknown as { borderlines: { time: { setWindow(w: unknown): void } } };
        b.borderlines.time.setWindow(win);
      }, w);
      await page.evaluate(() => window.__probe.settle(300));
      await page.screenshot({ path: join(out, `${basename(dir)}-${name}.png`) });
    }
    await page.close();
    await server.close();
  }
} finally {
  await browser.close();
}
