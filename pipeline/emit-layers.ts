// The map's boundary and reference-place layers, small enough to load fast: the world's
// countries, incident areas (countries and provinces), the shared borders of Iran, Pakistan and
// Afghanistan (one line each, `id` like `IR-PK`; all read from one simplified topology, see
// build-basemap.ts) and reference towns.
import { lookupPlace, type Gazetteer } from '../src/core/gazetteer.ts';
import type { Boundaries } from './build-boundaries.ts';
import { formatFeatureCollection } from './format-json.ts';
import { drawnStretch } from './province-borders.ts';

/** Reference towns drawn on the basemap (resolved through the gazetteer like any place). */
export const REFERENCE_PLACES = [
  'Tehran',
  'Zahedan',
  'Mirjaveh',
  'Saravan',
  'Chabahar',
  'Taftan',
  'Quetta',
  'Panjgur',
  'Turbat',
  'Gwadar',
  'Islamabad',
];

/** File name (in public/data) → contents, for every layer. */
export function emitLayers(b: Boundaries, gazetteer: Gazetteer): Record<string, string> {
  const places = REFERENCE_PLACES.map((name) => {
    const { entry } = lookupPlace(name, gazetteer);
    return {
      type: 'Feature',
      properties: {
        name,
        country: entry.country,
        admin1: entry.admin1,
        population: entry.population,
      },
      geometry: { type: 'Point', coordinates: [entry.lon, entry.lat] },
    };
  });
  return {
    'countries.geojson': formatFeatureCollection(b.basemap.countries),
    'areas.geojson': formatFeatureCollection(b.basemap.areas),
    'border.geojson': formatFeatureCollection([
      // The Iran–Pakistan border first (the basemap's own line), then the Afghan borders.
      ...[...b.basemap.borders]
        .sort((x, y) => Number(y.id === 'IR-PK') - Number(x.id === 'IR-PK'))
        .map(({ id, name, countries, geometry }) => ({
          type: 'Feature' as const,
          properties: { id, name, countries },
          geometry,
        })),
      // Then the stretches two provinces share, drawn only for an incident placed on one.
      ...b.provinceBorders.map((s) => ({
        type: 'Feature' as const,
        properties: { id: s.id, name: s.name, countries: s.countries, provinces: s.provinces },
        geometry: drawnStretch(s),
      })),
    ]),
    'places.geojson': formatFeatureCollection(places),
  };
}
