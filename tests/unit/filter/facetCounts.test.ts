// Facet counts follow the time window and apply every other filter (faceted-search rule).
import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../../src/core/filter/facetCounts.ts';
import { NO_FILTERS } from '../../../src/core/filter/filters.ts';
import { isoToDay } from '../../../src/core/days.ts';
import { dataset } from './fixtures.ts';

const all = { from: isoToDay('2024-01-01'), to: isoToDay('2024-12-31') };
const counts = (f = NO_FILTERS, w = all) => facetCounts(dataset, f, w.from, w.to);

describe('facetCounts', () => {
  it('counts each category over the window', () => {
    expect(Object.fromEntries(counts().counts.categories)).toEqual({
      attack: 3,
      abduction: 1,
      diplomacy: 1,
      release: 1,
      statement: 1,
    });
  });

  it('follows the time window (a range overlapping it counts)', () => {
    const feb = { from: isoToDay('2024-02-20'), to: isoToDay('2024-03-05') };
    expect(Object.fromEntries(counts(NO_FILTERS, feb).counts.categories)).toEqual({
      attack: 1,
      release: 1,
    });
  });

  it("a facet's own filter does not shrink its counts; the others' do", () => {
    const c = counts({ ...NO_FILTERS, categories: ['attack'], countries: ['IR'] });
    expect(Object.fromEntries(c.counts.categories)).toEqual({
      attack: 1,
      abduction: 1,
      release: 1,
      statement: 1,
    });
    expect(Object.fromEntries(c.counts.countries)).toEqual({ IR: 1, PK: 1, AF: 1 });
    expect(c.total).toBe(1);
  });

  it('counts every actor of an incident', () => {
    expect(Object.fromEntries(counts().counts.actors)).toEqual({
      'Jaish al-Adl': 2,
      Police: 1,
      'Taliban, Afghanistan': 1,
    });
  });
});
