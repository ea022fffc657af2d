// `npx tsx bench/app/memory.ts [sizes]`: memory per incident of the built app (TMP/app-dist, built
// by `npm run bench`). For each size (default 8 = the seed data, then 100k and 1M synthetic) opens
// the app in a fresh headless Chromium, waits for the large layer (or the seed map), collects
// garbage, and sums the resident memory (RSS, /proc) of the browser's processes — renderer, GPU
// (SwiftShader keeps its buffers in ordinary memory), browser — beside the JS heap. Prints MB and
// the bytes each incident adds over the seed page. Linux only.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.ts';
import { serveBench, TMP } from '../harness.ts';

const sizes = (process.argv[2] ?? '8,100000,1000000').split(',').map(Number);
const TAG = '--borderlines-memory-probe';

/** Resident kB of the process whose command line has TAG and all its descendants. */
function treeRssKb(): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => {
      const [pid, ppid, rss, ...args] = l.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(' ') };
    });
  const roots = rows.filter((r) => r.args.includes(TAG)).map((r) => r.pid);
  const inTree = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) {
      if (!inTree.has(r.pid) && inTree.has(r.ppid)) {
        inTree.add(r.pid);
        grew = true;
      }
    }
  }
  return rows.filter((r) => inTree.has(r.pid)).reduce((a, r) => a + r.rss, 0);
}

const server = await serveBench([['/', join(TMP, 'app-dist')]]);
const out: { n: number; rss_mb: number; js_heap_mb: number; bytes_per_incident: number | null }[] =
  [];
try {
  let base: number | null = null;
  for (const n of sizes) {
    const browser = await chromium.launch(
      chromiumLaunchOptions(['--enable-precise-memory-info', TAG]),
    );
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(n === 8 ? server.url : `${server.url}?synthetic=${n}&seed=42`);
      await page.waitForFunction(
        (large) => {
          const b = (window as unknown as { borderlines?: { large: unknown; map: unknown } })
            .borderlines;
          return large ? !!b?.large : !!b?.map;
        },
        n > 5000,
        { timeout: 180_000 },
      );
      await page.waitForTimeout(3000);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await page.waitForTimeout(1000);
      const heap = await page.evaluate(
        () =>
          (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize /
          1048576,
      );
      const rss = treeRssKb() / 1024;
      base ??= rss;
      out.push({
        n,
        rss_mb: Math.round(rss),
        js_heap_mb: Math.round(heap),
        bytes_per_incident: n > 8 ? Math.round(((rss - base) * 1048576) / n) : null,
      });
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
console.table(out);
