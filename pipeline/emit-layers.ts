// The map's boundary and reference-place layers, small enough to load fast: basemap countries,
// incident areas (countries and provinces), the Iran–Pakistan border and reference towns.
import type { Feature, MultiLineString } from 'geojson';
import { lookupPlace, type Gazetteer } from '../src/core/gazetteer.ts';
import { compact, isEmittedProvince, type Boundaries } from './build-boundaries.ts';
import { formatFeatureCollection } from './format-json.ts';

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
  const areas = [
    ...b.countries,
    ...b.provinces.filter((p) => isEmittedProvince(p.properties.id)),
  ].map((a) => compact(a, 0.01, 3, a.properties));
  const border: Feature<MultiLineString> = { type: 'Feature', properties: {}, geometry: b.border };
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
    'countries.geojson': formatFeatureCollection(b.basemapCountries.features),
    'areas.geojson': formatFeatureCollection(areas),
    'border.geojson': formatFeatureCollection([
      compact(border, 0.002, 4, { id: 'IR-PK', name: 'Iran–Pakistan border' }),
    ]),
    'places.geojson': formatFeatureCollection(places),
  };
}
