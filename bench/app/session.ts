// What bench/app/experiment.ts, breakdown.ts, playbackAb.ts and scrubAb.ts share: the probe's
// source, the app opened under it, the CPU time of each Chromium process from /proc (far less disturbed by other jobs on the
// machine than wall time), and a keyboard scrub timed step by step by the probe.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import ts from 'typescript';
import type { StepTiming } from './measure.ts';
import type { Scenario } from './scenarios.ts';

/** bench/app/probe.ts, type-stripped, for `page.addInitScript`. */
export const PROBE = ts.transpileModule(
  readFileSync(resolve(import.meta.dirname, 'probe.ts'), 'utf8'),
  { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } },
).outputText;

/** A page of the app opened under the probe, with what scenarios are built from. */
export interface OpenedApp {
  page: Page;
  /** The dataset's time extent (day numbers). */
  extent: { from: number; to: number };
  /** Every incident's start day, in the store's order. */
  start: number[];
}

/**
 * Opens the app served at `url` with `n` synthetic incidents (8: the seed data) under the probe,
 * waits until it has loaded and settled, and reads the time extent and start days. `initScript`
 * runs in the page before the app (for experiments).
 */
export async function openApp(
  browser: Browser,
  url: string,
  n: number,
  initScript?: string,
): Promise<OpenedApp> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ content: PROBE });
  if (initScript) await page.addInitScript({ content: initScript });
  await page.goto(n === 8 ? `${url}?bench` : `${url}?synthetic=${n}&seed=42&bench`);
  await page.evaluate(() => window.__probe.loaded());
  await page.evaluate(() => window.__probe.settle(300));
  const info = await page.evaluate(() => {
    const t = (
      window as unknown as {
        borderlines: {
          time: { extent: { from: number; to: number }; store: { start: Int32Array } };
        };
      }
    ).borderlines.time;
    return { extent: t.extent, start: Array.from(t.store.start) };
  });
  return { page, ...info };
}

/** Trace categories that show a frame's main-thread work and the GPU process's compositing. */
export const FRAME_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'gpu',
  'cc',
  'viz',
];

/** The time control's handle of one edge. */
export const handle = (page: Page, edge: 'from' | 'to') =>
  page.getByRole('slider', {
    name: edge === 'from' ? 'Start of time window' : 'End of time window',
  });

/** CPU seconds (user + system) of this process's descendants, by Chromium process type. */
export function cpuByType(): Map<string, number> {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      ticks.set(Number(d), Number(f[11]) + Number(f[12]));
    } catch {
      /* gone */
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === process.pid) return pid !== p;
    return false;
  };
  const out = new Map<string, number>();
  for (const [pid, t] of ticks) {
    if (!mine(pid)) continue;
    let type: string;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? (cmd.includes('chrom') ? 'browser' : 'other');
    } catch {
      continue;
    }
    out.set(type, (out.get(type) ?? 0) + t / 100);
  }
  return out;
}

/**
 * Runs a keyboard scrub: sets its start window, then per key focuses the handle (settling
 * first when `settleAfterFocus`), arms the probe and presses. Returns each step's timing.
 */
export async function runScrub(
  page: Page,
  sc: Scenario,
  settleAfterFocus = false,
): Promise<StepTiming[]> {
  await page.evaluate(
    ([f, t]) =>
      (
        window as unknown as { borderlines: { time: { setWindow(w: object): void } } }
      ).borderlines.time.setWindow({ from: f, to: t }),
    [sc.start.from, sc.start.to],
  );
  await page.evaluate(() => window.__probe.settle(200));
  const out: StepTiming[] = [];
  for (const [edge, key] of sc.keys) {
    await handle(page, edge).focus();
    if (settleAfterFocus) await page.evaluate(() => window.__probe.settle(150));
    await page.evaluate(() => window.__probe.arm(['keydown'], false));
    await page.keyboard.press(key);
    const t = (await page.evaluate(() => window.__probe.done())) as StepTiming | null;
    if (t) out.push(t);
  }
  return out;
}
