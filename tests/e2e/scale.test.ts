// Scale, end to end, at 100,000 synthetic incidents in headless Chromium: the large-dataset layer
// (src/scale/overlayLayer.ts, loaded through the dataset worker) draws exactly the incidents whose
// dates overlap the window — counted on the GPU by a readback — the list (IncidentStore) holds
// the same number, both equal a brute-force count, and clicking a marker picks that incident.
// Runs on the benchmark page (bench/page), which mounts the same src/scale modules as the app.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildBenchPage, ensureSynthetic, serveBench } from '../../bench/harness.ts';
import { isoToDay } from '../../src/core/days.ts';
import { openBrowser, type Session } from './browser.ts';
import { snap } from './helpers.ts';

const N = 100_000;
/** The bench page's background colour (#f3efe6). */
const BACKGROUND = [0xf3, 0xef, 0xe6];
const WINDOWS: [string, string][] = [
  ['2018-10-01', '2018-12-31'],
  ['2024-01-10', '2024-01-20'],
  ['2012-03-15', '2012-03-15'],
];

describe.skipIf(!inject('baseUrl'))(`large dataset (${N} synthetic incidents) in Chromium`, () => {
  let s: Session;
  let server: Awaited<ReturnType<typeof serveBench>>;

  beforeAll(async () => {
    buildBenchPage();
    const data = ensureSynthetic(N);
    server = await serveBench();
    s = await openBrowser();
    await s.page.goto(server.url);
    await s.page.evaluate((u) => window.bench.load(u, 'overlay'), data);
  });

  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  for (const [from, to] of WINDOWS) {
    test(`window ${from}..${to}: drawn count (GPU readback) equals the brute-force count`, async () => {
      const [f, t] = [isoToDay(from), isoToDay(to)];
      const drawn = await s.page.evaluate(([a, b]) => window.bench.drawnCount(a, b), [
        f,
        t,
      ] as const);
      const brute = await s.page.evaluate(([a, b]) => window.bench.bruteForceCount(a, b), [
        f,
        t,
      ] as const);
      expect(brute).toBeGreaterThan(0);
      expect(drawn).toBe(brute);
    });

    test(`window ${from}..${to}: listed count equals the brute-force count`, async () => {
      const [f, t] = [isoToDay(from), isoToDay(to)];
      const listed = await s.page.evaluate(([a, b]) => window.bench.listedCount(a, b), [
        f,
        t,
      ] as const);
      const brute = await s.page.evaluate(([a, b]) => window.bench.bruteForceCount(a, b), [
        f,
        t,
      ] as const);
      expect(listed).toBe(brute);
    });
  }

  test('a window before the data draws nothing', async () => {
    const day = isoToDay('2001-01-01');
    expect(await s.page.evaluate((d) => window.bench.drawnCount(d, d + 30), day)).toBe(0);
  });

  /** An incident in the window whose marker is on screen with no other within 30 px. */
  const isolatedTarget = (from: number, to: number) =>
    s.page.evaluate(
      ([a, b]) => {
        const bench = window.bench;
        const inside: { i: number; x: number; y: number }[] = [];
        for (let i = 0; i < bench.count(); i++) {
          const [, , start, end] = bench.incident(i);
          if (start > b || end < a) continue;
          const p = bench.screenOf(i);
          if (p.x > 20 && p.y > 20 && p.x < 1260 && p.y < 780) inside.push({ i, ...p });
        }
        // Isolated: no other windowed marker within 30 px (the largest disc is 25 px wide).
        return inside.find((p) =>
          inside.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > 30),
        );
      },
      [from, to] as const,
    );

  test('an isolated marker in the window is drawn, and clicking it picks it', async () => {
    const [from, to] = [isoToDay('2018-10-01'), isoToDay('2018-12-31')];
    await s.page.evaluate(([a, b]) => window.bench.setWindow(a, b), [from, to] as const);
    const target = await isolatedTarget(from, to);
    expect(target).toBeDefined();
    const pixel = await s.page.evaluate(([x, y]) => window.bench.pixelAt(x, y), [
      target!.x,
      target!.y,
    ] as const);
    expect(pixel.slice(0, 3)).not.toEqual(BACKGROUND);
    await s.page.mouse.click(target!.x, target!.y);
    await s.page.evaluate((i) => window.bench.select(i), target!.i);
    await snap(s.page, 'e2e-scale-100k-selected');
    expect(await s.page.evaluate(() => window.bench.lastPick())).toBe(target!.i);
  });

  test('rotated and pitched, markers stay where the map projects them, and picking works', async () => {
    const [from, to] = [isoToDay('2024-01-01'), isoToDay('2024-03-31')];
    await s.page.evaluate(([a, b]) => window.bench.setWindow(a, b), [from, to] as const);
    await s.page.evaluate(() =>
      window.bench.view({ center: [62.5, 28.5], zoom: 5.6, bearing: 35, pitch: 50 }),
    );
    const target = await isolatedTarget(from, to);
    expect(target).toBeDefined();
    const pixel = await s.page.evaluate(([x, y]) => window.bench.pixelAt(x, y), [
      target!.x,
      target!.y,
    ] as const);
    await snap(s.page, 'e2e-scale-100k-pitched');
    expect(pixel.slice(0, 3)).not.toEqual(BACKGROUND);
    await s.page.mouse.click(target!.x, target!.y);
    expect(await s.page.evaluate(() => window.bench.lastPick())).toBe(target!.i);
    await s.page.evaluate(() =>
      window.bench.view({ center: [63, 29], zoom: 4.6, bearing: 0, pitch: 0 }),
    );
  });

  test('the frame readback sees the background where nothing is drawn', async () => {
    expect((await s.page.evaluate(() => window.bench.pixelAt(5, 795))).slice(0, 3)).toEqual(
      BACKGROUND,
    );
  });

  test('clicking empty sea picks nothing', async () => {
    await s.page.mouse.click(5, 795);
    expect(await s.page.evaluate(() => window.bench.lastPick())).toBe(-1);
  });

  test('no console error and no request off loopback', () => {
    expect([s.errors, s.offsite]).toEqual([[], []]);
  });
});
