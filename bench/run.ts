// `npm run bench [-- --sizes 1000,10000] [--steps 60] [--baseline-max N] [--baseline-steps 50]
// [--candidates overlay,range,deck] [--others-max 100000] [--app-sizes 8,10000,100000,1000000]
// [--n 100000 (same as --app-sizes)] [--app-steps 50] [--app-parts scrub,drag,playback,filter] [--app-only | --no-app]`: measures
// the large-dataset layer candidates against MapLibre setFilter in headless Chromium, then the
// built app itself (bench/app/), prints tables and writes bench/results.json (`rows`: the first
// candidate, the one the app uses; `app_rows`: the app) and bench/candidates.json (the others;
// rows of candidates not run this time are kept from the earlier run and marked). A part not run
// this time (`--app-only`, `--no-app`) keeps its rows from the earlier results.json.
// See README, sections "Benchmark" and "Performance".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runAppRows, type AppRowWithLoad } from './app/rows.ts';
import { buildBenchPage, ensureSynthetic, launchChromium, serveBench, TMP } from './harness.ts';

interface Row {
  n: number;
  load_ms: number;
  scrub_p50_ms: number;
  scrub_p95_ms: number;
  baseline_scrub_p50_ms: number | null;
  js_heap_mb: number;
}

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const sizes = flag('--sizes', '1000,10000,100000,1000000').split(',').map(Number);
const steps = Number(flag('--steps', '60'));
const baselineMax = Number(flag('--baseline-max', '1000000'));
const baselineSteps = Number(flag('--baseline-steps', '50'));
const otherMax = Number(flag('--others-max', '100000'));
const candidates = flag('--candidates', 'overlay,range,deck').split(',') as (
  'overlay' | 'range' | 'deck'
)[];
const appOnly = args.includes('--app-only');
const noApp = args.includes('--no-app');
const appSizes = flag('--n', flag('--app-sizes', '8,10000,100000,1000000')).split(',').map(Number);
const appSteps = Number(flag('--app-steps', '50'));
const appParts = args.includes('--app-parts') ? flag('--app-parts', '').split(',') : undefined;
const CANDIDATES_FILE = resolve(import.meta.dirname, 'candidates.json');
const RESULTS_FILE = resolve(import.meta.dirname, 'results.json');

/** Percentile (nearest rank) of `values`. */
function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
const round = (x: number): number => Math.round(x * 10) / 10;

/** Initial JS of the seed app, gzip kB: the built entry chunk plus its static imports. */
function appBundleGzipKb(): number | null {
  const root = resolve(import.meta.dirname, '..');
  const out = join(TMP, 'app-dist');
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--manifest', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const manifestFile = join(out, '.vite/manifest.json');
  if (r.status !== 0 || !existsSync(manifestFile)) {
    console.error(`App build failed; bundle size not measured.\n${r.stderr}`);
    return null;
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  let bytes = 0;
  for (const key of seen) {
    const file = manifest[key]!.file;
    if (file.endsWith('.js')) bytes += gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
  }
  return round(bytes / 1024);
}

/** The layer candidates at each size; writes bench/candidates.json and returns the chosen rows. */
async function layerRows(started: number): Promise<Row[]> {
  buildBenchPage();
  const server = await serveBench();
  const browser = await launchChromium();
  const rows: Row[] = [];
  const others: (Row & { candidate: string })[] = [];
  const load1 = loadavg()[0]!;
  const floors: {
    n: number;
    candidate: string;
    scrub_ready_p50_ms: number;
    scrub_to_next_frame_p50_ms: number;
    map_only_repaint_p50_ms: number;
    repaint_p50_ms: number;
    baseline_features_drawn?: number;
    baseline_features_after_scrub?: number;
  }[] = [];
  try {
    for (const n of sizes) {
      const dataUrl = ensureSynthetic(n);
      for (const [k, candidate] of candidates.entries()) {
        if (k > 0 && n > otherMax) continue; // deck.gl needs seconds per frame at 1M on SwiftShader
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
        await page.goto(server.url, { waitUntil: 'load' });
        const mapOnly = percentile(await page.evaluate(() => window.bench.emptyFrames(20)), 50);
        const load = await page.evaluate(([u, c]) => window.bench.load(u, c), [
          dataUrl,
          candidate,
        ] as const);
        await page.evaluate(() => window.bench.scrub(5)); // warm-up
        const { ready: scrub, frame } = await page.evaluate((s) => window.bench.scrub(s), steps);
        const heap = await page.evaluate(() => window.bench.heapMb());
        const floor = percentile(await page.evaluate(() => window.bench.emptyFrames(20)), 50);
        let baseline: number | null = null;
        let baselineDrawn: number | undefined;
        let baselineAfter: number | undefined;
        if (k === 0 && n <= baselineMax) {
          baselineDrawn = (await page.evaluate(() => window.bench.loadBaseline())).drawn;
          await page.evaluate(() => window.bench.scrubBaseline(3)); // warm-up
          baseline = percentile(
            await page.evaluate((s) => window.bench.scrubBaseline(s), baselineSteps),
            50,
          );
          baselineAfter = await page.evaluate(() => window.bench.baselineDrawnAfterScrub());
        }
        await page.close();
        const row: Row = {
          n,
          load_ms: round(load),
          scrub_p50_ms: round(percentile(scrub, 50)),
          scrub_p95_ms: round(percentile(scrub, 95)),
          baseline_scrub_p50_ms: baseline === null ? null : round(baseline),
          js_heap_mb: round(heap),
        };
        floors.push({
          n,
          candidate,
          scrub_ready_p50_ms: round(percentile(scrub, 50)),
          scrub_to_next_frame_p50_ms: round(percentile(frame, 50)),
          map_only_repaint_p50_ms: round(mapOnly),
          repaint_p50_ms: round(floor),
          ...(baselineDrawn === undefined
            ? {}
            : {
                baseline_features_drawn: baselineDrawn,
                baseline_features_after_scrub: baselineAfter,
              }),
        });
        if (baselineDrawn === 0) {
          console.error(
            `  n=${n}: the setFilter baseline drew nothing; its timing is not reported`,
          );
          baseline = null;
        }
        if (k === 0) rows.push(row);
        else
          others.push({
            candidate,
            ...row,
            baseline_scrub_p50_ms: rows.at(-1)?.baseline_scrub_p50_ms ?? null,
          });
        console.log(`  n=${n} ${candidate} done (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Chosen candidate: ${candidates[0]} (results.json rows)`);
  const table = rows.map((r) => ({
    ...r,
    'speed-up vs setFilter': r.baseline_scrub_p50_ms
      ? `${round(r.baseline_scrub_p50_ms / r.scrub_p50_ms)}×`
      : '—',
  }));
  console.table(table);
  if (others.length) {
    console.log('Other candidates (bench/candidates.json):');
    console.table(others);
  }
  console.log('Repaint of the current window with nothing changed (p50), and baseline sanity:');
  console.table(floors);
  const load2 = loadavg()[0]!;
  console.log(`Load average (1 min) at start ${load1.toFixed(2)}, at end ${load2.toFixed(2)}`);
  console.log(`Layer rows done in ${Math.round((Date.now() - started) / 1000)} s`);
  // Keep the rows of candidates not run this time (e.g. deck.gl, slow here), marked as earlier.
  const earlier = existsSync(CANDIDATES_FILE)
    ? ((JSON.parse(readFileSync(CANDIDATES_FILE, 'utf8')) as { rows?: { candidate: string }[] })
        .rows ?? [])
    : [];
  const kept = earlier
    .filter((r) => !candidates.includes(r.candidate as (typeof candidates)[number]))
    .map((r) => ({ ...r, earlier_run: true }));
  writeFileSync(
    CANDIDATES_FILE,
    JSON.stringify(
      {
        viewport: '1280x800',
        webgl: 'SwiftShader (software)',
        load_average_1min: { start: round(load1), end: round(load2) },
        rows: [...others, ...kept],
        frame_floor: floors,
      },
      null,
      2,
    ) + '\n',
  );
  return rows;
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log('Building the app…');
  const bundle = appBundleGzipKb();
  const earlier = existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as {
        rows?: Row[];
        app_rows?: AppRowWithLoad[];
        load_average_1min?: unknown;
        app_load_average_1min?: unknown;
      })
    : {};
  const load1 = loadavg()[0]!;
  const rows = appOnly ? (earlier.rows ?? []) : await layerRows(started);
  const load2 = loadavg()[0]!;
  let appRows = earlier.app_rows ?? [];
  if (!noApp) {
    if (bundle === null) throw new Error('The app did not build: no app rows measured.');
    console.log('The app (bench/app/)…');
    const browser = await launchChromium();
    try {
      const fresh = await runAppRows(browser, appSizes, {
        steps: appSteps,
        toggles: 10,
        playbackMs: 3000,
        ...(appParts ? { only: appParts } : {}),
      });
      // Sizes not run this time keep their earlier rows (e.g. `--n 100000`).
      appRows = [...appRows.filter((r) => !appSizes.includes(r.n)), ...fresh].sort(
        (a, b) => a.n - b.n,
      );
    } finally {
      await browser.close();
    }
  }
  const load3 = loadavg()[0]!;
  console.log(`Initial JS of the seed app (gzip): ${bundle ?? 'not measured'} kB`);
  console.log(
    `Load average (1 min): ${load1.toFixed(2)} at start, ${load2.toFixed(2)} after the layer rows, ${load3.toFixed(2)} at end`,
  );
  writeFileSync(
    RESULTS_FILE,
    JSON.stringify(
      {
        rows,
        app_rows: appRows,
        bundle_js_gzip_kb: bundle,
        load_average_1min: appOnly
          ? (earlier.load_average_1min ?? null)
          : { start: round(load1), end: round(load2) },
        app_load_average_1min: noApp
          ? (earlier.app_load_average_1min ?? null)
          : { start: round(load2), end: round(load3) },
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`Wrote bench/results.json in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
