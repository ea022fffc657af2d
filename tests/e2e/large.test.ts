// The app at 100,000 synthetic incidents (`?synthetic=100000&seed=1`), against the production
// build: for a deep-linked window the GPU layer draws, and the list counts, exactly the incidents
// a brute-force count over the same generator finds in Node; clicking a drawn point opens the
// panel for that incident; the list renders only the rows in view and keeps its keys; and the
// seed app's first load never fetches the large-dataset code.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { featureAt } from '../../src/core/binaryLayout.ts';
import { isoToDay } from '../../src/core/days.ts';
import { generateSynthetic } from '../../src/core/synthetic.ts';
import { openBrowser, type Session } from './browser.ts';
import { nextWindow, snap, type MapHandle } from './helpers.ts';

const N = 100_000;
const SEED = 1;
const FROM = '2018-10-01';
const TO = '2018-12-31';
const columns = generateSynthetic(N, SEED);

/** Incidents of the generator whose days overlap `from..to`, counted one by one. */
function bruteForce(from: string, to: string): number[] {
  const [f, t] = [isoToDay(from), isoToDay(to)];
  const out: number[] = [];
  for (let i = 0; i < columns.count; i++) {
    if (columns.start[i]! <= t && columns.end[i]! >= f) out.push(i);
  }
  return out;
}

/** The page's test hook (App.svelte): the map, and the large-dataset layer while one is shown. */
interface Hook {
  map: MapHandle & { project(ll: [number, number]): { x: number; y: number } };
  large: { countDrawn(): Promise<number>; pickAt(x: number, y: number): number } | null;
  time: { visibleCount: number } | null;
}
declare global {
  interface Window {
    borderlines?: Hook;
  }
}

/** Waits until the large layer is drawn and the map has stopped. */
async function waitForLarge(page: Session['page']): Promise<void> {
  await page.waitForFunction(
    () => !!window.borderlines?.large && !window.borderlines.map.isMoving(),
    null,
    { timeout: 60_000 },
  );
}

/** The number in the list's "N incidents in the time window" line. */
async function listedCount(page: Session['page']): Promise<number> {
  const text = (await page.locator('.list-count').textContent()) ?? '';
  return Number(text.trim().split(' ')[0]!.replace(/,/g, ''));
}

describe.skipIf(!inject('baseUrl'))(
  `the app at ${N.toLocaleString('en')} synthetic incidents`,
  () => {
    let s: Session;
    const base = inject('baseUrl');
    const expected = bruteForce(FROM, TO);

    beforeAll(async () => {
      s = await openBrowser();
      await s.page.goto(`${base}?synthetic=${N}&seed=${SEED}#from=${FROM}&to=${TO}`);
      await waitForLarge(s.page);
    });

    afterAll(async () => {
      await s?.close();
    });

    test('the deep-linked window draws exactly the brute-force count', async () => {
      expect(expected.length).toBeGreaterThan(1000);
      const drawn = await s.page.evaluate(() => window.borderlines!.large!.countDrawn());
      expect(drawn).toBe(expected.length);
    });

    test('the list and the header count the same incidents', async () => {
      expect(await listedCount(s.page)).toBe(expected.length);
      await expect
        .poll(() => s.page.locator('.list-toggle').textContent())
        .toContain(`Incidents (${expected.length.toLocaleString('en')})`);
    });

    test('the list renders only the rows in view, in date order from the window', async () => {
      const options = s.page.locator('[role="option"]');
      const rendered = await options.count();
      expect(rendered).toBeGreaterThan(3);
      expect(rendered).toBeLessThan(40);
      await expect
        .poll(() =>
          s.page.locator('[role="listbox"] [role="option"]').first().getAttribute('aria-setsize'),
        )
        .toBe(String(expected.length));
    });

    test('End then Enter in the list selects the last incident of the window', async () => {
      await s.page.locator('[role="listbox"]').focus();
      await s.page.keyboard.press('Home');
      await s.page.keyboard.press('End');
      const last = expected[expected.length - 1]!;
      const id = `synthetic-${last}`;
      await expect
        .poll(() => s.page.locator('[role="listbox"]').getAttribute('aria-activedescendant'))
        .toBe(`incident-option-${id}`);
      await s.page.keyboard.press('Enter');
      await expect
        .poll(() => s.page.locator('.panel-wrap h2').textContent())
        .toContain(featureAt(columns, last).properties.title);
      expect(await s.page.evaluate(() => window.location.hash)).toContain(`incident=${id}`);
    });

    test('clicking a drawn point opens the panel for that incident', async () => {
      // An incident in the window, on screen, with no other windowed incident within 30 px.
      const [from, to] = [isoToDay(FROM), isoToDay(TO)];
      const target = await s.page.evaluate(
        ({ from, to, lon, lat, start, end }) => {
          const map = window.borderlines!.map;
          const canvas = map.getCanvas().getBoundingClientRect();
          const pts: { i: number; x: number; y: number }[] = [];
          for (let i = 0; i < start.length; i++) {
            if (start[i]! > to || end[i]! < from) continue;
            const p = map.project([lon[i]!, lat[i]!]);
            if (p.x > 30 && p.y > 30 && p.x < canvas.width - 30 && p.y < canvas.height - 30) {
              pts.push({ i, x: p.x + canvas.left, y: p.y + canvas.top });
            }
          }
          return pts.find((p) =>
            pts.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > 30),
          );
        },
        {
          from,
          to,
          lon: Array.from(columns.lon),
          lat: Array.from(columns.lat),
          start: Array.from(columns.start),
          end: Array.from(columns.end),
        },
      );
      expect(target).toBeDefined();
      await s.page.mouse.click(target!.x, target!.y);
      const title = featureAt(columns, target!.i).properties.title;
      await expect.poll(() => s.page.locator('.panel-wrap h2').textContent()).toContain(title);
      expect(await s.page.evaluate(() => window.location.hash)).toContain(
        `incident=synthetic-${target!.i}`,
      );
      await snap(s.page, 'e2e-large-100k-selected');
    });

    test('after Next › moves the window, drawn and listed counts follow it', async () => {
      const { from, to } = await nextWindow(s.page, TO);
      const expectedNow = bruteForce(from, to).length;
      expect(await s.page.evaluate(() => window.borderlines!.large!.countDrawn())).toBe(
        expectedNow,
      );
      await expect.poll(() => listedCount(s.page)).toBe(expectedNow);
    });

    test('no console error and no request off loopback', () => {
      expect([s.errors, s.offsite]).toEqual([[], []]);
    });
  },
);

describe.skipIf(!inject('baseUrl'))('large datasets stay out of the seed app', () => {
  test('the seed page loads no large-dataset code', async () => {
    const s = await openBrowser();
    try {
      const requests: string[] = [];
      s.page.on('request', (r) => requests.push(r.url()));
      await s.page.goto(inject('baseUrl'));
      await s.page.waitForFunction(() => !!window.borderlines?.time, null, { timeout: 30_000 });
      const lazy = /overlayLayer|pointsGl|loadDataset|datasetWorker|DatasetPicker|deck/;
      expect(requests.filter((u) => lazy.test(u))).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!inject('baseUrl'))('100k synthetic incidents on a phone', () => {
  test('back to the seed articles from a synthetic link', async () => {
    const s = await openBrowser({ width: 390, height: 800 });
    try {
      await s.page.goto(
        `${inject('baseUrl')}?synthetic=20000&seed=2#from=2024-01-01&to=2024-01-31`,
      );
      await waitForLarge(s.page);
      await snap(s.page, 'e2e-large-phone');
      await s.page.getByRole('button', { name: 'Back to the seed articles' }).click();
      await s.page.waitForFunction(() => !window.borderlines?.large && !!window.borderlines?.time);
      expect(await s.page.evaluate(() => window.location.search)).toBe('');
      expect(await s.page.evaluate(() => window.location.hash)).not.toContain('from=');
      expect(await listedCount(s.page)).toBeLessThan(50);
      expect([s.errors, s.offsite]).toEqual([[], []]);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!inject('baseUrl'))('seed app: link banner and phone sheet', () => {
  test('the malformed-window banner goes once the link is corrected', async () => {
    const s = await openBrowser();
    try {
      await s.page.goto(`${inject('baseUrl')}#from=2024-13-45&to=2024-01-31`);
      await s.page.waitForFunction(() => !!window.borderlines?.time, null, { timeout: 30_000 });
      await expect.poll(() => s.page.locator('.errors').textContent()).toContain('from=2024-13-45');
      await s.page.evaluate(() => (window.location.hash = '#from=2024-01-01&to=2024-01-31'));
      await expect.poll(() => s.page.locator('.errors').count()).toBe(0);
    } finally {
      await s.close();
    }
  });

  test('on a phone the time control stays usable above the selection sheet', async () => {
    const s = await openBrowser({ width: 390, height: 800 });
    try {
      await s.page.goto(
        `${inject('baseUrl')}#from=2024-01-01&to=2024-01-31&incident=2024-pakistan-strikes-saravan`,
      );
      const sheet = s.page.locator('aside[aria-label="Selected incident"]');
      await sheet.waitFor({ timeout: 30_000 });
      const control = s.page.locator('.time-control');
      await expect.poll(async () => (await control.boundingBox())?.height ?? 0).toBeGreaterThan(0);
      const c = (await control.boundingBox())!;
      const p = (await sheet.boundingBox())!;
      await snap(s.page, 'e2e-large-phone-sheet');
      expect(c.y + c.height).toBeLessThanOrEqual(p.y + 1);
      expect(Math.round(p.y + p.height)).toBe(800);
      // Nothing is later than this window, so Next is disabled; Prev works from the docked bar.
      expect(await s.page.getByRole('button', { name: /Next/ }).isDisabled()).toBe(true);
      await s.page.getByRole('button', { name: 'Prev' }).click();
      await expect
        .poll(() => s.page.evaluate(() => window.location.hash))
        .not.toContain('to=2024-01-31');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!inject('baseUrl'))('loading a file in the app', () => {
  test('an ACLED CSV with bad rows replaces the seeds, lists the skipped rows, and goes back', async () => {
    const s = await openBrowser();
    try {
      await s.page.goto(inject('baseUrl'));
      await s.page.waitForFunction(() => !!window.borderlines?.time, null, { timeout: 30_000 });
      await s.page.getByRole('button', { name: 'Load data…' }).click();
      const csv = resolve(import.meta.dirname, '../fixtures/acled/invalid/in/bad-rows.csv');
      await s.page.locator('#dataset-menu input[type="file"]').setInputFiles(csv);
      await expect
        .poll(() => s.page.locator('header .dataset').textContent())
        .toContain('bad-rows.csv');
      // Two good rows load (small: the MapLibre layers); the bad ones are listed with their rows.
      await expect.poll(() => listedCount(s.page)).toBe(2);
      await expect
        .poll(() => s.page.locator('#dataset-menu .problems li').count())
        .toBeGreaterThan(5);
      await expect
        .poll(() => s.page.locator('#incident-sidebar').textContent())
        .toContain('Armed clash in Panjgur');
      await snap(s.page, 'e2e-large-acled-import');
      await s.page.getByRole('button', { name: 'Back to the seed articles' }).click();
      await expect.poll(() => s.page.locator('header .dataset').count()).toBe(0);
      await expect.poll(() => listedCount(s.page)).toBeGreaterThan(2);
      // And again (regression: the map's layers were not all removed on a switch, so the second
      // switch failed with 'Source "incidents" already exists').
      await s.page.getByRole('button', { name: /Done — show the map/ }).click();
      await expect.poll(() => s.page.locator('#dataset-menu').count()).toBe(0);
      await s.page.getByRole('button', { name: 'Load data…' }).click();
      await s.page.locator('#dataset-menu input[type="file"]').setInputFiles(csv);
      await expect.poll(() => listedCount(s.page)).toBe(2);
      await s.page.getByRole('button', { name: 'Back to the seed articles' }).click();
      await expect.poll(() => listedCount(s.page)).toBeGreaterThan(2);
      expect([s.errors, s.offsite]).toEqual([[], []]);
    } finally {
      await s.close();
    }
  });
});
