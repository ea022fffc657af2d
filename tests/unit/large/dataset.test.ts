// Dataset choice and naming: `?synthetic=N&seed=S`, ids of large-dataset incidents, bounds.
import { describe, expect, it } from 'vitest';
import {
  columnBounds,
  largeIdOf,
  largeIndexOfId,
  syntheticFromSearch,
} from '../../../src/core/dataset';
import { generateSynthetic } from '../../../src/core/synthetic';
import { storeFromColumns } from '../../../src/scale/windowRange';

describe('syntheticFromSearch', () => {
  it('reads the count and the seed', () => {
    expect(syntheticFromSearch('?synthetic=100000&seed=3')).toEqual({ count: 100_000, seed: 3 });
  });

  it('defaults the seed to 1', () => {
    expect(syntheticFromSearch('?synthetic=500')).toEqual({ count: 500, seed: 1 });
  });

  it('is null without the parameter', () => {
    expect(syntheticFromSearch('?style=https://example.org/s.json')).toBeNull();
  });

  it('names a malformed count', () => {
    expect(syntheticFromSearch('?synthetic=lots')).toMatch(/\?synthetic=lots is not a number/);
  });

  it('names a malformed seed', () => {
    expect(syntheticFromSearch('?synthetic=10&seed=-1')).toMatch(/seed=-1 is not a whole number/);
  });
});

describe('large dataset ids', () => {
  const cols = generateSynthetic(2000, 5);
  const store = storeFromColumns(cols);

  it('synthetic incidents are named by their sorted index, both ways', () => {
    expect(largeIdOf(store, 42)).toBe('synthetic-42');
    expect(largeIndexOfId(store, 'synthetic-42')).toBe(42);
  });

  it('an id outside the dataset or of another form is not found', () => {
    expect(largeIndexOfId(store, 'synthetic-2000')).toBe(-1);
    expect(largeIndexOfId(store, 'synthetic-042')).toBe(-1);
    expect(largeIndexOfId(store, '2024-pakistan-strikes-saravan')).toBe(-1);
  });

  it('bounds enclose every incident', () => {
    const [[w, s], [e, n]] = columnBounds(cols)!;
    for (let i = 0; i < cols.count; i++) {
      expect(cols.lon[i]! >= w && cols.lon[i]! <= e && cols.lat[i]! >= s && cols.lat[i]! <= n).toBe(
        true,
      );
    }
  });
});
