// Search documents for the unit tests: the committed seed incidents (public/data) as a Dataset,
// and a hand-made incident for a given title, place, excerpt and date.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dataset } from '../../../src/core/dataset.ts';
import type { IncidentCollection, IncidentFeature } from '../../../src/core/types.ts';

/** The committed seed incidents. */
export const seed = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../public/data/incidents.geojson'), 'utf8'),
  ) as IncidentCollection
).features;

/** The seed incidents as the app's dataset (sorted by date, then id). */
export const seedDataset = Dataset.fromFeatures(seed);

/** A made-up incident with the given text (every other property fixed). */
export function made(
  id: string,
  text: { title?: string; place?: string; excerpt?: string; date?: string; actors?: string[] },
): IncidentFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [62, 27] },
    properties: {
      id,
      title: text.title ?? 'Something happened',
      category: 'attack',
      date: text.date ?? '2024-01-01',
      date_precision: 'day',
      date_basis: 'test',
      place: text.place ?? 'Somewhere',
      place_precision: 'town',
      admin1: null,
      country: 'IR',
      article: null,
      excerpt: text.excerpt ?? 'Nothing else.',
      excerpt_start: null,
      excerpt_end: null,
      border_km: null,
      ...(text.actors ? { actors: text.actors } : {}),
    },
  };
}
