// Runs the app rows of `npm run bench` (bench/app/measure.ts) over the sizes asked for, serving
// the built app (bench/run.ts builds it into TMP/app-dist) on loopback, and prints them.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveBench, TMP } from '../harness.ts';
import { measureApp, type AppRow, type MeasureOptions } from './measure.ts';

/** An app row with the 1-minute load average when it started and ended. */
export type AppRowWithLoad = AppRow & { load_avg_1min: [number, number] };

/** Measures the app at each size (8 = the seed data) in `browser`; one fresh page per size. */
export async function runAppRows(
  browser: Browser,
  sizes: readonly number[],
  options: MeasureOptions,
): Promise<AppRowWithLoad[]> {
  const server = await serveBench([['/', join(TMP, 'app-dist')]]);
  const rows: AppRowWithLoad[] = [];
  try {
    for (const n of sizes) {
      const before = loadavg()[0]!;
      console.log(`  app n=${n} (load average ${before.toFixed(2)})`);
      const row = await measureApp(browser, server.url, n, options);
      const after = loadavg()[0]!;
      rows.push({ ...row, load_avg_1min: [round(before), round(after)] });
    }
  } finally {
    await server.close();
  }
  console.table(
    rows.map((r) => ({
      n: r.n,
      load: r.load_interactive_ms,
      'week p50': r.scrub_p50_ms,
      'week p95': r.scrub_p95_ms,
      arrows: r.arrow_scrub_p50_ms,
      year: r.year_scrub_p50_ms,
      everything: r.wide_scrub_p50_ms,
      'everything p95': r.wide_scrub_p95_ms,
      drag: r.drag_p50_ms,
      burst: r.drag_burst_ms,
      playback: r.playback_frame_p50_ms,
      filter: r.filter_p50_ms,
      layer: r.layer_scrub_p50_ms,
      renders: r.map_renders_per_step,
      other: r.other_work_ms_p50,
      heap: r.js_heap_mb,
    })),
  );
  return rows;
}

const round = (x: number): number => Math.round(x * 100) / 100;
