// The large layer beyond the border region and through a lost GPU context, against the production
// build: a worldwide synthetic set (`?synthetic=N&seed=S&region=world`, incidents on every
// continent) draws and lists exactly the incidents a brute-force count over the same generator
// finds for a deep-linked window, and lights pixels on every continent; the layer sits beneath
// the place labels; after `WEBGL_lose_context` takes its context away a message with a reload
// button shows, and once the context is restored the layer draws the same incidents again.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isoToDay } from '../../src/core/days.ts';
import { generateSynthetic, WORLD_TOWNS } from '../../src/core/synthetic.ts';
import { openBrowser, type Session } from './browser.ts';
import type { MapHandle } from './helpers.ts';

const N = 20_000;
const SEED = 5;
const FROM = '2019-01-01';
const TO = '2020-06-30';
const columns = generateSynthetic(N, SEED, 'world');
/** Quetta in public/data/places.geojson, a town the basemap labels. */
const QUETTA: [number, number] = [67.0014, 30.1841];

/** Incidents of the generator whose days overlap FROM..TO, counted one by one. */
function bruteForce(): number {
  const [f, t] = [isoToDay(FROM), isoToDay(TO)];
  let n = 0;
  for (let i = 0; i < columns.count; i++) if (columns.start[i]! <= t && columns.end[i]! >= f) n++;
  return n;
}

interface Hook {
  map: MapHandle & {
    project(ll: [number, number]): { x: number; y: number };
    jumpTo(o: { center: [number, number]; zoom: number }): void;
    getCanvas(): HTMLCanvasElement;
  };
  large: { countDrawn(): Promise<number>; drawNow(): HTMLCanvasElement | null } | null;
}
/** The page's window with the test hook, typed for this file (other files have their own view). */
type HookedWindow = { borderlines: Hook };

/** The number in the list's "N incidents in the time window" line. */
async function listedCount(page: Session['page']): Promise<number> {
  const text = (await page.locator('.list-count').textContent()) ?? '';
  return Number(text.trim().split(' ')[0]!.replace(/,/g, ''));
}

/** How many of `places` ([lon, lat]) have a lit overlay pixel within 4 px (one redraw + read). */
function litPlaces(page: Session['page'], places: [number, number][]): Promise<number> {
  return page.evaluate((pts) => {
    const b = (window as unknown as HookedWindow).borderlines;
    const canvas = b.large!.drawNow()!;
    const gl = canvas.getContext('webgl2')!;
    const ratio = canvas.width / canvas.clientWidth;
    let lit = 0;
    for (const ll of pts) {
      const p = b.map.project(ll);
      const x = Math.round((p.x - 4) * ratio);
      const y = Math.round(canvas.height - (p.y + 4) * ratio);
      const px = new Uint8Array(9 * 9 * 4);
      gl.readPixels(x, y, 9, 9, gl.RGBA, gl.UNSIGNED_BYTE, px);
      if (px.some((v, i) => i % 4 === 3 && v > 0)) lit++;
    }
    return lit;
  }, places);
}

describe.skipIf(!inject('baseUrl'))('a worldwide synthetic set on the large layer', () => {
  let s: Session;
  const base = inject('baseUrl');
  const expected = bruteForce();
  const cities = WORLD_TOWNS.map(([lon, lat]): [number, number] => [lon, lat]);

  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(`${base}?synthetic=${N}&seed=${SEED}&region=world#from=${FROM}&to=${TO}`);
    await s.page.waitForFunction(
      () => !!(window as unknown as Partial<HookedWindow>).borderlines?.large,
      null,
      { timeout: 60_000 },
    );
    await s.page.evaluate(() =>
      (window as unknown as HookedWindow).borderlines.map.jumpTo({ center: [0, 0], zoom: 0.3 }),
    );
    await s.page.waitForFunction(
      () => !(window as unknown as HookedWindow).borderlines.map.isMoving(),
    );
  });

  afterAll(async () => {
    await s?.close();
  });

  test('the window draws and lists exactly the brute-force count', async () => {
    expect(expected).toBeGreaterThan(1000);
    expect(
      await s.page.evaluate(() =>
        (window as unknown as HookedWindow).borderlines.large!.countDrawn(),
      ),
    ).toBe(expected);
    await expect.poll(() => listedCount(s.page)).toBe(expected);
  });

  test('incidents are drawn on every continent', async () => {
    expect(await litPlaces(s.page, cities)).toBe(cities.length);
  });

  test('the layer is beneath the place labels', async () => {
    const order = await s.page.evaluate(() => {
      const overlay = document.querySelector('canvas.borderlines-large-overlay');
      const labels = document.querySelector('.labels-above');
      if (!overlay || !labels) return 'missing';
      const after = overlay.compareDocumentPosition(labels) & Node.DOCUMENT_POSITION_FOLLOWING;
      return after ? 'labels above' : 'labels below';
    });
    expect(order).toBe('labels above');
  });

  test('a town name sits beside its town and follows the map when it pans', async () => {
    /** Distance (CSS px) from Quetta's projected point to the nearest edge of its label. */
    const gap = () =>
      s.page.evaluate((ll) => {
        const b = (window as unknown as HookedWindow).borderlines;
        const label = [...document.querySelectorAll('.labels-above div')].find(
          (d) => d.textContent === 'Quetta',
        );
        if (!label) return Infinity;
        const r = label.getBoundingClientRect();
        const c = b.map.getCanvas().getBoundingClientRect();
        const p = b.map.project(ll);
        const [x, y] = [c.left + p.x, c.top + p.y];
        return Math.hypot(
          Math.max(r.left - x, 0, x - r.right),
          Math.max(r.top - y, 0, y - r.bottom),
        );
      }, QUETTA);
    const jump = (center: [number, number], zoom: number) =>
      s.page.evaluate(
        ([c, z]) =>
          (window as unknown as HookedWindow).borderlines.map.jumpTo({ center: c, zoom: z }),
        [center, zoom] as const,
      );
    try {
      await jump([66, 30], 6);
      await expect.poll(gap, { timeout: 15_000 }).toBeLessThan(12);
      await jump([68.5, 31], 6); // Quetta moves ~250 px; its label must follow at once.
      expect(await gap()).toBeLessThan(12);
    } finally {
      await jump([0, 0], 0.3); // The world view the other tests look at.
    }
  });

  test('a lost WebGL context shows a message, and the layer draws again once restored', async () => {
    await s.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.borderlines-large-overlay')!;
      const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
      ext.loseContext();
    });
    const alert = s.page.getByRole('alert').filter({ hasText: 'graphics (WebGL) context' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    await expect
      .poll(() => alert.getByRole('button', { name: 'Reload the page' }).isVisible())
      .toBe(true);
    await s.page.evaluate(() =>
      (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext(),
    );
    await expect.poll(() => alert.count()).toBe(0);
    expect(
      await s.page.evaluate(() =>
        (window as unknown as HookedWindow).borderlines.large!.countDrawn(),
      ),
    ).toBe(expected);
    expect(await litPlaces(s.page, cities)).toBe(cities.length);
  });

  test('no console error and no request off loopback', () => {
    // Chromium logs the deliberate context loss as a WebGL warning, not an error.
    expect([s.errors, s.offsite]).toEqual([[], []]);
  });
});
