// Regressions for the defects a new user hit (issue 11), in headless Chromium against the
// production build, each test named after the bug. The others of that list have their tests
// elsewhere: the malformed incident=/map= banner (app.test.ts), the overlap chooser's ↓, Tab and
// Escape and the tab stops to the panel (keyboard.test.ts), "1 row" and the picker closing in the
// component (DatasetPicker.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { openBrowser, type Session } from './browser.ts';
import { incidentById, incidents, pagePoint, waitForMap } from './helpers.ts';
import { HASH_WINDOW_REST_MS } from '../../src/state/hash.svelte.ts';

const baseUrl = inject('baseUrl');
const MIRJAVEH = incidentById('2018-mirjaveh-abduction');
const SARAVAN = incidentById('2024-pakistan-strikes-saravan');
const panelTitle = (page: Page) => page.locator('#selected-incident h2').textContent();
const tmp = mkdtempSync(join(tmpdir(), 'borderlines-defects-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The hash's `from` and `to` (null when absent). */
function hashWindow(page: Page): Promise<{ from: string | null; to: string | null }> {
  return page.evaluate(() => {
    const p = new URLSearchParams(location.hash.slice(1));
    return { from: p.get('from'), to: p.get('to') };
  });
}

/** The number in the list's "N incidents in the time window" line. */
async function listedCount(page: Page): Promise<number> {
  const text = (await page.locator('.list-count').textContent()) ?? '';
  return Number(text.trim().split(' ')[0]!.replace(/,/g, ''));
}

/** The alert under the header: its text (empty when there is none). */
async function alertText(page: Page): Promise<string> {
  const alert = page.locator('.errors[role="alert"]');
  return (await alert.count()) ? ((await alert.textContent()) ?? '') : '';
}

/**
 * An ACLED export of `rows` well-formed rows (seeded, so the same file every run): dates over
 * 2020–2024, points over the Iran–Pakistan border region.
 */
function acledCsv(rows: number, seed = 7): string {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const header =
    'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 1826) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const lat = (25 + random() * 6).toFixed(4);
    const lon = (58 + random() * 10).toFixed(4);
    lines.push(
      `GEN${i},${date},${date.slice(0, 4)},1,Political violence,Battles,Armed clash,Test actor,,Rebel group,,,,Rebel group only,,586,Southern Asia,Pakistan,Balochistan,,,Place ${i},${lat},${lon},1,Invented Test Outlet,National,Invented test row ${i}.,0,,1700000000`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe.skipIf(!baseUrl)('defects a new user hit (1280×800)', () => {
  let s: Session;

  beforeEach(async () => {
    s = await openBrowser();
  });

  afterEach(async () => {
    expect([s.errors, s.offsite]).toEqual([[], []]);
    await s?.close();
  });

  test('"Next ›" over the whole range with a 2024 incident open went back to 2018: it ends on the incident', async () => {
    await s.page.goto(`${baseUrl}#incident=${SARAVAN.properties.id}`);
    await waitForMap(s.page);
    expect(await hashWindow(s.page)).toEqual({ from: null, to: null });
    await s.page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => hashWindow(s.page)).toMatchObject({ to: SARAVAN.properties.date });
    expect((await hashWindow(s.page)).from! >= '2024-01-01').toBe(true);
  });

  test('"Next ›" stayed enabled when nothing was next: disabled on the last incident', async () => {
    await s.page.goto(`${baseUrl}#from=2024-01-20&to=2024-01-26`);
    await waitForMap(s.page);
    const next = s.page.getByRole('button', { name: 'Next', exact: true });
    expect(await next.isDisabled()).toBe(false);
    await next.click();
    await expect.poll(() => hashWindow(s.page)).toMatchObject({ to: '2024-01-29' });
    expect(await next.isDisabled()).toBe(true);
    // And a click on it changes nothing: not the window (the handle says so at once), nor the
    // link (written once the window has rested, HASH_WINDOW_REST_MS).
    await next.click({ force: true });
    const end = s.page.getByRole('slider', { name: 'End of time window' });
    expect(await end.getAttribute('aria-valuetext')).toBe('2024-01-29');
    await s.page.waitForTimeout(HASH_WINDOW_REST_MS + 100);
    expect(await hashWindow(s.page)).toMatchObject({ to: '2024-01-29' });
  });

  test('the article header scrolled out of sight: it stays at the top of the panel', async () => {
    await s.page.goto(`${baseUrl}#incident=${MIRJAVEH.properties.id}`);
    await waitForMap(s.page);
    await s.page.getByRole('button', { name: 'Read in article' }).click();
    const back = s.page.getByRole('button', { name: '← Back to the incident' });
    await back.waitFor();
    const panel = s.page.locator('#selected-incident');
    const scrolled = await panel.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      return { top: el.scrollTop, room: el.scrollHeight - el.clientHeight };
    });
    // The article is longer than the panel, and the panel did scroll to its end.
    expect(scrolled.room).toBeGreaterThan(200);
    expect(scrolled.top).toBeGreaterThan(200);
    const box = (await panel.boundingBox())!;
    const header = (await panel.locator('header').boundingBox())!;
    expect(Math.abs(header.y - box.y)).toBeLessThanOrEqual(1);
    const b = (await back.boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(box.y);
    expect(b.y + b.height).toBeLessThanOrEqual(header.y + header.height);
    // The source line is in the sticky header, not "Untitled article".
    expect(await panel.locator('header .source').textContent()).not.toContain('Untitled');
  });

  test('the picker stayed open after a clean load, pushing the map down: it closes', async () => {
    const file = join(tmp, 'twelve-rows.csv');
    writeFileSync(file, acledCsv(12));
    await s.page.goto(baseUrl);
    await waitForMap(s.page);
    await s.page.getByRole('button', { name: 'Load data…' }).click();
    await s.page.locator('#dataset-menu input[type="file"]').setInputFiles(file);
    await expect.poll(() => s.page.locator('#dataset-menu').count()).toBe(0);
    expect(await s.page.locator('header .dataset').textContent()).toContain('twelve-rows.csv');
    await expect.poll(() => listedCount(s.page)).toBe(12);
  });

  test('"1 rows": one skipped row is "1 row skipped"', async () => {
    const file = join(tmp, 'one-bad-row.csv');
    const [header, good] = acledCsv(1).trim().split('\n');
    const bad = good!.replace('GEN0,', 'BAD1,').replace(/,20\d\d-\d\d-\d\d,/, ',not a date,');
    writeFileSync(file, `${header}\n${good}\n${bad}\n`);
    await s.page.goto(baseUrl);
    await waitForMap(s.page);
    await s.page.getByRole('button', { name: 'Load data…' }).click();
    await s.page.locator('#dataset-menu input[type="file"]').setInputFiles(file);
    await expect
      .poll(() => s.page.locator('#dataset-menu').textContent())
      .toContain('1 incident loaded, 1 row skipped.');
    expect(await s.page.locator('#dataset-menu').textContent()).not.toMatch(/\b1 rows\b/);
  });

  test('20,000 ACLED rows over the seed map ended in "Source incidents cannot be removed": seeds, file, seeds, file, seeds', async () => {
    const file = join(tmp, 'twenty-thousand.csv');
    writeFileSync(file, acledCsv(20_000));
    await s.page.goto(baseUrl);
    await waitForMap(s.page);
    for (let round = 0; round < 2; round++) {
      await s.page.getByRole('button', { name: 'Load data…' }).click();
      await s.page.locator('#dataset-menu input[type="file"]').setInputFiles(file);
      await s.page.waitForFunction(
        () => !!(window as unknown as { borderlines?: { large: unknown } }).borderlines?.large,
        null,
        { timeout: 60_000 },
      );
      await expect.poll(() => listedCount(s.page), { timeout: 30_000 }).toBe(20_000);
      expect(await alertText(s.page)).toBe('');
      await s.page.getByRole('button', { name: 'Back to the seed articles' }).click();
      await waitForMap(s.page);
      await expect.poll(() => listedCount(s.page)).toBe(incidents.length);
      expect(await alertText(s.page)).toBe('');
    }
  });
});

describe.skipIf(!baseUrl)('defects a new user hit on a phone (390×844)', () => {
  test('closing the sheet left the map padded (a tap at the centre selected nothing): no padding, the tap selects', async () => {
    const s = await openBrowser({ width: 390, height: 844 });
    try {
      const [lon, lat] = MIRJAVEH.geometry.coordinates;
      await s.page.goto(`${baseUrl}#map=9/${lat}/${lon}&incident=${MIRJAVEH.properties.id}`);
      await waitForMap(s.page);
      await expect.poll(() => panelTitle(s.page)).toBe(MIRJAVEH.properties.title);
      await s.page.locator('#selected-incident').getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => s.page.locator('#selected-incident').count()).toBe(0);
      const padding = () =>
        s.page.evaluate(() =>
          (
            window as unknown as {
              borderlines: { map: { getPadding(): Record<string, number> } };
            }
          ).borderlines.map.getPadding(),
        );
      expect(await padding()).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
      // A deep-linked view centred on Mirjaveh: the tap at the map's centre selects it.
      await s.page.evaluate(([la, lo]) => (location.hash = `map=9/${la}/${lo}`), [lat, lon]);
      await waitForMap(s.page);
      const canvas = (await s.page.locator('.maplibregl-canvas').boundingBox())!;
      await s.page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
      await expect.poll(() => panelTitle(s.page)).toBe(MIRJAVEH.properties.title);
      expect(await padding()).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
      expect([s.errors, s.offsite]).toEqual([[], []]);
    } finally {
      await s.close();
    }
  });
});

describe.skipIf(!baseUrl)('defects a new user hit (1440×900)', () => {
  let s: Session;

  beforeEach(async () => {
    s = await openBrowser({ width: 1440, height: 900 });
    await s.page.goto(baseUrl);
    await waitForMap(s.page);
  });

  afterEach(async () => {
    expect([s.errors, s.offsite]).toEqual([[], []]);
    await s?.close();
  });

  test('the legend open by default hid half the list: it starts closed', async () => {
    expect(await s.page.locator('details.legend').getAttribute('open')).toBeNull();
  });

  test('"Chabahar" and "Gwadar" were cut off by the time control: both sit inside the map', async () => {
    const box = (await s.page.locator('.maplibregl-canvas').boundingBox())!;
    const play = (await s.page.getByRole('button', { name: /Play/ }).boundingBox())!;
    const towns: [string, [number, number]][] = [
      ['Chabahar', [60.643, 25.2919]],
      ['Gwadar', [62.3254, 25.1216]],
    ];
    for (const [name, lngLat] of towns) {
      const at = await pagePoint(s.page, lngLat);
      // The label sits beside the point and is about 16 px tall: room below it for the text.
      expect(box.y + box.height - at.y, name).toBeGreaterThan(20);
      expect(play.y - at.y, name).toBeGreaterThan(20);
    }
  });
});
