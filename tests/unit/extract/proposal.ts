// A hand-made proposal for tests: every field filled, overridable.
import type { Proposal } from '../../../src/core/extract/types.ts';

/** A proposed attack at Saravan county on 18 January 2024 unless `over` says otherwise. */
export function proposal(over: Partial<Proposal> = {}): Proposal {
  return {
    id: 'a-1',
    status: 'proposed',
    reasons: [],
    title: 'Strike in Saravan county',
    category: 'attack',
    excerpt: '',
    excerpt_start: 0,
    excerpt_end: 0,
    date: '2024-01-18',
    date_precision: 'day',
    date_basis: null,
    date_span: null,
    place: 'Saravan county',
    place_span: null,
    resolved_place: 'Sarāvān',
    lat: 27.3709,
    lon: 62.3341,
    place_precision: 'county',
    admin1: 'Sistan and Baluchestan',
    country: 'IR',
    uncertainty_km: 50,
    candidates: [],
    actors: [],
    ...over,
  };
}
