// The filtered time store and the index maps between it and the dataset.
import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS } from '../../../src/core/filter/filters.ts';
import {
  datasetIndex,
  filteredIndex,
  filteredStore,
} from '../../../src/core/filter/filteredStore.ts';
import { isoToDay } from '../../../src/core/days.ts';
import { dataset } from './fixtures.ts';

const passing = applyFilters(dataset, { ...NO_FILTERS, categories: ['attack'] })!;
const store = filteredStore(dataset.store, passing);

describe('filteredStore', () => {
  it('is the dataset store itself when nothing is filtered', () => {
    expect(filteredStore(dataset.store, null)).toBe(dataset.store);
  });

  it('holds only the passing incidents, in the same order', () => {
    expect(store.n).toBe(passing.length);
    for (let k = 0; k < store.n; k++) expect(store.start[k]).toBe(dataset.store.start[passing[k]!]);
  });

  it('counts a window over the passing incidents only', () => {
    expect(store.countInWindow(isoToDay('2024-01-01'), isoToDay('2024-01-31'))).toBe(2);
  });
});

describe('index maps', () => {
  it('map filtered indices to dataset indices and back', () => {
    for (let k = 0; k < passing.length; k++) {
      expect(filteredIndex(passing, datasetIndex(passing, k))).toBe(k);
    }
  });

  it('a dataset index that does not pass has no filtered index', () => {
    expect(filteredIndex(passing, dataset.indexOfId('b'))).toBe(-1);
  });

  it('are the identity without a filter', () => {
    expect([datasetIndex(null, 3), filteredIndex(null, 3)]).toEqual([3, 3]);
  });
});
