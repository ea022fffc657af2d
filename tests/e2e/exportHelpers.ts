// Steps of the export browser tests: running a menu export and capturing its download, and
// reading an exported PNG's pixels in the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Category } from '../../src/core/types.ts';
import { ARTIFACTS } from './helpers.ts';

/** A captured download: its suggested name and its bytes (also saved in tests/artifacts). */
export interface Downloaded {
  name: string;
  path: string;
  bytes: Buffer;
}

/** Opens the Share & export menu (if closed). */
export async function openShareMenu(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Share & export' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Clicks an export button of the menu and returns the file it downloads. */
export async function exportFile(page: Page, button: string, tag: string): Promise<Downloaded> {
  await openShareMenu(page);
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button, exact: true }).click();
  const d = await download;
  const path = resolve(ARTIFACTS, `e2e-export-${tag}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  await page.waitForFunction(
    () => document.querySelector('.export-status')?.textContent?.startsWith('Saved'),
    null,
    { timeout: 30_000 },
  );
  return { name: d.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** Okabe–Ito colours of the categories, as the legend draws them (src/map/legend.ts). */
export const CATEGORY_RGB: Readonly<Record<Category, readonly [number, number, number]>> = {
  attack: [0xd5, 0x5e, 0x00],
  abduction: [0xcc, 0x79, 0xa7],
  release: [0x00, 0x9e, 0x73],
  diplomacy: [0x00, 0x72, 0xb2],
  statement: [0xe6, 0x9f, 0x00],
  protest: [0x56, 0xb4, 0xe9],
};

/** The basemap's place names and town dots (src/map/style.ts, `label`). */
export const LABEL_RGB = [0x3d, 0x3a, 0x33] as const;

/** What the tests read from an image: its size and, per band of rows, colours found. */
export interface ImageStats {
  width: number;
  height: number;
  /** Distinct colours in the whole image (sampled). */
  colours: number;
  /** Per band: distinct colours, and pixels within a small distance of each category colour. */
  bands: { colours: number; near: Record<string, number> }[];
}

/**
 * Decodes a PNG in the page and measures rows [from, to) fractions of its height for each band.
 * Colours within 12 (per channel) of a category colour (or of the names' colour, `label`) count
 * as that colour.
 */
export function imageStats(
  page: Page,
  png: Buffer,
  bands: [from: number, to: number][],
): Promise<ImageStats> {
  return page.evaluate(
    async ({ base64, bands, targets }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const measure = (y0: number, y1: number, step: number) => {
        const colours = new Set<number>();
        const near: Record<string, number> = Object.fromEntries(
          Object.keys(targets).map((k) => [k, 0]),
        );
        for (let y = y0; y < y1; y++) {
          for (let x = 0; x < canvas.width; x += step) {
            const i = (y * canvas.width + x) * 4;
            const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
            colours.add((r << 16) | (g << 8) | b);
            for (const [k, [tr, tg, tb]] of Object.entries(targets)) {
              if (Math.abs(r - tr) <= 12 && Math.abs(g - tg) <= 12 && Math.abs(b - tb) <= 12)
                near[k]!++;
            }
          }
        }
        return { colours: colours.size, near };
      };
      return {
        width: canvas.width,
        height: canvas.height,
        colours: measure(0, canvas.height, 7).colours,
        bands: bands.map(([a, b]) =>
          measure(Math.floor(a * canvas.height), Math.floor(b * canvas.height), 1),
        ),
      };
    },
    { base64: png.toString('base64'), bands, targets: { ...CATEGORY_RGB, label: LABEL_RGB } },
  );
}
