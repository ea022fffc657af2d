// Export, share, embed and print in Chromium, against the production build, on the seed data and
// on 100,000 synthetic incidents, each with a time window and a category filter in the link:
// the GeoJSON download validates and holds exactly the incidents shown; the CSV download loads
// back through "Load data…" with the same incidents; the PNG at 1× and 2× has the map (with the
// GPU overlay for large data) and the legend; "Copy link" puts the link on the clipboard (and
// shows it selected when the clipboard is refused); `?embed` renders in an <iframe> of a page
// served from another loopback port; printing shows the report instead of the app.
import { getIssues } from '@placemarkio/check-geojson';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { exportFeature } from '../../src/core/export/geojson.ts';
import { CATEGORIES, type IncidentCollection, type IncidentFeature } from '../../src/core/types.ts';
import { CASES, overlaps } from './exportCases.ts';
import { openBrowser, type Session } from './browser.ts';
import { exportFile, imageStats, openShareMenu } from './exportHelpers.ts';
import { serve } from './global-setup.ts';
import { ARTIFACTS, snap } from './helpers.ts';

/** What the page's test hook (`window.borderlines`) gives these tests. */
interface Hook {
  borderlines: {
    map: { getCanvas(): HTMLCanvasElement };
    app: { dataset: { features(): IncidentFeature[] } };
  };
}

const base = inject('baseUrl');

describe.skipIf(!base).each(CASES)('export, share, embed and print: $name', (c) => {
  let s: Session;
  const link = `${base}${c.query}#from=${c.from}&to=${c.to}&cat=attack`;
  const shown = c
    .all()
    .filter((f) => f.properties.category === 'attack' && overlaps(f, c.from, c.to));
  const shownIds = shown.map((f) => f.properties.id).sort();
  const tag = c.query ? 'synthetic' : 'seed';

  async function load(url = link): Promise<void> {
    await s.page.goto(url);
    await s.page.waitForFunction(
      `(() => { const b = window.borderlines; return !!(b && ${c.ready}); })()`,
      null,
      { timeout: 60_000 },
    );
  }

  beforeAll(async () => {
    s = await openBrowser();
    await load();
  });

  afterAll(async () => {
    await s?.close();
  });

  test('the link shows some but not all incidents', () => {
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(c.all().length);
  });

  test('the GeoJSON download validates and holds exactly the incidents shown', async () => {
    const file = await exportFile(s.page, 'GeoJSON', tag);
    const hash = await s.page.evaluate(() => window.location.hash);
    const to = /to=([\d-]+)/.exec(hash)![1];
    expect(file.name).toBe(`borderlines-${c.from}_${to}.geojson`);
    const text = file.bytes.toString('utf8');
    expect(getIssues(text)).toEqual([]);
    const json = JSON.parse(text) as IncidentCollection & { bbox: number[] };
    expect(json.features.map((f) => f.properties.id).sort()).toEqual(shownIds);
    const byId = new Map(shown.map((f) => [f.properties.id, exportFeature(f)]));
    for (const f of json.features) expect(f).toEqual(byId.get(f.properties.id));
    const [w, so, e, n] = json.bbox as [number, number, number, number];
    for (const f of json.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon >= w && lon <= e && lat >= so && lat <= n).toBe(true);
    }
  });

  test('the PNG at 1× and 2× has the map and the legend drawn in', async () => {
    const mapWidth = await s.page.evaluate(
      () => (window as unknown as Hook).borderlines.map.getCanvas().clientWidth,
    );
    const bands: [number, number][] = [
      [0.15, 0.8],
      [0.88, 1],
    ];
    const one = await imageStats(s.page, (await exportFile(s.page, 'PNG', tag)).bytes, bands);
    const two = await imageStats(s.page, (await exportFile(s.page, 'PNG 2×', tag)).bytes, bands);
    expect(one.width).toBe(mapWidth);
    expect(two.width).toBe(2 * mapWidth);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);
    for (const img of [one, two]) {
      const [map, footer] = img.bands as [ImageBand, ImageBand];
      expect(img.colours).toBeGreaterThan(50);
      expect(map.colours).toBeGreaterThan(30);
      // Attack markers (or the GPU layer's discs) are drawn on the map…
      expect(map.near.attack).toBeGreaterThan(20);
      // …and only the legend, in the footer, has the other categories' colours (filtered out).
      for (const k of CATEGORIES.filter((c) => c !== 'attack')) {
        expect(map.near[k]).toBe(0);
        expect(footer.near[k]).toBeGreaterThan(10);
      }
    }
  });

  test("the PNG has the basemap's names, drawn above the GPU layer for large data", async () => {
    // Regression: with a large dataset the names are DOM text above the overlay and the map's
    // own label layers are transparent, so the image had no names at all.
    const png = await exportFile(s.page, 'PNG', `${tag}-names`);
    const [map] = (await imageStats(s.page, png.bytes, [[0.15, 0.8]])).bands as [ImageBand];
    expect(map.near.label).toBeGreaterThan(200);
  });

  test('Copy link puts the link on the clipboard, with a visible confirmation', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(base).origin,
    });
    await openShareMenu(s.page);
    await s.page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => s.page.locator('#share-menu [role="status"]').first().textContent())
      .toBe('Link copied to the clipboard.');
    const copied = await s.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await s.page.evaluate(() => window.location.href));
    expect(copied).toContain(`from=${c.from}`);
    expect(copied).toContain('cat=attack');
    expect(copied).toContain(c.query);
    await snap(s.page, `e2e-export-menu-${tag}`);
  });

  test('a refused clipboard shows the link selected instead', async () => {
    await s.page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
    });
    await openShareMenu(s.page);
    await s.page.getByRole('button', { name: 'Copy link' }).click();
    const input = s.page.locator('#share-menu input.fallback');
    await expect.poll(() => input.isVisible()).toBe(true);
    const state = await input.evaluate((el: HTMLInputElement) => ({
      value: el.value,
      focused: document.activeElement === el,
      selected: el.selectionStart === 0 && el.selectionEnd === el.value.length,
    }));
    expect(state).toEqual({
      value: await s.page.evaluate(() => window.location.href),
      focused: true,
      selected: true,
    });
  });

  test('Embed shows an iframe snippet of the current view', async () => {
    await openShareMenu(s.page);
    await s.page.getByRole('button', { name: 'Embed…' }).click();
    const snippet = await s.page.locator('#share-menu textarea').inputValue();
    const href = await s.page.evaluate(() => window.location.href);
    const [page, hash] = href.split('#') as [string, string];
    const src = `${page}${c.query ? '&' : '?'}embed#${hash}`.replace(/&/g, '&amp;');
    expect(snippet).toBe(
      `<iframe src="${src}" width="800" height="600" title="Borderlines: ${
        c.query ? '100,000 synthetic incidents (seed 1)' : 'incidents on the Iran–Pakistan border'
      }" loading="lazy" style="border:0"></iframe>`,
    );
  });

  test('?embed renders in an iframe served from another port, linking back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borderlines-host-'));
    const frameHash = `#from=${c.from}&to=${c.to}&cat=attack&incident=${shownIds[0]}`;
    const src = `${base}${c.query}${c.query ? '&' : '?'}embed${frameHash}`;
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><meta charset="utf-8"><title>Host page</title><h1>A page that embeds Borderlines</h1>` +
        `<iframe src="${src.replace(/&/g, '&amp;')}" width="900" height="620" title="Borderlines" style="border:0"></iframe>`,
    );
    const host = await serve(dir);
    const page = await s.context.newPage();
    try {
      expect(new URL(host.url).port).not.toBe(new URL(base).port);
      await page.goto(host.url);
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      await frame.waitForFunction(
        `(() => { const b = window.borderlines; return !!(b && ${c.ready}); })()`,
        null,
        { timeout: 60_000 },
      );
      expect(await frame.locator('header.top').count()).toBe(0);
      expect(await frame.getByRole('button', { name: 'Load data…' }).count()).toBe(0);
      expect(await frame.getByRole('button', { name: 'Share & export' }).count()).toBe(0);
      expect(await frame.locator('.map canvas').first().isVisible()).toBe(true);
      expect(await frame.getByRole('button', { name: /Next/ }).isVisible()).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, `e2e-export-embed-${tag}.png`) });
      // The list starts folded (the frame keeps its map) and unfolds from the bar.
      expect(await frame.locator('#incident-sidebar').isVisible()).toBe(false);
      await frame.getByRole('button', { name: /^Incidents \(/ }).click();
      await expect
        .poll(() => frame.locator('.list-count').textContent())
        .toContain(`${shown.length.toLocaleString('en')} incident`);
      await expect
        .poll(() => frame.locator('.panel-wrap h2').textContent())
        .toBe(shown.find((f) => f.properties.id === shownIds[0])!.properties.title);
      // The link back is the frame's own link without `?embed` (brought up to date on hover).
      const open = frame.getByRole('link', { name: /Open in Borderlines/ });
      await open.hover();
      const here = await frame.evaluate(() => window.location.href);
      expect(here).toContain('embed');
      expect(await open.getAttribute('href')).toBe(here.replace(/[?&]embed(?=#)/, ''));
      expect(await open.getAttribute('href')).toContain(`incident=${shownIds[0]}`);
      expect(await open.getAttribute('target')).toBe('_blank');
      await page.screenshot({ path: join(ARTIFACTS, `e2e-export-embed-list-${tag}.png`) });
    } finally {
      await page.close();
      await new Promise((ok) => host.server.close(ok));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('printing shows the map image, the window and the incidents with excerpts', async () => {
    await load();
    await s.page.emulateMedia({ media: 'print' });
    try {
      const report = s.page.locator('.print-report');
      await expect.poll(() => report.isVisible()).toBe(true);
      expect(await s.page.locator('.app').isVisible()).toBe(false);
      const text = (await report.textContent()) ?? '';
      expect(text).toContain(`${c.from} – `);
      expect(text).toContain('Filters: category attack');
      const listed = await s.page.locator('.print-list > li').count();
      expect(listed).toBe(Math.min(shown.length, 500));
      const first = shown.find((f) => f.properties.id === shownIds[0])!;
      expect(text).toContain(first.properties.excerpt);
      const image = await s.page
        .locator('canvas.print-map')
        .evaluate((cv: HTMLCanvasElement) => cv.toDataURL('image/png'));
      const png = Buffer.from(image.split(',')[1]!, 'base64');
      const stats = await imageStats(s.page, png, [[0.15, 0.8]]);
      expect(stats.bands[0]!.near.attack).toBeGreaterThan(20);
      await s.page.screenshot({ path: join(ARTIFACTS, `e2e-export-print-${tag}.png`) });
      await s.page.pdf({ path: join(ARTIFACTS, `e2e-export-print-${tag}.pdf`) });
    } finally {
      await s.page.emulateMedia({ media: 'screen' });
    }
  });

  test('the CSV download loads back through "Load data…" with the same incidents', async () => {
    const file = await exportFile(s.page, 'CSV', tag);
    expect(file.name).toMatch(new RegExp(`^borderlines-${c.from}_[\\d-]+\\.csv$`));
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('button', { name: 'Load data…' }).click();
    await s.page.locator('#dataset-menu input[type="file"]').setInputFiles(file.path);
    await expect
      .poll(() => s.page.locator('header .dataset').textContent(), { timeout: 30_000 })
      .toContain(file.name);
    await expect
      .poll(() => s.page.locator('.list-count').textContent())
      .toMatch(new RegExp(`^${shown.length.toLocaleString('en')} incidents? in the time window`));
    expect(await s.page.locator('#dataset-menu .problems li').count()).toBe(0);
    const loaded = await s.page.evaluate(() =>
      (window as unknown as Hook).borderlines.app.dataset.features(),
    );
    const byId = (a: IncidentFeature, b: IncidentFeature) =>
      a.properties.id < b.properties.id ? -1 : 1;
    expect(loaded.sort(byId)).toEqual(shown.map(exportFeature).sort(byId));
  });

  test('nothing left loopback and no console errors', () => {
    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

/** One band of `ImageStats`. */
type ImageBand = { colours: number; near: Record<string, number> };
