// The row-by-row column builder gives what a builder holding every feature would: rows sorted by
// start day then id, details in that order, packed ids, and facet columns equal to buildFacets.
import { describe, expect, it } from 'vitest';
import { featureAt } from '../../../src/core/binaryLayout.ts';
import { ColumnBuilder } from '../../../src/core/columnBuilder.ts';
import { dayToIso } from '../../../src/core/days.ts';
import { buildFacets, unpackId } from '../../../src/core/facets.ts';
import { mulberry32 } from '../../../src/core/synthetic.ts';
import { CATEGORIES, type IncidentFeature } from '../../../src/core/types.ts';

/** Seeded features with repeated days, countries, provinces, actors and missing values. */
function features(n: number, seed: number): IncidentFeature[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [60 + rand(), 29 + rand()] },
    properties: {
      id: `f-${pick(['b', 'a', 'c'])}-${i}`,
      title: `T ${i}`,
      category: pick(CATEGORIES),
      date: dayToIso(19_000 + Math.floor(rand() * 20)),
      date_precision: 'day',
      date_basis: 'x',
      place: 'p',
      place_precision: 'town',
      admin1: pick(['Sistan', 'Balochistan', null]),
      country: pick(['IR', 'PK', 'AF']),
      article: null,
      excerpt: pick(['Sarāvān', 'کویته', '']),
      excerpt_start: null,
      excerpt_end: null,
      border_km: null,
      ...(rand() < 0.5 ? { fatalities: Math.floor(rand() * 9) } : {}),
      ...(rand() < 0.7 ? { actors: [pick(['Jaish al-Adl', 'IRGC', 'Police']), 'IRGC'] } : {}),
    },
  }));
}

describe('ColumnBuilder', () => {
  const input = features(500, 7);
  const builder = new ColumnBuilder();
  for (const f of input) builder.add(f);
  const cols = builder.finish();
  const order = input
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = input[a]!.properties;
      const pb = input[b]!.properties;
      return pa.date < pb.date ? -1 : pa.date > pb.date ? 1 : pa.id < pb.id ? -1 : 1;
    });

  it("sorts rows by start day then id, with each row's own feature", () => {
    expect(Array.from({ length: cols.count }, (_, i) => featureAt(cols, i))).toEqual(
      order.map((j) => input[j]),
    );
  });
  it('packs the ids in that order', () => {
    expect(Array.from({ length: cols.count }, (_, i) => unpackId(cols.ids!, i))).toEqual(
      order.map((j) => input[j]!.properties.id),
    );
  });
  it('builds the same facet columns as buildFacets over all the features', () => {
    expect(cols.facets).toEqual(buildFacets(input, order));
  });
});
