// Filters in the browser, against the production build: the legend's boxes and the filter panel
// narrow the map and the list together, join the link and come back from it, and a link naming
// something the data lacks says so. The same on 100,000 synthetic incidents, where the GPU layer
// draws exactly the brute-force count of the filtered window.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isoToDay } from '../../src/core/days.ts';
import { generateSynthetic } from '../../src/core/synthetic.ts';
import { CATEGORIES } from '../../src/core/types.ts';
import { openBrowser, type Session } from './browser.ts';
import { incidents, renderedMarkerIds, snap, waitForMap, type MapHandle } from './helpers.ts';

/** The page's test hook, as these tests read it. */
type Hook = { map: MapHandle; large: { countDrawn(): Promise<number> } | null };

/** The number in the list's "N incidents in the time window" line. */
async function listedCount(page: Session['page']): Promise<number> {
  const text = (await page.locator('.list-count').textContent()) ?? '';
  return Number(text.trim().split(' ')[0]!.replace(/,/g, ''));
}

const base = inject('baseUrl');

describe.skipIf(!base)('filters on the seed articles', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  test('unchecking Diplomacy in the legend hides it on the map and in the list, and joins the link', async () => {
    await s.page.goto(base);
    await waitForMap(s.page);
    await s.page.locator('.legend summary').click();
    await s.page.getByRole('checkbox', { name: 'Diplomacy' }).first().uncheck();
    const kept = incidents.filter((f) => f.properties.category !== 'diplomacy');
    await expect.poll(() => listedCount(s.page)).toBe(kept.length);
    await expect
      .poll(() => renderedMarkerIds(s.page))
      .toEqual(kept.map((f) => f.properties.id).sort());
    const hash = await s.page.evaluate(() => decodeURIComponent(window.location.hash));
    const cat = CATEGORIES.filter((c) => c !== 'diplomacy').join(',');
    expect(hash).toContain(`cat=${cat}`);
    await snap(s.page, 'e2e-filters-legend');
  });

  test('a link with filters restores them: list, map and the panel checkboxes', async () => {
    await s.page.goto(`${base}#cat=attack,abduction`);
    await waitForMap(s.page);
    const kept = incidents.filter((f) => ['attack', 'abduction'].includes(f.properties.category));
    await expect.poll(() => listedCount(s.page)).toBe(kept.length);
    await expect
      .poll(() => renderedMarkerIds(s.page))
      .toEqual(kept.map((f) => f.properties.id).sort());
    await s.page.locator('.filter-panel summary').click();
    const release = s.page.locator('.filter-panel').getByRole('checkbox', { name: 'Release' });
    expect(await release.isChecked()).toBe(false);
  });

  test('"Only known to the day and town" keeps exactly those incidents', async () => {
    await s.page.goto(base);
    await waitForMap(s.page);
    await s.page.locator('.filter-panel summary').click();
    await s.page.getByRole('button', { name: 'Only known to the day and town' }).click();
    const kept = incidents.filter(
      (f) =>
        f.properties.date_precision === 'day' &&
        ['point', 'town'].includes(f.properties.place_precision),
    );
    await expect.poll(() => listedCount(s.page)).toBe(kept.length);
    expect(await s.page.evaluate(() => window.location.hash)).toContain('datePrecision=day');
  });

  test('a link naming an unknown category says so and shows the rest', async () => {
    await s.page.goto(`${base}#cat=attack,riot`);
    await waitForMap(s.page);
    await expect
      .poll(() => s.page.getByRole('alert').textContent())
      .toContain('cat=riot names no category');
    const attacks = incidents.filter((f) => f.properties.category === 'attack').length;
    expect(await listedCount(s.page)).toBe(attacks);
  });
});

describe.skipIf(!base)('filters at 100,000 synthetic incidents', () => {
  const N = 100_000;
  const FROM = '2018-10-01';
  const TO = '2018-12-31';
  const columns = generateSynthetic(N, 1);
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(`${base}?synthetic=${N}&seed=1#from=${FROM}&to=${TO}`);
    await s.page.waitForFunction(
      () => !!(window as unknown as { borderlines?: Hook }).borderlines?.large,
      null,
      { timeout: 60_000 },
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  test('unchecking Attack draws and lists exactly the brute-force count of the rest', async () => {
    const [f, t] = [isoToDay(FROM), isoToDay(TO)];
    const attack = CATEGORIES.indexOf('attack');
    let expected = 0;
    for (let i = 0; i < columns.count; i++) {
      if (columns.start[i]! <= t && columns.end[i]! >= f && columns.category[i] !== attack) {
        expected++;
      }
    }
    await s.page.locator('.legend summary').click();
    await s.page.getByRole('checkbox', { name: 'Attack or strike' }).first().uncheck();
    await expect.poll(() => listedCount(s.page)).toBe(expected);
    const drawn = await s.page.evaluate(() =>
      (window as unknown as { borderlines: Hook }).borderlines.large!.countDrawn(),
    );
    expect(drawn).toBe(expected);
    await snap(s.page, 'e2e-filters-100k');
    expect([s.errors, s.offsite]).toEqual([[], []]);
  });
});
