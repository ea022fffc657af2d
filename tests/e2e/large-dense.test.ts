// The two defaults that keep 100k–1M incidents usable, against the production build:
// `?synthetic=100000` opened without a window in the link opens on the data's last 30 days and
// says so (the link stays without a window); a window in the link wins; over the whole span the
// GPU layer draws dense points (more than DENSE_MIN incidents on screen) with a note on the map,
// and so it does over the last year (fewer, but their discs would cover the map), while the drawn
// and listed counts stay exact; clicking still selects; zooming in brings the
// markers back.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isoToDay } from '../../src/core/days.ts';
import { generateSynthetic } from '../../src/core/synthetic.ts';
import { openBrowser, type Session } from './browser.ts';
import { snap, type MapHandle } from './helpers.ts';

const N = 100_000;
const SEED = 1;
const columns = generateSynthetic(N, SEED);
let last = 0;
for (let i = 0; i < columns.count; i++) last = Math.max(last, columns.end[i]!);
const first = columns.start[0]!;

/** Incidents of the generator whose days overlap `from..to` (day numbers), counted one by one. */
function bruteForce(from: number, to: number): number {
  let n = 0;
  for (let i = 0; i < columns.count; i++)
    if (columns.start[i]! <= to && columns.end[i]! >= from) n++;
  return n;
}

/** The page's test hook (App.svelte), as far as these tests read it. */
interface Hook {
  map: MapHandle & {
    jumpTo(o: { center: [number, number]; zoom: number }): void;
    project(ll: [number, number]): { x: number; y: number };
  };
  large: { countDrawn(): Promise<number> } | null;
  time: {
    window: { from: number; to: number };
    extent: { from: number; to: number };
    setWindow(w: { from: number; to: number }): void;
  } | null;
}
/** `window` with the hook, inside the page. */
type HookedWindow = { borderlines?: Hook };

const base = inject('baseUrl');

async function open(s: Session, url: string): Promise<void> {
  await s.page.goto(url);
  await s.page.waitForFunction(
    () =>
      !!(window as unknown as HookedWindow).borderlines?.large &&
      !(window as unknown as HookedWindow).borderlines!.map.isMoving(),
    null,
    { timeout: 90_000 },
  );
}

/** The number in the list's "N incidents in the time window" line. */
async function listedCount(page: Session['page']): Promise<number> {
  const text = (await page.locator('.list-count').textContent()) ?? '';
  return Number(text.trim().split(' ')[0]!.replace(/,/g, ''));
}

const drawn = (page: Session['page']) =>
  page.evaluate(() => (window as unknown as HookedWindow).borderlines!.large!.countDrawn());

describe.skipIf(!base)(
  `${N.toLocaleString('en')} synthetic incidents, no window in the link`,
  () => {
    let s: Session;

    beforeAll(async () => {
      s = await openBrowser();
      await open(s, `${base}?synthetic=${N}&seed=${SEED}`);
    });

    afterAll(async () => {
      await s?.close();
    });

    test('opens on the last 30 days of the data and says so; the link names no window', async () => {
      const w = await s.page.evaluate(
        () => (window as unknown as HookedWindow).borderlines!.time!.window,
      );
      expect(w).toEqual({ from: last - 29, to: last });
      await expect
        .poll(() => s.page.locator('.opening-note').textContent())
        .toBe('Showing the last 30 days of 100,000 incidents — widen the time window to see more.');
      const expected = bruteForce(w.from, w.to);
      expect(expected).toBeGreaterThan(0);
      expect(await listedCount(s.page)).toBe(expected);
      expect(await drawn(s.page)).toBe(expected);
      expect(await s.page.locator('.dense-note').count()).toBe(0);
      expect(await s.page.evaluate(() => location.hash)).not.toContain('from=');
    });

    test('over the last year: fewer than 20,000, but crowded discs, so squares and their note', async () => {
      const w = { from: last - 364, to: last };
      const expected = bruteForce(w.from, w.to);
      expect(expected).toBeLessThan(20_000);
      await s.page.evaluate(
        (win) => (window as unknown as HookedWindow).borderlines!.time!.setWindow(win),
        w,
      );
      const note = s.page.locator('.dense-note');
      await note.waitFor();
      expect((await note.textContent())!.replace(/\s+/g, ' ').trim()).toBe(
        "The markers in view would cover much of the map, so each is drawn as a small square in its category's " +
          `colour; all ${expected.toLocaleString('en')} in the time window are drawn and listed. Zoom in or narrow the time ` +
          'window to see markers; a click selects the nearest incident.',
      );
      expect(await drawn(s.page)).toBe(expected);
      await expect.poll(() => listedCount(s.page)).toBe(expected);
    });

    test('over the whole span: dense points and their note; every incident drawn and listed', async () => {
      await s.page.evaluate(() => {
        const t = (window as unknown as HookedWindow).borderlines!.time!;
        t.setWindow(t.extent);
      });
      const note = s.page.locator('.dense-note');
      await note.waitFor();
      expect((await note.textContent())!.replace(/\s+/g, ' ').trim()).toBe(
        "Over 20,000 incidents are in view, so each is drawn as a small square in its category's " +
          'colour; all 100,000 in the time window are drawn and listed. Zoom in or narrow the time ' +
          'window to see markers; a click selects the nearest incident.',
      );
      expect(await drawn(s.page)).toBe(N);
      await expect.poll(() => listedCount(s.page)).toBe(N);
      expect(await s.page.locator('.opening-note').count()).toBe(0);
      // Not the window it opened on: the link names the whole span (once the window rests).
      await expect.poll(() => s.page.evaluate(() => location.hash)).toContain('from=');
      await snap(s.page, 'e2e-large-dense-100k');
    });

    test('a click on the dense points selects an incident', async () => {
      // Zahedan, among the synthetic towns: many incidents under the pointer.
      const p = await s.page.evaluate(() => {
        const map = (window as unknown as HookedWindow).borderlines!.map;
        const r = map.getCanvas().getBoundingClientRect();
        const q = map.project([60.86, 29.5]);
        return { x: q.x + r.left, y: q.y + r.top };
      });
      await s.page.mouse.click(p.x, p.y);
      await expect.poll(() => s.page.locator('.panel-wrap h2').textContent()).toMatch(/Synthetic/);
      expect(await s.page.evaluate(() => location.hash)).toMatch(/incident=synthetic-\d+/);
    });

    test('zoomed in to fewer incidents on screen, the markers (and no note) come back', async () => {
      await s.page.evaluate(() =>
        (window as unknown as HookedWindow).borderlines!.map.jumpTo({ center: [63, 26], zoom: 10 }),
      );
      await expect.poll(() => s.page.locator('.dense-note').count()).toBe(0);
      expect(await drawn(s.page)).toBe(N);
    });

    test('no console error and no request off loopback', () => {
      expect([s.errors, s.offsite]).toEqual([[], []]);
    });
  },
);

describe.skipIf(!base)(
  `${N.toLocaleString('en')} synthetic incidents, a window in the link`,
  () => {
    test('the link window wins over the recent one, with no note', async () => {
      const s = await openBrowser();
      try {
        await open(s, `${base}?synthetic=${N}&seed=${SEED}#from=2018-10-01&to=2018-12-31`);
        const w = await s.page.evaluate(
          () => (window as unknown as HookedWindow).borderlines!.time!.window,
        );
        expect(w).toEqual({ from: isoToDay('2018-10-01'), to: isoToDay('2018-12-31') });
        expect(w.from).toBeGreaterThan(first);
        expect(await s.page.locator('.opening-note').count()).toBe(0);
        expect(await listedCount(s.page)).toBe(bruteForce(w.from, w.to));
        expect([s.errors, s.offsite]).toEqual([[], []]);
      } finally {
        await s.close();
      }
    });
  },
);
