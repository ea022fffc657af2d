// Shared steps of the browser tests: the data the build ships, waiting for the map, reading what it
// drew, screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Article, IncidentCollection, IncidentFeature } from '../../src/core/types.ts';

/** The committed data (public/data), which the production build serves as data/. */
const DATA = resolve(import.meta.dirname, '../../public/data');

/** The incidents the build serves, in file order. */
export const incidents = (
  JSON.parse(readFileSync(resolve(DATA, 'incidents.geojson'), 'utf8')) as IncidentCollection
).features;

/** The articles the build serves. */
export const articles = JSON.parse(
  readFileSync(resolve(DATA, 'articles.json'), 'utf8'),
) as Article[];

/** One served incident by id; throws when the data has no such incident. */
export function incidentById(id: string): IncidentFeature {
  const f = incidents.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no incident ${id} in public/data/incidents.geojson`);
  return f;
}

/** Where screenshots go (gitignored). */
export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** Saves a screenshot of the page as tests/artifacts/<name>.png. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

/** Waits until the map has loaded its style, the data and the incident markers are drawn. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { borderlines?: { map: MapHandle | null } }).borderlines;
      const map = b?.map;
      return !!map && map.loaded() && map.getLayer('incident-markers') && !map.isMoving();
    },
    null,
    { timeout: 30_000 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const map = (window as unknown as { borderlines: { map: MapHandle } }).borderlines.map;
        if (map.loaded() && map.areTilesLoaded()) ok();
        else map.once('idle', () => ok());
      }),
  );
}

/** The subset of the MapLibre map API the tests use in the page. */
export interface MapHandle {
  loaded(): boolean;
  isMoving(): boolean;
  areTilesLoaded(): boolean;
  getLayer(id: string): unknown;
  once(event: string, fn: () => void): void;
  triggerRepaint(): void;
  getCanvas(): HTMLCanvasElement;
  getZoom(): number;
  getCenter(): { lng: number; lat: number };
  project(lngLat: [number, number]): { x: number; y: number };
  queryRenderedFeatures(options: { layers: string[] }): { properties: { id: string } }[];
}

/** Ids of the incident markers the map has drawn (each once). */
export function renderedMarkerIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as unknown as { borderlines: { map: MapHandle } }).borderlines.map;
    const ids = map
      .queryRenderedFeatures({ layers: ['incident-markers'] })
      .map((f) => f.properties.id);
    return [...new Set(ids)].sort();
  });
}

/** Page coordinates of a point on the map. */
export async function pagePoint(
  page: Page,
  lngLat: [number, number],
): Promise<{ x: number; y: number }> {
  const local = await page.evaluate((ll) => {
    const map = (window as unknown as { borderlines: { map: MapHandle } }).borderlines.map;
    const p = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: p.x + r.left, y: p.y + r.top };
  }, lngLat);
  return local;
}

/**
 * Samples the map canvas right after a frame is drawn: how many distinct colours, and the share of
 * pixels that differ from the top-left one (the sea).
 */
export function sampleCanvas(page: Page): Promise<{ colours: number; nonBackground: number }> {
  return page.evaluate(
    () =>
      new Promise<{ colours: number; nonBackground: number }>((ok) => {
        const map = (window as unknown as { borderlines: { map: MapHandle } }).borderlines.map;
        map.once('render', () => {
          const src = map.getCanvas();
          const c = document.createElement('canvas');
          c.width = src.width;
          c.height = src.height;
          const ctx = c.getContext('2d')!;
          ctx.drawImage(src, 0, 0);
          const data = ctx.getImageData(0, 0, c.width, c.height).data;
          const colours = new Set<number>();
          const bg = (data[0]! << 16) | (data[1]! << 8) | data[2]!;
          let differ = 0;
          let n = 0;
          for (let i = 0; i < data.length; i += 4 * 97) {
            const v = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
            colours.add(v);
            if (v !== bg) differ++;
            n++;
          }
          ok({ colours: colours.size, nonBackground: differ / n });
        });
        map.triggerRepaint();
      }),
  );
}

/**
 * Click the time control's "Next ›" and wait until the hash's window has moved off `previousTo`;
 * returns the new window's ISO `from` and `to`.
 */
export async function nextWindow(
  page: Page,
  previousTo: string,
): Promise<{ from: string; to: string }> {
  await page.getByRole('button', { name: /Next/ }).click();
  await page.waitForFunction(
    (to) => !window.location.hash.includes(`to=${to}`) && /to=\d/.test(window.location.hash),
    previousTo,
  );
  const hash = await page.evaluate(() => window.location.hash);
  return { from: /from=([\d-]+)/.exec(hash)![1]!, to: /to=([\d-]+)/.exec(hash)![1]! };
}
