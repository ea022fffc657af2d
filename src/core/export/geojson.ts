// The incidents shown as an RFC 7946 GeoJSON FeatureCollection: one Point feature per incident
// with the same properties as `public/data/incidents.geojson` (src/core/types.ts), coordinates
// rounded to 5 decimals (about 1 m, finer than any place precision the data claims) and a `bbox`.
// Written in parts (chunks.ts) so that a million incidents never make one giant string. Pure.
import type { IncidentFeature } from '../types.ts';
import { chunkedParts, type ChunkOptions, type ExportSource } from './chunks.ts';

/** Decimal places kept in exported coordinates (1e-5° ≈ 1.1 m). */
export const COORDINATE_DECIMALS = 5;

const SCALE = 10 ** COORDINATE_DECIMALS;

/** A coordinate rounded to `COORDINATE_DECIMALS` places (and never `-0`). */
export function roundCoordinate(value: number): number {
  return Math.round(value * SCALE) / SCALE + 0;
}

/** The feature as exported: `id` from its properties, coordinates rounded, properties as they are. */
export function exportFeature(f: IncidentFeature): IncidentFeature {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  return {
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: [roundCoordinate(lon), roundCoordinate(lat)] },
    properties: p.origin_point
      ? {
          ...p,
          origin_point: [roundCoordinate(p.origin_point[0]), roundCoordinate(p.origin_point[1])],
        }
      : p,
  };
}

/** `[west, south, east, north]` growing over the points it is shown. */
export class BoundingBox {
  #w = Infinity;
  #s = Infinity;
  #e = -Infinity;
  #n = -Infinity;

  /** Takes in one point. */
  add(lon: number, lat: number): void {
    if (lon < this.#w) this.#w = lon;
    if (lon > this.#e) this.#e = lon;
    if (lat < this.#s) this.#s = lat;
    if (lat > this.#n) this.#n = lat;
  }

  /** The box, or null before any point. */
  value(): [number, number, number, number] | null {
    return this.#w <= this.#e ? [this.#w, this.#s, this.#e, this.#n] : null;
  }
}

/** The parts of an exported GeoJSON file and what they hold. */
export interface GeoJsonExport {
  /** Text parts; joined they are the file (UTF-8 JSON, one feature per line). */
  parts: string[];
  /** Features written. */
  count: number;
  /** `[west, south, east, north]` of the exported coordinates, or null when empty. */
  bbox: [number, number, number, number] | null;
}

/**
 * Writes the rows of `source` as a FeatureCollection. The `bbox` (of the rounded coordinates, so
 * it contains every point exactly) goes first; it is known once every row is written, and the
 * header is the last part made but the first in the file.
 */
export async function buildGeoJson(
  source: ExportSource,
  options: ChunkOptions = {},
): Promise<GeoJsonExport> {
  const box = new BoundingBox();
  const body = await chunkedParts(
    source,
    (f, row) => {
      const out = exportFeature(f);
      box.add(out.geometry.coordinates[0], out.geometry.coordinates[1]);
      return `${row === 0 ? '' : ',\n'}${JSON.stringify(out)}`;
    },
    options,
  );
  const bbox = box.value();
  const head = `{"type":"FeatureCollection",${bbox ? `"bbox":${JSON.stringify(bbox)},` : ''}"features":[\n`;
  return { parts: [head, ...body, '\n]}\n'], count: source.count, bbox };
}
