// Several sources for one incident: when a second article's proposal is the same incident.
import { describe, expect, it } from 'vitest';
import { daysApart, haversineKm } from '../../../src/core/extract/distance.ts';
import {
  addSource,
  compareIncidents,
  findSameIncident,
  type IncidentFacts,
} from '../../../src/core/extract/mergeSources.ts';

const saravan: IncidentFacts = {
  category: 'attack',
  date: '2024-01-18',
  date_precision: 'day',
  lat: 27.37,
  lon: 62.33,
  uncertainty_km: 50,
  place_precision: 'county',
  country: 'IR',
};
const v = (b: Partial<IncidentFacts>, a: IncidentFacts = saravan) =>
  compareIncidents(a, { ...a, ...b }).verdict;

describe('distances', () => {
  it('haversine: Quetta to Zahedan is about 620 km', () => {
    expect(haversineKm(30.18, 67.0, 29.5, 60.86)).toBeCloseTo(597, -1);
  });
  it('haversine: zero for one point', () => {
    expect(haversineKm(27, 62, 27, 62)).toBe(0);
  });
  it('days between intervals: 0 when they overlap, else the gap', () => {
    expect(daysApart({ date: '2024-01-10', date_end: '2024-01-20' }, { date: '2024-01-15' })).toBe(
      0,
    );
    expect(daysApart({ date: '2024-01-10' }, { date: '2024-01-14' })).toBe(4);
    expect(daysApart({ date: '2024-01-14' }, { date: '2024-01-10', date_end: '2024-01-12' })).toBe(
      2,
    );
  });
});

describe('compareIncidents', () => {
  it('same: one category, one day, overlapping places', () => {
    expect(v({ lat: 27.5, lon: 62.4, uncertainty_km: 5, place_precision: 'town' })).toBe('same');
  });
  it('different: another category', () => expect(v({ category: 'abduction' })).toBe('different'));
  it('different: another day when both are exact', () =>
    expect(v({ date: '2024-01-19' })).toBe('different'));
  it('same: an approximate date within three days', () => {
    expect(v({ date: '2024-01-21', date_precision: 'approximate' })).toBe('same');
    expect(v({ date: '2024-01-22', date_precision: 'approximate' })).toBe('different');
  });
  it('same: a range that holds the day', () => {
    expect(v({ date: '2024-01-16', date_end: '2024-01-19', date_precision: 'range' })).toBe('same');
  });
  it('different: places farther apart than their radii', () => {
    expect(v({ lat: 29.5, lon: 60.86, uncertainty_km: 5, place_precision: 'town' })).toBe(
      'different',
    );
  });
  it('different: a country-level place in another country', () => {
    expect(
      v({ lat: 30, lon: 70, uncertainty_km: 527, place_precision: 'country', country: 'PK' }),
    ).toBe('different');
  });
  it('possible: a country-level place, a month, or a missing date or place', () => {
    expect(v({ lat: 32, lon: 54, uncertainty_km: 719, place_precision: 'country' })).toBe(
      'possible',
    );
    expect(v({ date: '2024-01-01', date_end: '2024-01-31', date_precision: 'month' })).toBe(
      'possible',
    );
    expect(v({ date: null, date_precision: null })).toBe('possible');
    expect(v({ lat: null, lon: null })).toBe('possible');
  });
});

describe('findSameIncident and addSource', () => {
  const existing = [
    { ...saravan, id: 'far', lat: 30.18, lon: 67.0, uncertainty_km: 5 },
    {
      ...saravan,
      id: 'coarse',
      lat: 32,
      lon: 54,
      uncertainty_km: 719,
      place_precision: 'country' as const,
    },
    { ...saravan, id: 'saravan' },
  ];
  it('prefers a sure match over an earlier possible one', () => {
    expect(findSameIncident(existing, saravan)).toMatchObject({ verdict: 'same', id: 'saravan' });
  });
  it('offers a possible match for a person to confirm', () => {
    expect(findSameIncident(existing.slice(0, 2), saravan)).toMatchObject({
      verdict: 'possible',
      id: 'coarse',
    });
  });
  it('says different with no id when nothing matches', () => {
    expect(findSameIncident(existing.slice(0, 1), saravan)).toMatchObject({
      verdict: 'different',
      id: null,
    });
  });
  it('adds a source once', () => {
    const s = { article: 'b', excerpt: 'x', excerpt_start: 1, excerpt_end: 2 };
    const one = addSource([], s);
    expect(addSource(one, s)).toEqual([s]);
    expect(addSource(one, { ...s, article: 'c' })).toHaveLength(2);
  });
});
