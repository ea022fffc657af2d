// `[APP_DIST=dir] npx tsx bench/app/experiment.ts [n] [steps] [conditions] [rounds] [trace]`:
// controlled experiments on the app's scrub step. Opens the built app (TMP/app-dist, or APP_DIST)
// once at `n` incidents with the bench probe (bench/app/probe.ts), then for each round runs every
// condition in turn (interleaved, so the machine's drift hits them alike). A condition is a scrub
// (`week`, `weekSettled`: focus settled before each key, `weekSame`: one handle, `year`,
// `yearSettled`, `yearSame`,
// `everything`; bench/app/scenarios.ts) plus changes made to the page before it and undone after,
// joined with `+` (TOGGLES below: `week+chartHidden+listHidden`). Prints p50/p95 per condition and
// round with the bench's "other work" (handler and frames until shown, less MapLibre's renders)
// and, less sensitive to other jobs on the machine than wall time, the CPU time a step of each
// Chromium process (from /proc); with `trace`, the busiest Chromium trace events of the
// first round (wall and thread time). Example (README, "In the app"):
//   npx tsx bench/app/experiment.ts 100000 12 week,week+chartHidden,everything 2
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveBench, TMP } from '../harness.ts';
import { percentile } from './measure.ts';
import { cpuByType, FRAME_TRACE_CATEGORIES, openApp, runScrub } from './session.ts';
import { scenarioWindows, type Scenario } from './scenarios.ts';
import type { TraceEvent } from './traceSteps.ts';

const n = Number(process.argv[2] ?? 100000);
const steps = Number(process.argv[3] ?? 20);
const names = (process.argv[4] ?? 'week,weekSettled,everything').split(',');
const rounds = Number(process.argv[5] ?? 2);
/** With `trace` as the sixth argument: a Chromium trace of each condition's first round. */
const tracing = process.argv[6] === 'trace';

/** Busiest trace events, ms per step, by thread. */
function summarise(events: TraceEvent[], count: number): void {
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const total = new Map<string, number>();
  const cpu = new Map<string, number>();
  const swaps = events.filter((e) => e.name === 'SkiaOutputSurfaceImplOnGpu::SwapBuffers');
  console.log(`      ${(swaps.length / count).toFixed(2)} SwapBuffers a step`);
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid} · ${e.name}`;
    total.set(key, (total.get(key) ?? 0) + e.dur / 1000);
    cpu.set(key, (cpu.get(key) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  for (const [event, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 22))
    console.log(
      `      ${(ms / count).toFixed(1).padStart(7)} ${((cpu.get(event) ?? 0) / count).toFixed(1).padStart(7)}  ${event}`,
    );
}

/** In-page code run before a condition (`on`) and after it (`off`). */
interface Toggle {
  on: string;
  off: string;
}
const css = (id: string, rule: string): Toggle => ({
  on: `{const s=document.createElement('style');s.id='${id}';s.textContent=${JSON.stringify(rule)};document.head.append(s);}`,
  off: `document.getElementById('${id}')?.remove();`,
});
const NONE: Toggle = { on: '', off: '' };
const TOGGLES: Record<string, Toggle> = {
  none: NONE,
  overlayHidden: css('x1', 'canvas.borderlines-large-overlay{display:none!important}'),
  overlayInvisible: css('x2', 'canvas.borderlines-large-overlay{visibility:hidden!important}'),
  labelsHidden: css('x3', '.labels-above{display:none!important}'),
  listHidden: css('x4', '[role="listbox"]{display:none!important}'),
  chartHidden: css('x5', '.time-control svg{display:none!important}'),
  chartOpaque: css('x6', 'svg .outside{opacity:1!important}'),
  chartFillOpacity: css(
    'x7',
    'svg .outside{opacity:1!important} svg .outside rect{fill-opacity:0.35;stroke-opacity:0.35}',
  ),
  chartNoPattern: css('x8', 'svg rect.uncertain{fill:#f0d8b0!important}'),
  chartNoWindowRect: css('x9', 'svg rect.window{display:none!important}'),
  chartLayer: css('x10', '.track svg{will-change:transform}'),
  handlesHidden: css('x11', '.track [role="slider"]{visibility:hidden!important}'),
  handlesLayer: css('x12', '.track .handle{will-change:transform}'),
  chartLayers: css('x13', '.chart svg.under,.chart svg.over{will-change:transform}'),
  controlContained: css('x14', '.time-control{contain:layout paint style}'),
  noFavicon: {
    on: `window.__icon=document.querySelector('link[rel="icon"]');window.__icon?.remove();`,
    off: `if(window.__icon)document.head.append(window.__icon);`,
  },
  noReplaceState: {
    on: `window.__rs=history.replaceState;history.replaceState=()=>{};`,
    off: `history.replaceState=window.__rs;`,
  },
};

type Kind =
  'week' | 'weekSettled' | 'weekSame' | 'everything' | 'year' | 'yearSettled' | 'yearSame';
/** name = kind[+toggle] */
function parse(name: string): { kind: Kind; toggle: Toggle } {
  const [kind, ...toggles] = name.split('+');
  const all = toggles.map((t) => TOGGLES[t] ?? NONE);
  return {
    kind: kind as Kind,
    toggle: { on: all.map((t) => t.on).join('\n'), off: all.map((t) => t.off).join('\n') },
  };
}

const server = await serveBench([['/', process.env.APP_DIST ?? join(TMP, 'app-dist')]]);
const browser = await launchChromium();
try {
  const { page, ...info } = await openApp(browser, server.url, n);
  const sc = scenarioWindows(info.extent, info.start, steps);
  const yearSame: Scenario = {
    start: sc.year.start,
    keys: Array.from({ length: steps }, (_, i) => ['to', i % 2 ? 'PageDown' : 'PageUp']),
  };
  const weekSame: Scenario = {
    start: sc.week.start,
    keys: Array.from({ length: steps }, (_, i) => ['to', i % 2 ? 'PageDown' : 'PageUp']),
  };
  console.log(
    await page.evaluate(
      () =>
        `bins ${document.querySelectorAll('.track svg g').length}, uncertain ${document.querySelectorAll('.track svg rect.uncertain').length}, chart ${document.querySelector('.track svg')?.getAttribute('width')}`,
    ),
  );
  const results = new Map<string, number[]>();
  console.log(`n=${n}, ${steps} steps, load ${loadavg()[0]!.toFixed(2)}`);
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const { kind, toggle } = parse(name);
      if (toggle.on) await page.evaluate(toggle.on);
      const scenario =
        kind === 'everything'
          ? sc.everything
          : kind === 'year' || kind === 'yearSettled'
            ? sc.year
            : kind === 'weekSame'
              ? weekSame
              : kind === 'yearSame'
                ? yearSame
                : sc.week;
      const trace = tracing && r === 0;
      if (trace)
        await browser.startTracing(page, {
          categories: FRAME_TRACE_CATEGORIES,
        });
      const c0 = cpuByType();
      const timings = await runScrub(page, scenario, kind.endsWith('Settled'));
      const ms = timings.map((t) => t.ms);
      const other = timings.map((t) => t.otherMs);
      const frames = timings.map((t) => t.frames);
      const c1 = cpuByType();
      const cpuText = [...c1]
        .map(([k, v]) => `${k} ${(((v - (c0.get(k) ?? 0)) * 1000) / ms.length).toFixed(0)}`)
        .join(', ');
      console.log(`    CPU ms a step (incl. settling): ${cpuText}`);
      console.log(`    frames a step: ${frames.join(' ')}`);
      if (trace) {
        const buf = await browser.stopTracing();
        if (process.env.TRACE_OUT) writeFileSync(`${process.env.TRACE_OUT}-${name}.json`, buf);
        const t = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] };
        console.log(`    ${name} trace, ms per step:`);
        summarise(t.traceEvents, ms.length);
      }
      if (toggle.off) await page.evaluate(toggle.off);
      results.set(name, [...(results.get(name) ?? []), ...ms]);
      console.log(
        `  round ${r + 1} ${name}: p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)}, other work p50 ${percentile(other, 50).toFixed(1)} ms (load ${loadavg()[0]!.toFixed(2)})`,
      );
    }
  }
  for (const [name, ms] of results)
    console.log(`${name}: p50 ${percentile(ms, 50).toFixed(0)} ms over ${ms.length} steps`);
} finally {
  await browser.close();
  await server.close();
}
