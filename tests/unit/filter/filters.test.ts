// Applying filters to a dataset: each facet alone, together, and the toggles the panel uses.
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  isUnfiltered,
  NO_FILTERS,
  toggleIncluded,
  toggleShown,
} from '../../../src/core/filter/filters.ts';
import { CATEGORIES } from '../../../src/core/types.ts';
import { dataset, idsOf } from './fixtures.ts';

describe('applyFilters', () => {
  it('passes everything (null) when nothing is filtered', () => {
    expect(applyFilters(dataset, NO_FILTERS)).toBeNull();
  });

  it('keeps the chosen categories', () => {
    const out = applyFilters(dataset, { ...NO_FILTERS, categories: ['abduction', 'release'] });
    expect(idsOf(out)).toEqual(['b', 'f']);
  });

  it('keeps the chosen countries', () => {
    expect(idsOf(applyFilters(dataset, { ...NO_FILTERS, countries: ['PK'] }))).toEqual(['c', 'd']);
  });

  it('keeps the chosen provinces; incidents with no province never pass', () => {
    expect(idsOf(applyFilters(dataset, { ...NO_FILTERS, admin1: ['Balochistan'] }))).toEqual(['c']);
  });

  it('keeps incidents with any of the chosen actors', () => {
    const out = applyFilters(dataset, {
      ...NO_FILTERS,
      actors: ['Police', 'Taliban, Afghanistan'],
    });
    expect(idsOf(out)).toEqual(['a', 'e']);
  });

  it('keeps incidents known to the day and town ("exact only")', () => {
    const out = applyFilters(dataset, {
      ...NO_FILTERS,
      datePrecisions: ['day'],
      placePrecisions: ['point', 'town'],
    });
    expect(idsOf(out)).toEqual(['a', 'b', 'd', 'f']);
  });

  it('keeps incidents with at least N fatalities; unknown counts never pass', () => {
    expect(idsOf(applyFilters(dataset, { ...NO_FILTERS, minFatalities: 2 }))).toEqual(['a', 'c']);
    expect(idsOf(applyFilters(dataset, { ...NO_FILTERS, minFatalities: 0 }))).toEqual([
      'a',
      'c',
      'f',
    ]);
  });

  it('combines facets with AND', () => {
    const out = applyFilters(dataset, { ...NO_FILTERS, categories: ['attack'], countries: ['IR'] });
    expect(idsOf(out)).toEqual(['a']);
  });

  it('a query filters by the search hits once they are known, and not before', () => {
    const hits = new Uint8Array(dataset.count);
    hits[dataset.indexOfId('d')] = 1;
    const f = { ...NO_FILTERS, query: 'islamabad' };
    expect(applyFilters(dataset, f)).toBeNull();
    expect(idsOf(applyFilters(dataset, f, hits))).toEqual(['d']);
  });

  it('returns ascending sorted indices', () => {
    const out = applyFilters(dataset, { ...NO_FILTERS, categories: ['attack', 'statement'] })!;
    expect([...out]).toEqual([...out].sort((a, b) => a - b));
  });
});

describe('isUnfiltered', () => {
  it('is true for no filters and a blank query', () => {
    expect(isUnfiltered({ ...NO_FILTERS, query: '   ' })).toBe(true);
  });
  it('is false once any facet or the query is set', () => {
    expect(isUnfiltered({ ...NO_FILTERS, minFatalities: 0 })).toBe(false);
    expect(isUnfiltered({ ...NO_FILTERS, query: 'x' })).toBe(false);
  });
});

describe('toggleShown (legend and vocabulary boxes)', () => {
  it('hiding one value from "all" keeps the others', () => {
    expect(toggleShown(null, 'attack', CATEGORIES)).toEqual(
      CATEGORIES.filter((c) => c !== 'attack'),
    );
  });
  it('showing every value again returns null', () => {
    const others = CATEGORIES.filter((c) => c !== 'attack');
    expect(toggleShown(others, 'attack', CATEGORIES)).toBeNull();
  });
  it('refuses to hide the last shown value', () => {
    expect(toggleShown(['attack'], 'attack', CATEGORIES)).toEqual(['attack']);
  });
  it('keeps the vocabulary order', () => {
    expect(toggleShown(['statement'], 'attack', CATEGORIES)).toEqual(['attack', 'statement']);
  });
});

describe('toggleIncluded (open lists)', () => {
  it('choosing from nothing keeps only that value', () => {
    expect(toggleIncluded(null, 'IR')).toEqual(['IR']);
  });
  it('un-choosing the last value lifts the restriction', () => {
    expect(toggleIncluded(['IR'], 'IR')).toBeNull();
  });
});
