// The map view as an image: the MapLibre canvas and, for large datasets, the GPU overlay canvas
// and the basemap's names (mapLabels.ts) stacked over it, composited on a 2D canvas with a header (title, dataset, time window) and a
// footer (legend, precision key, filters, attribution) laid out by src/core/export/imageLayout.ts.
// Both WebGL canvases are created without `preserveDrawingBuffer`, so they are redrawn and read in
// the same task (`map.redraw()`, `overlay.drawNow()`).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Caption } from '../core/export/caption.ts';
import {
  IMAGE_FONTS,
  layoutImage,
  type ImageLayout,
  type PlacedSwatch,
} from '../core/export/imageLayout.ts';
import { CATEGORIES } from '../core/types.ts';
import { markerImage } from '../map/icons.ts';
import { CATEGORY_STYLES } from '../map/legend.ts';
import type { LargeLayer } from '../scale/overlayLayer.ts';
import { drawMapLabels } from './mapLabels.ts';

/** What a map image shows. */
export interface MapImageInput {
  map: MapLibreMap;
  /** The large-dataset overlay while one is drawn, else null. */
  overlay: LargeLayer | null;
  caption: Caption;
}

/** Largest side of an exported image in device pixels (MapLibre's default canvas limit). */
export const MAX_IMAGE_SIDE = 4096;

const PRECISION_KEY = {
  markers:
    'Solid marker: town or exact point. Hollow, dashed marker: the place is known only to its county, province or country. Dashed circle: uncertainty radius.',
  discs:
    'Small disc: town or exact point. Larger, paler disc: the place is known only to its county, province or country.',
};

const LABELS = Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_STYLES[c].label])) as Record<
  (typeof CATEGORIES)[number],
  string
>;

/**
 * The map's size in CSS pixels. MapLibre writes it into the canvas's style, which stays right
 * while print styles hide the page (the canvas's client size is then 0).
 */
function mapCssSize(map: MapLibreMap): { width: number; height: number } {
  const canvas = map.getCanvas();
  return {
    width: parseFloat(canvas.style.width) || canvas.clientWidth,
    height: parseFloat(canvas.style.height) || canvas.clientHeight,
  };
}

/** The layout of the image of `input` (CSS pixels), measured with the canvas's fonts. */
export function mapImageLayout(input: MapImageInput): ImageLayout {
  const { width, height } = mapCssSize(input.map);
  const ctx = document.createElement('canvas').getContext('2d')!;
  return layoutImage(
    width,
    height,
    {
      caption: input.caption,
      labels: LABELS,
      precisionKey: input.overlay ? PRECISION_KEY.discs : PRECISION_KEY.markers,
    },
    (text, style) => {
      ctx.font = IMAGE_FONTS[style];
      return ctx.measureText(text).width;
    },
  );
}

/** Draws one legend symbol: the map's marker (small datasets) or the overlay's disc. */
function drawSwatch(ctx: CanvasRenderingContext2D, s: PlacedSwatch, discs: boolean): void {
  const style = CATEGORY_STYLES[s.category];
  if (discs) {
    ctx.beginPath();
    ctx.arc(s.x + s.size / 2, s.y + s.size / 2, s.size * 0.32, 0, 2 * Math.PI);
    ctx.fillStyle = style.color;
    ctx.fill();
    return;
  }
  const icon = markerImage(style.shape, style.color, false);
  const tile = document.createElement('canvas');
  tile.width = icon.width;
  tile.height = icon.height;
  tile
    .getContext('2d')!
    .putImageData(new ImageData(new Uint8ClampedArray(icon.data), icon.width, icon.height), 0, 0);
  // The icon has a margin around its shape; draw it a little larger than the swatch square.
  const grow = s.size * 0.3;
  ctx.drawImage(tile, s.x - grow, s.y - grow, s.size + 2 * grow, s.size + 2 * grow);
}

/**
 * Composites the image at `ratio` device pixels per CSS pixel, synchronously: redraws the map
 * (and the overlay) and reads them in this task. The map's canvas should already be at `ratio`
 * (`map.setPixelRatio`) for a sharp result; it is scaled to fit otherwise.
 */
export function drawMapImage(input: MapImageInput, ratio: number): HTMLCanvasElement {
  const layout = mapImageLayout(input);
  const out = document.createElement('canvas');
  out.width = Math.round(layout.width * ratio);
  out.height = Math.round(layout.height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image (no 2D canvas).');
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const m = layout.map;
  input.map.redraw();
  ctx.drawImage(input.map.getCanvas(), m.x, m.y, m.width, m.height);
  const overlay = input.overlay?.drawNow();
  if (overlay) ctx.drawImage(overlay, m.x, m.y, m.width, m.height);
  // Above the overlay, as on screen: the names the map hides for it (none otherwise).
  drawMapLabels(ctx, input.map, m, m.width / Math.max(1, mapCssSize(input.map).width));
  ctx.strokeStyle = '#ddd8cc';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, m.y - 0.5);
  ctx.lineTo(layout.width, m.y - 0.5);
  ctx.moveTo(0, layout.footerTop + 0.5);
  ctx.lineTo(layout.width, layout.footerTop + 0.5);
  ctx.stroke();
  for (const s of layout.swatches) drawSwatch(ctx, s, !!input.overlay);
  ctx.textBaseline = 'alphabetic';
  for (const t of layout.texts) {
    ctx.font = IMAGE_FONTS[t.style];
    ctx.fillStyle = t.style === 'small' ? '#555555' : '#222222';
    ctx.fillText(t.text, t.x, t.y);
  }
  return out;
}

/** Waits until the map has drawn everything it is loading (or `timeoutMs` passed). */
function whenIdle(map: MapLibreMap, timeoutMs = 8000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function done(): void {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    }
    map.on('idle', done);
    map.triggerRepaint();
  });
}

/**
 * The pixel ratio of an export at `scale` times the screen's (`devicePixelRatio`), lowered so
 * that no side of the image exceeds `MAX_IMAGE_SIDE`.
 */
export function exportRatio(scale: number, width: number, height: number): number {
  const wanted = (window.devicePixelRatio || 1) * scale;
  return Math.min(wanted, MAX_IMAGE_SIDE / Math.max(1, width, height));
}

/**
 * The map image as a PNG at `scale` times the screen's resolution. The map is redrawn at that
 * pixel ratio for the capture (a moment, while the page waits), then returns to the screen's.
 */
export async function mapPng(
  input: MapImageInput,
  scale: number,
): Promise<{ blob: Blob; width: number; height: number }> {
  const { map } = input;
  const layout = mapImageLayout(input);
  const ratio = exportRatio(scale, layout.width, layout.height);
  const changed = Math.abs(map.getPixelRatio() - ratio) > 1e-6;
  try {
    if (changed) map.setPixelRatio(ratio);
    await whenIdle(map);
    const canvas = drawMapImage(input, ratio);
    const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
    if (!blob) throw new Error('The browser could not encode the PNG.');
    return { blob, width: canvas.width, height: canvas.height };
  } finally {
    // Back to following the screen's devicePixelRatio (MapLibre's default, `null`).
    if (changed) map.setPixelRatio(null as unknown as number);
  }
}
