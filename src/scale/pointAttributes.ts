// The large layer's per-incident GPU attributes, built once from sorted columns: positions as
// Web Mercator offsets from the data's centre and days from the dataset's first day (32-bit floats
// stay exact), colours and sizes by category and place precision, and the long incidents kept
// apart (core/longIncidents.ts) so a window's candidates stay narrow.
import type { IncidentColumns } from '../core/binaryLayout.ts';
import { sharedLongIndex, type LongIndex } from '../core/longIncidents.ts';
import { CATEGORY_STYLES, DISC_ALPHA_BY_PLACE, DISC_SIZE_BY_PLACE } from '../map/legend.ts';
import { CATEGORIES, PLACE_PRECISIONS } from '../core/types.ts';

/** Marker diameter in CSS pixels per place precision (the legend's `DISC_SIZE_BY_PLACE`). */
export const SIZE_BY_PLACE = DISC_SIZE_BY_PLACE;
/** Fill alpha per place precision, 0..1 (the legend's `DISC_ALPHA_BY_PLACE`). */
const ALPHA_BY_PLACE = DISC_ALPHA_BY_PLACE;
/** Web Mercator x in 0..1 (as MercatorCoordinate.fromLngLat, without allocating). */
export const mercatorX = (lon: number): number => (180 + lon) / 360;
/** Web Mercator y in 0..1 (as MercatorCoordinate.fromLngLat, without allocating). */
export const mercatorY = (lat: number): number =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

/** Per-incident GPU attributes, built once from sorted columns. */
export interface PointAttributes {
  /** Number of incidents. */
  count: number;
  /** Web Mercator origin (0..1) the positions are relative to: the centre of the data's extent. */
  originX: number;
  originY: number;
  /** Mercator x, y minus the origin, two per incident. */
  position: Float32Array;
  /** Start and end day minus the dataset's first day, two per incident. */
  days: Float32Array;
  /** RGBA 0..255 per incident (alpha by place precision). */
  colors: Uint8Array;
  /** Diameter in CSS pixels per incident. */
  sizes: Float32Array;
  /** Longest `end - start` in days, for the window's candidate range. */
  maxDuration: number;
  /** The incidents lasting more than a bound, listed apart (see longIncidents.ts). */
  longIndex: LongIndex;
}

function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Builds the GPU attributes of `cols` (O(n), allocation of five typed arrays). */
export function pointAttributes(cols: IncidentColumns): PointAttributes {
  const n = cols.count;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const x = mercatorX(cols.lon[i]!);
    const y = mercatorY(cols.lat[i]!);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const originX = n ? (minX + maxX) / 2 : 0.5;
  const originY = n ? (minY + maxY) / 2 : 0.5;
  const position = new Float32Array(2 * n);
  const days = new Float32Array(2 * n);
  const colors = new Uint8Array(4 * n);
  const sizes = new Float32Array(n);
  const palette = CATEGORIES.map((c) => rgb(CATEGORY_STYLES[c].color));
  const long = sharedLongIndex(cols.start, cols.end); // the time store's, when it has one
  const alphas = ALPHA_BY_PLACE.map((a) => Math.round(a * 255));
  for (let i = 0; i < n; i++) {
    position[2 * i] = mercatorX(cols.lon[i]!) - originX;
    position[2 * i + 1] = mercatorY(cols.lat[i]!) - originY;
    days[2 * i] = cols.start[i]! - cols.originDay;
    days[2 * i + 1] = cols.end[i]! - cols.originDay;
    const [r, g, b] = palette[cols.category[i]!] ?? [0, 0, 0];
    const place = Math.min(cols.placePrecision[i]!, PLACE_PRECISIONS.length - 1);
    colors.set([r, g, b, alphas[place]!], 4 * i);
    sizes[i] = SIZE_BY_PLACE[place]!;
  }
  return {
    count: n,
    originX,
    originY,
    position,
    days,
    colors,
    sizes,
    maxDuration: long.maxDuration,
    longIndex: long,
  };
}
