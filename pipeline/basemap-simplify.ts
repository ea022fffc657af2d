// Simplification of the basemap's one topology by detail zone: fine around the Iran–Pakistan
// border and the three focus countries' outlines, coarser in the region, low detail elsewhere
// (topojson-simplify's Visvalingam weights, then each vertex rounded once to its zone's decimals).
import { feature } from 'topojson-client';
import { filter, planarRingArea, presimplify, type Ring } from 'topojson-simplify';
import type { Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** How much detail the basemap keeps in a box: the first zone containing a vertex applies. */
export interface DetailZone {
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  /** Smallest Visvalingam triangle area (square degrees) a vertex needs to be kept. */
  minWeight: number;
  /** Smallest ring (island, lake) kept, in square degrees. */
  minRingArea: number;
  /** Decimal places of the emitted coordinates. */
  decimals: number;
  /** The zone applies only to the outlines of the focus countries and their provinces. */
  focusOnly?: boolean;
}

/**
 * Detail zones, finest first: the Iran–Pakistan border (close to the source's 1:10m, for zoom 8–9),
 * the outlines of Iran, Pakistan and Afghanistan and their provinces (their borders with the
 * neighbours included), the wider region (lon 30–92, lat 10–48, the old basemap's extent), then
 * the rest of the world at about Natural Earth 1:110m.
 */
export const DETAIL_ZONES: readonly DetailZone[] = [
  { bbox: [60.5, 24.8, 63.6, 30], minWeight: 5e-5, minRingArea: 2e-4, decimals: 3 },
  { bbox: [43, 22, 79, 41], minWeight: 7e-4, minRingArea: 2e-4, decimals: 3, focusOnly: true },
  { bbox: [30, 10, 92, 48], minWeight: 8e-3, minRingArea: 2e-3, decimals: 3 },
  { bbox: [-180, -90, 180, 90], minWeight: 4e-1, minRingArea: 2e-1, decimals: 2 },
];

/** The two objects of the basemap topology: world-atlas countries and the snapped provinces. */
export type BasemapObjects = { countries: GeometryCollection; provinces: GeometryCollection };

/** The detail zone of a point, on a focus country's or province's outline or not. */
function zoneOf(x: number, y: number, focus = false): DetailZone {
  const zone = DETAIL_ZONES.find(
    ({ bbox: [w, s, e, n], focusOnly }) =>
      (focus || !focusOnly) && x >= w && x <= e && y >= s && y <= n,
  );
  return zone ?? (DETAIL_ZONES[DETAIL_ZONES.length - 1] as DetailZone);
}

/** `coordinates` rounded to the zone's decimals, consecutive repeats dropped. */
function roundLine(coordinates: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x, y] of coordinates as [number, number][]) {
    const k = 10 ** zoneOf(x, y).decimals;
    const p = [Math.round(x * k) / k, Math.round(y * k) / k];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Indexes of the arcs the given geometries use (a reversed arc `~i` counts as `i`). */
function arcsOf(geometries: GeometryCollection['geometries']): Set<number> {
  const out = new Set<number>();
  const walk = (a: unknown): void => {
    if (typeof a === 'number') out.add(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  for (const g of geometries) if ('arcs' in g) walk(g.arcs);
  return out;
}

/**
 * Simplifies the topology in place of its arcs: each vertex is kept when its Visvalingam weight
 * reaches its zone's `minWeight` (arc ends always are), then rounded to its zone's decimals.
 * Rings smaller than their zone's `minRingArea` are dropped. `focusIds` names the countries whose
 * outlines (and every province's) get the `focusOnly` zones' detail.
 */
export function simplifyByZone(
  topo: Topology<BasemapObjects>,
  focusIds: string[],
): Topology<BasemapObjects> {
  const focusArcs = arcsOf([
    ...topo.objects.countries.geometries.filter((g) => focusIds.includes(String(g.id))),
    ...topo.objects.provinces.geometries,
  ]);
  const weighted = presimplify(topo);
  const arcs = weighted.arcs.map((arc, i) =>
    roundLine(
      (arc as [number, number, number][]).filter(
        ([x, y, z]) => z >= zoneOf(x, y, focusArcs.has(i)).minWeight,
      ),
    ),
  );
  const simplified: Topology<BasemapObjects> = { ...weighted, arcs: arcs as Topology['arcs'] };
  // topojson-simplify hands the filter a ring's arc indexes (its typings say coordinates).
  return filter(simplified, (ring) => {
    const arcs = ring as unknown as number[];
    const polygon = feature(simplified, { type: 'Polygon', arcs: [arcs] }).geometry;
    const coordinates = (polygon as unknown as Polygon).coordinates[0] as Ring;
    const [x, y] = coordinates[0] ?? [0, 0];
    const focus = arcs.every((a) => focusArcs.has(a < 0 ? ~a : a));
    return planarRingArea(coordinates) >= zoneOf(x, y, focus).minRingArea;
  }) as Topology<BasemapObjects>;
}
