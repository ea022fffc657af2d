// The comparison of proposals with curated records, on hand-made data.
import { describe, expect, it } from 'vitest';
import { compareWithCurated } from '../../../src/core/extract/compareCurated.ts';
import type { IncidentFeature } from '../../../src/core/types.ts';
import { proposal } from './proposal.ts';

const curated: IncidentFeature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [62.3341, 27.3709] },
  properties: {
    id: 'saravan',
    title: 'T',
    category: 'attack',
    date: '2024-01-18',
    date_precision: 'approximate',
    date_basis: 'x',
    place: 'Saravan county',
    place_precision: 'county',
    admin1: null,
    country: 'IR',
    article: 'a',
    excerpt: 'Strikes hit Saravan.',
    excerpt_start: 10,
    excerpt_end: 30,
    uncertainty_km: 50,
    border_km: 1,
    fatalities: 10,
  },
};
const match = proposal({
  id: 'p1',
  excerpt_start: 5,
  excerpt_end: 35,
  date_precision: 'approximate',
  fatalities: 10,
});
const kinds = (
  p = [match],
  ex: { id: string; why: string; excerpt_start: number; excerpt_end: number }[] = [],
) => compareWithCurated(p, [curated], ex).map((d) => [d.kind, d.reason]);

describe('compareWithCurated', () => {
  it('finds nothing to say when they agree', () => expect(kinds()).toEqual([]));
  it('names a curated incident no proposal covers', () => {
    expect(kinds([{ ...match, excerpt_start: 40, excerpt_end: 50 }])[0]).toEqual([
      'missing',
      'no proposal covers "Strikes hit Saravan.…"',
    ]);
  });
  it('names a different category, date, place and toll', () => {
    expect(
      kinds([
        {
          ...match,
          category: 'abduction',
          date: '2024-01-16',
          lat: 29.5,
          lon: 60.86,
          fatalities: 12,
          date_basis: 'on Tuesday',
          resolved_place: 'Zahedan',
        },
      ]),
    ).toEqual([
      ['category', 'proposed abduction, curated attack'],
      [
        'date',
        'proposed 2024-01-16 from "on Tuesday", curated 2024-01-18 (approximate) (2 d apart)',
      ],
      ['place', 'proposed Zahedan is 277 km from curated Saravan county'],
      ['fatalities', 'proposed 12, curated 10'],
    ]);
  });
  it('names a proposal that needs review, with its reasons', () => {
    expect(
      kinds([{ ...match, status: 'needs_review', reasons: [{ code: 'no_place', message: 'm' }] }]),
    ).toEqual([['review', 'needs review: no_place']]);
  });
  it("names extras, and the curator's reason when the text was judged not an incident", () => {
    const extra = proposal({
      id: 'p2',
      excerpt_start: 60,
      excerpt_end: 80,
      excerpt: 'An undated summary.',
    });
    expect(
      kinds(
        [match, extra],
        [{ id: 'summary', why: 'a summary', excerpt_start: 60, excerpt_end: 70 }],
      ),
    ).toEqual([['extra', 'curated as not an incident: a summary']]);
    expect(kinds([match, extra])).toEqual([
      ['extra', 'no curated record for "An undated summary.…"'],
    ]);
  });
});
