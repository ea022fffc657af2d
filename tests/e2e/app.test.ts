// The map, end to end, in headless Chromium against the production build and the data it ships
// (public/data): it draws, shows every incident, opens the excerpt and the article, restores deep
// links, works by keyboard alone, and never leaves loopback.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openBrowser, type Session } from './browser.ts';
import {
  articles,
  incidentById,
  incidents,
  pagePoint,
  renderedMarkerIds,
  sampleCanvas,
  snap,
  waitForMap,
} from './helpers.ts';

const baseUrl = inject('baseUrl');
const MIRJAVEH = incidentById('2018-mirjaveh-abduction');
const SARAVAN = incidentById('2024-pakistan-strikes-saravan');
/** The three incidents the data places on one spot, Islamabad. */
const ISLAMABAD = [
  '2024-agreement-to-defuse-tensions',
  '2024-ambassadors-return',
  '2024-islamabad-press-conference',
].map(incidentById);

/** Loads the app anew (not a same-document hash change) at `url` and waits for the map. */
async function fresh(session: Session, url: string): Promise<void> {
  await session.page.goto('about:blank');
  await session.page.goto(url);
  await waitForMap(session.page);
}

describe.skipIf(!baseUrl)('map app in Chromium', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(baseUrl);
    await waitForMap(s.page);
  });

  afterAll(async () => {
    await s?.close();
  });

  test('the map canvas draws the basemap and markers (not blank)', async () => {
    const sample = await sampleCanvas(s.page);
    await snap(s.page, 'e2e-first-view');
    expect(sample.colours).toBeGreaterThan(20);
    expect(sample.nonBackground).toBeGreaterThan(0.2);
  });

  test('the label font (Noto Sans) is bundled and loaded before labels render', async () => {
    const loaded = await s.page.evaluate(() =>
      [...document.fonts].some(
        (f) => f.family.replace(/["']/g, '') === 'Noto Sans' && f.status === 'loaded',
      ),
    );
    expect(loaded).toBe(true);
  });

  test('the first view shows one marker per incident and lists each once', async () => {
    const ids = incidents.map((f) => f.properties.id).sort();
    expect(await renderedMarkerIds(s.page)).toEqual(ids);
    expect(await s.page.locator('[role="listbox"] [role="option"]').count()).toBe(ids.length);
  });

  test('the three Islamabad incidents, drawn on one spot, carry a badge that reads 3', async () => {
    const badges = await s.page.evaluate(() => {
      const map = (
        window as unknown as {
          borderlines: {
            map: {
              queryRenderedFeatures(o: object): {
                properties: { count: number };
                geometry: { coordinates: [number, number] };
              }[];
            };
          };
        }
      ).borderlines.map;
      return map
        .queryRenderedFeatures({ layers: ['incident-stack-counts'] })
        .map((f) => ({ count: f.properties.count, at: f.geometry.coordinates }));
    });
    expect(badges).toHaveLength(1);
    expect(badges[0]!.count).toBe(3);
    // Geometry comes back quantised to the tile grid, hence two decimals.
    const [lon, lat] = ISLAMABAD[0]!.geometry.coordinates;
    expect(badges[0]!.at[0]).toBeCloseTo(lon!, 2);
    expect(badges[0]!.at[1]).toBeCloseTo(lat!, 2);
  });

  test('the first view leaves room for every marker and the label beside it', async () => {
    const box = await s.page.locator('.maplibregl-canvas').boundingBox();
    for (const f of incidents) {
      const at = await pagePoint(s.page, f.geometry.coordinates);
      expect(at.x - box!.x, f.properties.id).toBeGreaterThan(30);
      expect(box!.x + box!.width - at.x, f.properties.id).toBeGreaterThan(90);
      expect(at.y - box!.y, f.properties.id).toBeGreaterThan(30);
      expect(box!.y + box!.height - at.y, f.properties.id).toBeGreaterThan(30);
    }
  });

  test('clicking the Mirjaveh marker shows its excerpt and puts it in the hash', async () => {
    const at = await pagePoint(s.page, MIRJAVEH.geometry.coordinates);
    await s.page.mouse.click(at.x, at.y);
    const panel = s.page.locator('aside[aria-label="Selected incident"]');
    await panel.locator('blockquote').waitFor();
    expect(await panel.locator('blockquote').textContent()).toBe(MIRJAVEH.properties.excerpt);
    expect(await panel.locator('h2').textContent()).toBe(MIRJAVEH.properties.title);
    expect(await s.page.evaluate(() => location.hash)).toContain(
      `incident=${MIRJAVEH.properties.id}`,
    );
    await snap(s.page, 'e2e-mirjaveh-selected');
  });

  test('"Read in article" highlights the excerpt in a <mark> scrolled into view', async () => {
    await s.page.getByRole('button', { name: 'Read in article' }).click();
    const mark = s.page.locator('aside[aria-label="Selected incident"] mark');
    await mark.waitFor();
    const article = articles.find((a) => a.id === MIRJAVEH.properties.article)!;
    const { excerpt_start: start, excerpt_end: end } = MIRJAVEH.properties;
    expect(await mark.textContent()).toBe(article.text.slice(start!, end!));
    const visible = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const p = el.closest('aside')!.getBoundingClientRect();
      return r.top >= p.top && r.bottom <= p.bottom;
    });
    expect(visible).toBe(true);
    await snap(s.page, 'e2e-article-highlight');
  });

  test('markers on the same spot open a chooser that reaches each of them', async () => {
    await fresh(s, `${baseUrl}#`);
    const spot = ISLAMABAD[0]!.geometry.coordinates;
    expect(ISLAMABAD.map((f) => f.geometry.coordinates)).toEqual([spot, spot, spot]);
    const at = await pagePoint(s.page, spot);
    await s.page.mouse.click(at.x, at.y);
    const chooser = s.page.getByRole('dialog', { name: /incidents here/ });
    await chooser.waitFor();
    const options = chooser.locator('li button');
    const listed = await options.allTextContents();
    expect(listed).toHaveLength(ISLAMABAD.length);
    for (const f of ISLAMABAD) {
      expect(listed.filter((t) => t.includes(f.properties.title))).toHaveLength(1);
    }
    await snap(s.page, 'e2e-overlap-chooser');
    const chosen = ISLAMABAD[1]!;
    await options.filter({ hasText: chosen.properties.title }).click();
    expect(await s.page.locator('aside[aria-label="Selected incident"] h2').textContent()).toBe(
      chosen.properties.title,
    );
  });

  test('a deep link restores the view and the selection', async () => {
    await fresh(s, `${baseUrl}#map=7/27.5/62.2&incident=${SARAVAN.properties.id}`);
    const view = await s.page.evaluate(() => {
      const map = (
        window as unknown as {
          borderlines: { map: { getZoom(): number; getCenter(): { lng: number; lat: number } } };
        }
      ).borderlines.map;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(7, 1);
    expect(view.lat).toBeCloseTo(27.5, 1);
    expect(view.lng).toBeCloseTo(62.2, 1);
    expect(await s.page.locator('aside[aria-label="Selected incident"] h2').textContent()).toBe(
      SARAVAN.properties.title,
    );
    await snap(s.page, 'e2e-deep-link');
  });

  test('a malformed hash names each ignored part, and the app keeps working', async () => {
    await fresh(s, `${baseUrl}#map=99/abc/500&incident=&%E0%A4%A=1`);
    expect(await s.page.locator('aside[aria-label="Selected incident"]').count()).toBe(0);
    expect(await renderedMarkerIds(s.page)).toHaveLength(incidents.length);
    const banner = (await s.page.getByRole('alert').textContent()) ?? '';
    expect(banner).toContain('map=99/abc/500 was ignored');
    expect(banner).toContain('incident= was ignored');
    expect(banner).toContain('do not decode to text');
  });

  test('a link naming an incident the data lacks says so (regression: dropped silently)', async () => {
    await fresh(s, `${baseUrl}#incident=2031-no-such-incident`);
    await expect
      .poll(() => s.page.getByRole('alert').textContent())
      .toContain('incident=2031-no-such-incident was ignored: no incident in this dataset');
    expect(await s.page.locator('aside[aria-label="Selected incident"]').count()).toBe(0);
  });

  test('keyboard only: Tab into the list, arrow down, Enter selects', async () => {
    await fresh(s, `${baseUrl}#`);
    for (let i = 0; i < 10; i++) {
      await s.page.keyboard.press('Tab');
      const role = await s.page.evaluate(() => document.activeElement?.getAttribute('role'));
      if (role === 'listbox') break;
    }
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'listbox',
    );
    const second = await s.page.locator('[role="option"]').nth(1).getAttribute('id');
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Enter');
    const title = s.page.locator('aside[aria-label="Selected incident"] h2');
    await title.waitFor();
    const expected = await s.page.locator(`[id="${second}"] .title`).textContent();
    expect(await title.textContent()).toBe(expected);
    expect(await s.page.locator(`[id="${second}"]`).getAttribute('aria-selected')).toBe('true');
    await waitForMap(s.page);
    await snap(s.page, 'e2e-keyboard-selected');
  });

  test('hovering a list item rings its marker on the map', async () => {
    await fresh(s, `${baseUrl}#`);
    const first = s.page.locator('[role="option"]').first();
    const id = (await first.getAttribute('id'))!.replace('incident-option-', '');
    await first.hover();
    await s.page.waitForFunction(
      (want) => {
        const map = (
          window as unknown as {
            borderlines: {
              map: { queryRenderedFeatures(o: object): { properties: { id: string } }[] };
            };
          }
        ).borderlines.map;
        const hits = map.queryRenderedFeatures({ layers: ['incident-hover'] });
        return hits.length > 0 && hits.every((f) => f.properties.id === want);
      },
      id,
      { timeout: 10_000 },
    );
  });

  test('no request left loopback and no console errors', () => {
    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
