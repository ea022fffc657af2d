// Hover and selection on the large-dataset layer at 100,000 synthetic incidents, against the
// production build: hovering a list row rings its disc in blue, the pointer over a drawn disc
// highlights its list row, and a selection that a later window excludes is still drawn (faded,
// with its black ring) without changing the window's drawn count, and a pointer resting on a list
// row while the window moves hovers the incident the row shows now (rows reuse their elements).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isoToDay } from '../../src/core/days.ts';
import { generateSynthetic } from '../../src/core/synthetic.ts';
import { SIZE_BY_PLACE } from '../../src/scale/pointsGl.ts';
import { openBrowser, type Session } from './browser.ts';
import { resolve } from 'node:path';
import { ARTIFACTS, nextWindow, snap, type MapHandle } from './helpers.ts';

const N = 100_000;
const SEED = 1;
const FROM = '2018-10-01';
const TO = '2018-12-31';
const columns = generateSynthetic(N, SEED);

/** The page's test hook (App.svelte), as far as these tests read it. */
interface Hook {
  app: { hoveredId: string | null };
  time: { window: { from: number; to: number }; setWindow(w: { from: number; to: number }): void };
  map: MapHandle & { project(ll: [number, number]): { x: number; y: number } };
  large: {
    countDrawn(): Promise<number>;
    pickAt(x: number, y: number): number;
    hovered(): number;
    selectedDrawn(): boolean;
  } | null;
}

/** Incidents of the generator whose days overlap `from..to`, counted one by one. */
function bruteForce(from: string, to: string): number {
  const [f, t] = [isoToDay(from), isoToDay(to)];
  let n = 0;
  for (let i = 0; i < columns.count; i++) if (columns.start[i]! <= t && columns.end[i]! >= f) n++;
  return n;
}

/** Diameter in CSS pixels of incident `i`'s disc. */
const sizeOf = (i: number): number =>
  SIZE_BY_PLACE[Math.min(columns.placePrecision[i]!, SIZE_BY_PLACE.length - 1)]!;

/** Saves a 120×120 px close-up of the page around `c` to tests/artifacts/<name>.png. */
async function closeUp(page: Session['page'], c: { x: number; y: number }, name: string) {
  await page.screenshot({
    path: resolve(ARTIFACTS, `${name}.png`),
    clip: { x: c.x - 60, y: c.y - 60, width: 120, height: 120 },
  });
}

/** Sorted index of a rendered list row (its id is `incident-option-synthetic-<i>`). */
function indexOfRowId(id: string): number {
  return Number(/synthetic-(\d+)$/.exec(id)![1]);
}

/** Page coordinates of incident `i`, once the map has stopped moving. */
async function pointOf(page: Session['page'], i: number): Promise<{ x: number; y: number }> {
  await page.waitForFunction(
    () => !(window as unknown as { borderlines: Hook }).borderlines.map.isMoving(),
  );
  return page.evaluate(
    ({ ll }) => {
      const map = (window as unknown as { borderlines: Hook }).borderlines.map;
      const p = map.project(ll);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: p.x + r.left, y: p.y + r.top };
    },
    { ll: [columns.lon[i]!, columns.lat[i]!] as [number, number] },
  );
}

/**
 * Pixels of the composited page near colour `rgb` (each channel within 40) in the ring between
 * radii `inner` and `outer` around page point `c`: read from a screenshot, decoded in the page.
 */
async function ringPixels(
  page: Session['page'],
  c: { x: number; y: number },
  inner: number,
  outer: number,
  rgb: [number, number, number],
): Promise<number> {
  const half = Math.ceil(outer) + 2;
  const png = await page.screenshot({
    clip: { x: c.x - half, y: c.y - half, width: 2 * half, height: 2 * half },
  });
  return page.evaluate(
    async ({ b64, half, inner, outer, rgb }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const cv = document.createElement('canvas');
      cv.width = img.width;
      cv.height = img.height;
      const ctx = cv.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, cv.width, cv.height).data;
      let n = 0;
      for (let y = 0; y < cv.height; y++) {
        for (let x = 0; x < cv.width; x++) {
          const r = Math.hypot(x + 0.5 - half, y + 0.5 - half);
          if (r < inner || r > outer) continue;
          const k = 4 * (y * cv.width + x);
          if (rgb.every((v, j) => Math.abs(d[k + j]! - v) <= 40)) n++;
        }
      }
      return n;
    },
    { b64: png.toString('base64'), half, inner, outer, rgb },
  );
}

const BLUE: [number, number, number] = [0, 0x72, 0xb2];
const BLACK: [number, number, number] = [0, 0, 0];

describe.skipIf(!inject('baseUrl'))('hover and selection on the large layer', () => {
  let s: Session;
  const base = inject('baseUrl');

  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(`${base}?synthetic=${N}&seed=${SEED}#from=${FROM}&to=${TO}`);
    await s.page.waitForFunction(
      () =>
        !!(window as unknown as { borderlines: Hook }).borderlines.large &&
        !(window as unknown as { borderlines: Hook }).borderlines.map.isMoving(),
      null,
      {
        timeout: 60_000,
      },
    );
  });

  afterAll(async () => {
    await s?.close();
  });

  /** The first rendered list row whose disc is on screen and picked at its own centre. */
  async function pickableRow(): Promise<{ i: number; x: number; y: number }> {
    const ids = await s.page
      .locator('[role="listbox"] [role="option"]')
      .evaluateAll((els) => els.map((e) => e.id));
    for (const id of ids) {
      const i = indexOfRowId(id);
      // The pointer moves to whole pixels: check the pick there, not at the exact centre (in a
      // dense cluster a neighbour's centre can be nearer to the rounded point).
      const exact = await pointOf(s.page, i);
      const p = { x: Math.round(exact.x), y: Math.round(exact.y) };
      const local = await s.page.evaluate(
        ({ p }) => {
          const r = (window as unknown as { borderlines: Hook }).borderlines.map
            .getCanvas()
            .getBoundingClientRect();
          const x = p.x - r.left;
          const y = p.y - r.top;
          const inside = x > 30 && y > 30 && x < r.width - 30 && y < r.height - 30;
          return inside
            ? (window as unknown as { borderlines: Hook }).borderlines.large!.pickAt(x, y)
            : -1;
        },
        { p },
      );
      if (local === i) return { i, ...p };
    }
    throw new Error('no rendered row has a pickable disc on screen');
  }

  test('hovering a list row rings its disc in blue', async () => {
    const row = await pickableRow();
    const r = (sizeOf(row.i) + 14) / 2;
    const before = await ringPixels(s.page, row, r - 3, r + 0.5, BLUE);
    await s.page.locator(`#incident-option-synthetic-${row.i}`).hover();
    await expect
      .poll(() =>
        s.page.evaluate(() =>
          (window as unknown as { borderlines: Hook }).borderlines.large!.hovered(),
        ),
      )
      .toBe(row.i);
    const after = await ringPixels(s.page, row, r - 3, r + 0.5, BLUE);
    expect(after).toBeGreaterThan(before + 10);
    await snap(s.page, 'e2e-large-hover-list');
    await closeUp(s.page, row, 'e2e-large-hover-list-closeup');
  });

  test('the pointer over a drawn disc highlights its list row', async () => {
    await s.page.mouse.move(5, 5);
    const row = await pickableRow();
    await s.page.mouse.move(row.x, row.y);
    await expect
      .poll(() => s.page.locator(`#incident-option-synthetic-${row.i}`).getAttribute('class'))
      .toMatch(/\bhovered\b/);
    expect(
      await s.page.evaluate(
        () => (window as unknown as { borderlines: Hook }).borderlines.map.getCanvas().style.cursor,
      ),
    ).toBe('pointer');
    await s.page.mouse.move(5, 5);
    await expect
      .poll(() => s.page.locator(`#incident-option-synthetic-${row.i}`).getAttribute('class'))
      .not.toMatch(/\bhovered\b/);
  });

  test('a selection outside the window stays drawn, faded with its ring', async () => {
    await s.page.locator('[role="listbox"]').focus();
    await s.page.keyboard.press('Home');
    await s.page.keyboard.press('Enter');
    await expect
      .poll(() => s.page.evaluate(() => window.location.hash))
      .toMatch(/incident=synthetic-\d+/);
    const hash0 = await s.page.evaluate(() => window.location.hash);
    const selected = Number(/incident=synthetic-(\d+)/.exec(hash0)![1]);
    await s.page.mouse.move(5, 5);
    const { from, to } = await nextWindow(s.page, TO);
    // The precondition: the new window excludes the selection.
    expect(columns.end[selected]! < isoToDay(from) || columns.start[selected]! > isoToDay(to)).toBe(
      true,
    );
    expect(
      await s.page.evaluate(() =>
        (window as unknown as { borderlines: Hook }).borderlines.large!.countDrawn(),
      ),
    ).toBe(bruteForce(from, to));
    expect(
      await s.page.evaluate(() =>
        (window as unknown as { borderlines: Hook }).borderlines.large!.selectedDrawn(),
      ),
    ).toBe(true);
    const p = await pointOf(s.page, selected);
    const r = (sizeOf(selected) + 6) / 2;
    expect(await ringPixels(s.page, p, r - 2.5, r + 0.5, BLACK)).toBeGreaterThan(15);
    await snap(s.page, 'e2e-large-selected-outside-window');
    await closeUp(s.page, p, 'e2e-large-selected-outside-window-closeup');
  });

  test('a pointer resting on a list row while the window moves hovers the row’s new incident', async () => {
    const box = (await s.page.locator('[role="listbox"]').boundingBox())!;
    const at = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + 88 * 1.5) };
    /** The incident of the list row under the pointer, and the one hovered in the app and layer. */
    const state = () =>
      s.page.evaluate((p) => {
        const b = (window as unknown as { borderlines: Hook }).borderlines;
        const row = document.elementFromPoint(p.x, p.y)?.closest('[role="option"]');
        return {
          under: row?.id.replace('incident-option-', '') ?? null,
          hovered: b.app.hoveredId,
          layer: b.large!.hovered(),
        };
      }, at);
    await s.page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await state()).hovered).toMatch(/^synthetic-\d+$/);
    const before = await state();
    expect(before.hovered).toBe(before.under);
    await s.page.evaluate(() => {
      const t = (window as unknown as { borderlines: Hook }).borderlines.time;
      t.setWindow({ from: t.window.from + 9, to: t.window.to + 9 });
    });
    await expect.poll(async () => (await state()).under).not.toBe(before.under);
    // The app's hover and the layer's ring are on the incident the row under the pointer shows.
    await expect
      .poll(async () => {
        const now = await state();
        const follows = now.hovered === now.under && now.layer === indexOfRowId(now.under!);
        return follows ? 'follows' : JSON.stringify(now);
      })
      .toBe('follows');
  });

  test('no console error and no request off loopback', () => {
    expect([s.errors, s.offsite]).toEqual([[], []]);
  });
});
