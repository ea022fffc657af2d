// A small hand-made dataset for the filter tests: every facet has values to tell apart.
import { Dataset } from '../../../src/core/dataset.ts';
import type { IncidentFeature, IncidentProperties } from '../../../src/core/types.ts';

/** One incident with the given properties over sensible defaults. */
export function inc(
  id: string,
  date: string,
  p: Partial<IncidentProperties> = {},
): IncidentFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [61, 29] },
    properties: {
      id,
      title: `Incident ${id}`,
      category: 'attack',
      date,
      date_precision: 'day',
      date_basis: 'on Monday',
      place: 'Saravan',
      place_precision: 'town',
      admin1: 'Sistan and Baluchestan',
      country: 'IR',
      article: null,
      excerpt: `Excerpt of ${id}`,
      excerpt_start: null,
      excerpt_end: null,
      border_km: null,
      ...p,
    },
  };
}

/** Seven incidents over 2024: categories, countries, provinces, actors, fatalities, precisions. */
export const features: IncidentFeature[] = [
  inc('a', '2024-01-05', { fatalities: 10, actors: ['Jaish al-Adl', 'Police'] }),
  inc('b', '2024-01-10', { category: 'abduction', actors: ['Jaish al-Adl'] }),
  inc('c', '2024-01-20', {
    country: 'PK',
    admin1: 'Balochistan',
    place_precision: 'province',
    date_precision: 'approximate',
    fatalities: 2,
  }),
  inc('d', '2024-02-01', { category: 'diplomacy', country: 'PK', admin1: 'Islamabad' }),
  inc('e', '2024-02-15', {
    category: 'attack',
    country: 'AF',
    admin1: null,
    date_end: '2024-02-28',
    date_precision: 'range',
    actors: ['Taliban, Afghanistan'],
  }),
  inc('f', '2024-03-01', { category: 'release', fatalities: 0 }),
  inc('g', '2024-03-09', { category: 'statement', place_precision: 'country', admin1: null }),
];

/** The dataset of `features`. */
export const dataset = Dataset.fromFeatures(features);

/** Ids of the sorted indices `indices`. */
export function idsOf(indices: ArrayLike<number> | null): string[] | null {
  return indices ? Array.from(indices, (i) => dataset.idOf(i)) : null;
}
