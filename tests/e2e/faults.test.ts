// Faults, in headless Chromium against the production build, with requests intercepted
// (page.route): a data file missing or truncated, the basemap's layers failing, the dataset worker
// failing: each shows a message naming the file and the fix with a "Try again" that works once
// the file is back, never a blank page. The search worker failing: the search says so, naming the
// file, and the rest of the app works. A dataset switch in the middle of loading another leaves
// exactly one dataset on screen (listed and drawn).
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { openBrowser, type Session } from './browser.ts';
import { incidents, renderedMarkerIds, snap, waitForMap } from './helpers.ts';

const baseUrl = inject('baseUrl');
const SEED_IDS = incidents.map((f) => f.properties.id).sort();
/** A small ACLED file: two good rows (the rest are skipped and listed). */
const CSV = resolve(import.meta.dirname, '../fixtures/acled/invalid/in/bad-rows.csv');

/** The test hook's parts these tests read. */
interface Hook {
  map: { getSource(id: string): unknown; isSourceLoaded(id: string): boolean } | null;
  large: { countDrawn(): Promise<number> } | null;
  time: unknown;
}
const hook = (page: Page) =>
  page.evaluate(() => {
    const b = (window as unknown as { borderlines?: Hook }).borderlines;
    return { large: !!b?.large, time: !!b?.time, map: !!b?.map };
  });

/** The alert under the header: its text (empty when there is none). */
async function alertText(page: Page): Promise<string> {
  const alert = page.locator('.errors[role="alert"]');
  return (await alert.count()) ? ((await alert.textContent()) ?? '') : '';
}

/** The page is not blank: the header, and either the list or a message, are on screen. */
async function expectNotBlank(page: Page): Promise<void> {
  expect(await page.getByRole('heading', { name: 'Borderlines' }).isVisible()).toBe(true);
  const text = await page.evaluate(() => document.body.innerText.trim().length);
  expect(text).toBeGreaterThan(50);
}

/** The number in the list's "N incidents in the time window" line. */
async function listedCount(page: Page): Promise<number> {
  const text = (await page.locator('.list-count').textContent()) ?? '';
  return Number(text.trim().split(' ')[0]!.replace(/,/g, ''));
}

describe.skipIf(!baseUrl)(
  'faults: a message naming the file and the fix, and a working retry',
  () => {
    let s: Session;

    beforeEach(async () => {
      s = await openBrowser();
    });

    afterEach(async () => {
      await s?.close();
    });

    test('data/incidents.geojson answers 404: named; "Try again" loads it once it is back', async () => {
      await s.page.route('**/data/incidents.geojson', (r) => r.fulfill({ status: 404 }));
      await s.page.goto(baseUrl);
      await expect.poll(() => alertText(s.page)).toContain('data/incidents.geojson');
      const text = await alertText(s.page);
      expect(text).toContain('HTTP 404');
      expect(text).toContain('npm run data');
      await expectNotBlank(s.page);
      await snap(s.page, 'e2e-fault-incidents-404');
      await s.page.unroute('**/data/incidents.geojson');
      await s.page.getByRole('button', { name: 'Try again' }).click();
      await waitForMap(s.page);
      expect(await alertText(s.page)).toBe('');
      expect(await listedCount(s.page)).toBe(SEED_IDS.length);
      expect(await renderedMarkerIds(s.page)).toEqual(SEED_IDS);
    });

    test('data/articles.json is cut short (invalid JSON): named; "Try again" recovers', async () => {
      await s.page.route('**/data/articles.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": "000_' }),
      );
      await s.page.goto(baseUrl);
      await expect.poll(() => alertText(s.page)).toContain('data/articles.json: not valid JSON');
      expect(await alertText(s.page)).toContain('npm run data');
      await expectNotBlank(s.page);
      await s.page.unroute('**/data/articles.json');
      await s.page.getByRole('button', { name: 'Try again' }).click();
      await waitForMap(s.page);
      expect(await alertText(s.page)).toBe('');
      expect(await renderedMarkerIds(s.page)).toEqual(SEED_IDS);
      // The articles are in: the panel offers the article view again.
      await s.page.locator('[role="option"]').first().click();
      expect(await s.page.getByRole('button', { name: 'Read in article' }).count()).toBe(1);
    });

    test('the basemap layer countries.geojson answers 500: named; the incidents stay usable', async () => {
      await s.page.route('**/data/countries.geojson', (r) => r.fulfill({ status: 500 }));
      await s.page.goto(baseUrl);
      await expect
        .poll(() => alertText(s.page), { timeout: 30_000 })
        .toContain('countries.geojson');
      const text = await alertText(s.page);
      expect(text).toContain('data/countries.geojson');
      expect(text).toContain('HTTP 500');
      expect(text).toContain('npm run data');
      await waitForMap(s.page);
      await expectNotBlank(s.page);
      expect(await renderedMarkerIds(s.page)).toEqual(SEED_IDS);
      await snap(s.page, 'e2e-fault-basemap-500');
      await s.page.unroute('**/data/countries.geojson');
      await s.page.getByRole('button', { name: 'Try again' }).click();
      await waitForMap(s.page);
      await expect
        .poll(() =>
          s.page.evaluate(() =>
            (window as unknown as { borderlines: Hook }).borderlines.map!.isSourceLoaded(
              'countries',
            ),
          ),
        )
        .toBe(true);
      expect(await alertText(s.page)).toBe('');
    });

    test('the dataset worker fails (?synthetic=): named; the seeds show; "Try again" generates', async () => {
      await s.page.route('**/assets/datasetWorker-*.js', (r) => r.fulfill({ status: 500 }));
      await s.page.goto(`${baseUrl}?synthetic=20000&seed=3`);
      await expect.poll(() => alertText(s.page), { timeout: 30_000 }).toContain('dataset worker');
      const text = await alertText(s.page);
      expect(text).toContain('assets/datasetWorker-');
      expect(text).toContain('npm run build');
      await waitForMap(s.page);
      await expectNotBlank(s.page);
      expect(await renderedMarkerIds(s.page)).toEqual(SEED_IDS);
      await s.page.unroute('**/assets/datasetWorker-*.js');
      await s.page.getByRole('button', { name: 'Try again' }).click();
      await s.page.waitForFunction(
        () => !!(window as unknown as { borderlines?: Hook }).borderlines?.large,
        null,
        { timeout: 60_000 },
      );
      expect(await alertText(s.page)).toBe('');
      expect(await listedCount(s.page)).toBe(20_000);
    });

    test('the dataset worker fails for a chosen file: the picker names it, the seeds stay', async () => {
      await s.page.goto(baseUrl);
      await waitForMap(s.page);
      await s.page.route('**/assets/datasetWorker-*.js', (r) => r.fulfill({ status: 500 }));
      await s.page.getByRole('button', { name: 'Load data…' }).click();
      const input = s.page.locator('#dataset-menu input[type="file"]');
      await input.setInputFiles(CSV);
      const alert = s.page.locator('#dataset-menu [role="alert"]');
      await expect.poll(() => alert.textContent()).toContain('assets/datasetWorker-');
      expect(await alert.textContent()).toContain('bad-rows.csv');
      expect(await renderedMarkerIds(s.page)).toEqual(SEED_IDS);
      // Choosing the file again once the worker is back loads it.
      await s.page.unroute('**/assets/datasetWorker-*.js');
      await input.setInputFiles([]);
      await input.setInputFiles(CSV);
      await expect.poll(() => listedCount(s.page)).toBe(2);
    });

    test('the search worker fails (20,000 incidents): the search says so and names it; the rest works', async () => {
      await s.page.route('**/assets/searchWorker-*.js', (r) => r.fulfill({ status: 500 }));
      await s.page.goto(`${baseUrl}?synthetic=20000&seed=3`);
      await s.page.waitForFunction(
        () => !!(window as unknown as { borderlines?: Hook }).borderlines?.large,
        null,
        { timeout: 60_000 },
      );
      await s.page.locator('#incident-search').fill('attack');
      const status = s.page.locator('#search-status');
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('Search failed');
      const text = (await status.textContent()) ?? '';
      expect(text).toContain('assets/searchWorker-');
      expect(text).toContain('Reload the page');
      await expectNotBlank(s.page);
      // The list and the time control still work without the search.
      await s.page.locator('#incident-search').fill('');
      await expect.poll(() => listedCount(s.page)).toBe(20_000);
      await s.page.locator('[role="listbox"]').first().focus();
      await s.page.keyboard.press('Enter');
      await s.page.locator('#selected-incident h2').waitFor();
    });

    test('no request left this machine', () => {
      expect(s.offsite).toEqual([]);
    });
  },
);

describe.skipIf(!baseUrl)('a dataset switch in the middle of loading another', () => {
  let s: Session;

  beforeEach(async () => {
    s = await openBrowser();
  });

  afterEach(async () => {
    await s?.close();
  });

  /** How long the first dataset worker's script is held back (the generation still under way). */
  const HELD_MS = 6_000;

  /**
   * Holds back the first request for the dataset worker's script by HELD_MS (so the synthetic
   * generation is certainly still under way when the test switches); later requests pass.
   */
  async function slowFirstWorker(page: Page): Promise<void> {
    let first = true;
    await page.route('**/assets/datasetWorker-*.js', async (r) => {
      const hold = first;
      first = false;
      if (hold) await new Promise((ok) => setTimeout(ok, HELD_MS));
      await r.continue().catch(() => undefined);
    });
  }

  /** Waits until the held-back generation would have finished, had it not been stopped. */
  async function pastGeneration(page: Page): Promise<void> {
    await page.evaluate((ms) => new Promise((ok) => setTimeout(ok, ms)), HELD_MS + 3_000);
  }

  test('?synthetic=100000, then at once "Show the seed articles instead": only the seeds', async () => {
    await slowFirstWorker(s.page);
    await s.page.goto(`${baseUrl}?synthetic=100000&seed=1`);
    await s.page.getByRole('button', { name: 'Show the seed articles instead' }).click();
    await waitForMap(s.page);
    await pastGeneration(s.page);
    expect(await hook(s.page)).toMatchObject({ large: false, time: true });
    expect(await listedCount(s.page)).toBe(SEED_IDS.length);
    expect(await renderedMarkerIds(s.page)).toEqual(SEED_IDS);
    expect(await s.page.locator('header .dataset').count()).toBe(0);
    expect(await s.page.evaluate(() => location.search)).toBe('');
    expect(s.errors).toEqual([]);
  });

  test('a file loaded while ?synthetic=100000 generates: only the file', async () => {
    await slowFirstWorker(s.page);
    await s.page.goto(`${baseUrl}?synthetic=100000&seed=1`);
    await s.page.getByRole('button', { name: 'Show the seed articles instead' }).waitFor();
    await s.page.getByRole('button', { name: 'Load data…' }).click();
    await s.page.locator('#dataset-menu input[type="file"]').setInputFiles(CSV);
    await expect
      .poll(() => s.page.locator('header .dataset').textContent(), { timeout: 30_000 })
      .toContain('bad-rows.csv');
    await waitForMap(s.page);
    await pastGeneration(s.page);
    expect(await hook(s.page)).toMatchObject({ large: false, time: true });
    expect(await listedCount(s.page)).toBe(2);
    expect(await renderedMarkerIds(s.page)).toHaveLength(2);
    expect(await s.page.locator('header .dataset').textContent()).toContain('bad-rows.csv');
    expect(s.errors).toEqual([]);
  });

  test('Cancel while a file is read (a slow worker): the seeds stay, the file never shows', async () => {
    await s.page.goto(baseUrl);
    await waitForMap(s.page);
    // A slow worker: the file is read only after the switch back.
    await s.page.route('**/assets/datasetWorker-*.js', async (r) => {
      await new Promise((ok) => setTimeout(ok, 1_500));
      await r.continue();
    });
    await s.page.getByRole('button', { name: 'Load data…' }).click();
    await s.page.locator('#dataset-menu input[type="file"]').setInputFiles(CSV);
    await s.page.getByRole('button', { name: 'Cancel' }).click();
    await s.page.evaluate(() => new Promise((ok) => setTimeout(ok, 3_000)));
    expect(await listedCount(s.page)).toBe(SEED_IDS.length);
    expect(await renderedMarkerIds(s.page)).toEqual(SEED_IDS);
    expect(await s.page.locator('header .dataset').count()).toBe(0);
  });
});
