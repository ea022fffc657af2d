// `[APP_DIST=dir] npx tsx bench/app/frameCost.ts [n] [frames] [conditions] [rounds]`: what one
// frame costs each Chromium process when only one part of the page changes. Opens the built app
// (TMP/app-dist, or APP_DIST) at `n` incidents, then for each condition (interleaved over
// `rounds`) makes `frames` animation frames, each with one change to the page, and prints the CPU
// milliseconds a frame of the GPU process, the renderer and the browser (/proc): `idle` (no
// change), `dot` (a 4-pixel element changes colour: the least a frame costs), `overlay` (the GPU
// layer's canvas redrawn, the window unchanged), `window` (the time window moved by a day: what a
// scrub step does), `listText` (one list row's text changed), `handle` (a time handle moved a
// pixel), `labels` (the names above the layer moved a pixel). For finding which page part makes the
// display compositor work (docs/performance-history.md, "Frames, layer by layer").
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveBench, TMP } from '../harness.ts';
import { cpuPerUnit } from './alternate.ts';
import { setWindow } from './drivers.ts';
import { scenarioWindows } from './scenarios.ts';
import { cpuByType, FRAME_TRACE_CATEGORIES, openApp } from './session.ts';
import type { TraceEvent } from './traceSteps.ts';

const n = Number(process.argv[2] ?? 100000);
const frames = Number(process.argv[3] ?? 30);
const names = (process.argv[4] ?? 'idle,dot,overlay,window,listText,handle,labels').split(',');
const rounds = Number(process.argv[5] ?? 2);

/** In-page code run once per frame for each condition (`i` is the frame's number). */
const CHANGES: Record<string, string> = {
  idle: '',
  dot: `let d=document.getElementById('fc-dot');if(!d){d=document.createElement('div');d.id='fc-dot';d.style.cssText='position:fixed;left:2px;top:2px;width:2px;height:2px;display:block!important';document.documentElement.append(d);}d.style.background=i%2?'red':'blue';`,
  overlay: `window.__overlayRedraw?.();`,
  window: `const t=window.borderlines.time;const w=t.window;t.setWindow({from:w.from+(i%2?-1:1),to:w.to+(i%2?-1:1)});`,
  listText: `const r=document.querySelector('[role=option] p, [role=option] span');if(r)r.textContent+=(i%2?'.':'');`,
  handle: `const h=document.querySelector('.track [role=slider]');if(h)h.style.translate=(i%2)+'px 0';`,
  labels: `const l=document.querySelector('.labels-above');if(l)l.style.translate=(i%2)+'px 0';`,
};

/** CSS that hides one part of the page, for a condition `change+part` (e.g. `dot+noMap`). */
const HIDE: Record<string, string> = {
  noMap: 'canvas.maplibregl-canvas{visibility:hidden!important}',
  noOverlay: 'canvas.borderlines-large-overlay{visibility:hidden!important}',
  noLabels: '.labels-above{display:none!important}',
  noChart: '.time-control svg{display:none!important}',
  noList: '[role="listbox"]{display:none!important}',
  noMapArea: '.maplibregl-map{display:none!important}',
  blank: 'body>*{display:none!important}',
  labelsNoTransform: '.labels-above>*{transform:none!important}',
  listLayer: '.incident-list{will-change:transform}',
  listScrollLayer: '.incident-list{will-change:scroll-position}',
  controlLayer: '.time-control{will-change:transform}',
  rowLayers: '.incident-list [role=option]{will-change:transform}',
};

/** The busiest trace events (wall / thread ms a frame, by thread) and display frames a frame. */
function summarise(json: string, count: number): void {
  const events = (
    JSON.parse(json) as {
      traceEvents: TraceEvent[];
    }
  ).traceEvents;
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const wall = new Map<string, number>();
  const cpu = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid} · ${e.name}`;
    wall.set(key, (wall.get(key) ?? 0) + e.dur / 1000);
    cpu.set(key, (cpu.get(key) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  const swaps = events.filter((e) => e.name === 'Display::DrawAndSwap').length;
  console.log(`    ${(swaps / count).toFixed(2)} display frames a frame`);
  for (const [k, ms] of [...wall].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(
      `    ${(ms / count).toFixed(1).padStart(6)} ${((cpu.get(k) ?? 0) / count).toFixed(1).padStart(6)}  ${k}`,
    );
}

/** Scripts run before the app, chosen with INIT=name (for experiments on the page's layers). */
const INIT: Record<string, string> = {
  // MapLibre asks for an alpha channel; an opaque canvas lets the compositor skip what is under it.
  mapOpaque: `{const g=HTMLCanvasElement.prototype.getContext;HTMLCanvasElement.prototype.getContext=function(t,a){if(this.classList.contains('maplibregl-canvas')&&a)a={...a,alpha:false};return g.call(this,t,a);};}`,
};

const server = await serveBench([['/', process.env.APP_DIST ?? join(TMP, 'app-dist')]]);
const browser = await launchChromium();
try {
  const { page, ...info } = await openApp(
    browser,
    server.url,
    n,
    INIT[process.env.INIT ?? ''] ?? undefined,
  );
  // The overlay's canvas redrawn without a new window: a WebGL clear to transparent and back is
  // enough for the compositor to take a new frame of it.
  await page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas.borderlines-large-overlay');
    const gl = c?.getContext('webgl2') ?? c?.getContext('webgl');
    (window as unknown as { __overlayRedraw: () => void }).__overlayRedraw = () => {
      if (!gl) return;
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
    };
  });
  // The bench's week window (where 40 % of the incidents have started), as a scrub starts from.
  const week = scenarioWindows(info.extent, info.start, 20).week.start;
  await setWindow(page, week.from, week.to);
  console.log(`n=${n}, ${frames} frames a condition, load ${loadavg()[0]!.toFixed(2)}`);
  const sums = new Map<string, string[]>();
  for (let r = 0; r < rounds; r++)
    for (const name of names) {
      const [change, ...hidden] = name.split('+');
      const rule = hidden.map((h) => HIDE[h] ?? '').join('\n');
      await page.evaluate(
        `{const s=document.createElement('style');s.id='fc-hide';s.textContent=${JSON.stringify(rule)};document.head.append(s);}`,
      );
      await page.evaluate(() => window.__probe.settle(300));
      const tracing = process.env.TRACE === name && r === 0;
      if (tracing)
        await browser.startTracing(page, {
          categories: FRAME_TRACE_CATEGORIES,
        });
      const c0 = cpuByType();
      // A string, not a function: tsx would wrap the inner function in a helper the page lacks.
      await page.evaluate(
        `new Promise((done) => { const body = new Function('i', ${JSON.stringify(CHANGES[change!] ?? '')}); let i = 0;
          const frame = () => { if (i >= ${frames}) return done(); body(i++); requestAnimationFrame(frame); };
          requestAnimationFrame(frame); })`,
      );
      await page.evaluate(() => window.__probe.settle(100));
      await page.evaluate(`document.getElementById('fc-hide')?.remove()`);
      const cpu = cpuPerUnit(c0, frames, ['gpu-process', 'renderer', 'browser']);
      if (tracing) summarise((await browser.stopTracing()).toString('utf8'), frames);
      console.log(
        `  round ${r + 1} ${name}: CPU ms a frame ${cpu} (load ${loadavg()[0]!.toFixed(2)})`,
      );
      sums.set(name, [...(sums.get(name) ?? []), cpu]);
    }
} finally {
  await browser.close();
  await server.close();
}
