// The offline basemap in headless Chromium, on the production build and the data it ships: the
// world outside the region is drawn, and the first view keeps the towns' labels clear of the map's
// edges (the time control below it) on a wide screen, a laptop and a phone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openBrowser, type Session } from './browser.ts';
import { snap, waitForMap, type MapHandle } from './helpers.ts';

const baseUrl = inject('baseUrl');

/** The reference towns the basemap labels (public/data/places.geojson). */
const places = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/data/places.geojson'), 'utf8'),
  ) as { features: { properties: { name: string }; geometry: { coordinates: [number, number] } }[] }
).features;

/**
 * CSS px a town's dot must keep from a map edge it is near, inside or out, so that its label
 * (12 px text, beside the dot or 0.6 em under it) is not cut by the edge.
 */
const LABEL_ROOM = 30;

/** Where each town's dot is, relative to the map canvas (CSS px), and the canvas size. */
function townPositions(
  session: Session,
): Promise<{ width: number; height: number; towns: { name: string; x: number; y: number }[] }> {
  return session.page.evaluate(
    (list) => {
      const map = (window as unknown as { borderlines: { map: MapHandle } }).borderlines.map;
      const canvas = map.getCanvas();
      return {
        width: canvas.clientWidth,
        height: canvas.clientHeight,
        towns: list.map(({ name, at }) => ({ name, ...map.project(at) })),
      };
    },
    places.map((p) => ({ name: p.properties.name, at: p.geometry.coordinates })),
  );
}

describe.skipIf(!baseUrl).each([
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])('the first view at $width×$height', (viewport) => {
  let s: Session;

  beforeAll(async () => {
    s = await openBrowser(viewport);
    await s.page.goto(baseUrl);
    await waitForMap(s.page);
  });

  afterAll(async () => {
    await s?.close();
  });

  test('no town label straddles the top or bottom edge of the map', async () => {
    await snap(s.page, `basemap-first-view-${viewport.width}x${viewport.height}`);
    const { width, height, towns } = await townPositions(s);
    const cut = towns.filter(
      ({ x, y }) =>
        x > -LABEL_ROOM &&
        x < width + LABEL_ROOM &&
        (Math.abs(y) < LABEL_ROOM || Math.abs(height - y) < LABEL_ROOM),
    );
    expect(cut).toEqual([]);
  });

  test('requests nothing beyond its own host and logs no error', () => {
    expect(s.offsite).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

describe.skipIf(!baseUrl)('the world outside the region', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(`${baseUrl}#map=1.2/15/0`);
    await waitForMap(s.page);
  });

  afterAll(async () => {
    await s?.close();
  });

  test('is drawn as land with its countries on every continent', async () => {
    await snap(s.page, 'basemap-world');
    const at: [string, [number, number]][] = [
      ['Brazil', [-50, -10]],
      ['United States of America', [-100, 40]],
      ['Nigeria', [8, 9]],
      ['Germany', [10, 51]],
      ['Australia', [134, -25]],
    ];
    const found = await s.page.evaluate((points) => {
      const map = (
        window as unknown as {
          borderlines: {
            map: MapHandle & {
              queryRenderedFeatures(
                p: { x: number; y: number },
                o: { layers: string[] },
              ): { properties: { name: string } }[];
            };
          };
        }
      ).borderlines.map;
      return points.map(([, ll]) =>
        map
          .queryRenderedFeatures(map.project(ll), { layers: ['land'] })
          .map((f) => f.properties.name),
      );
    }, at);
    expect(found).toEqual(at.map(([name]) => [name]));
    expect(s.offsite).toEqual([]);
  });

  test('is drawn on an opaque canvas, the sea in its own colour (not black) where no land is', async () => {
    // Opaque, the compositor skips the page under the map each frame (src/map/opaqueCanvas.ts).
    const alpha = await s.page.evaluate(
      () =>
        document
          .querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!
          .getContext('webgl2')!
          .getContextAttributes()!.alpha,
    );
    expect(alpha).toBe(false);
    // The mid-Atlantic, read back from the page as shown (a 2D copy of a screenshot's pixel).
    const rgb = await s.page.evaluate(
      async (png) => {
        const image = await createImageBitmap(
          await (await fetch(`data:image/png;base64,${png}`)).blob(),
        );
        const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      },
      await seaPixel(s),
    );
    expect(rgb).toEqual([0xc9, 0xdb, 0xe6]);
  });
});

/** A 1-pixel PNG screenshot, base64, of the map at lon -30, lat 0 (open sea). */
async function seaPixel(s: Session): Promise<string> {
  const p = await s.page.evaluate(() => {
    const map = (window as unknown as { borderlines: { map: MapHandle } }).borderlines.map;
    const at = map.project([-30, 0]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: Math.round(box.left + at.x), y: Math.round(box.top + at.y) };
  });
  const png = await s.page.screenshot({ clip: { x: p.x, y: p.y, width: 1, height: 1 } });
  return png.toString('base64');
}
