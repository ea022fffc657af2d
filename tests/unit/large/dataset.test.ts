// Dataset choice and naming: `?synthetic=N&seed=S`, ids of incidents by sorted index, bounds.
import { describe, expect, it } from 'vitest';
import { columnsFromFeatures } from '../../../src/core/binaryLayout';
import { columnBounds, Dataset } from '../../../src/core/dataset';
import { generateSynthetic } from '../../../src/core/synthetic';
import { syntheticFromSearch } from '../../../src/core/syntheticRequest';
import { incidents } from '../../component/fixtures';

describe('syntheticFromSearch', () => {
  it('reads the count and the seed', () => {
    expect(syntheticFromSearch('?synthetic=100000&seed=3')).toEqual({
      count: 100_000,
      seed: 3,
      region: 'border',
    });
  });

  it('defaults the seed to 1', () => {
    expect(syntheticFromSearch('?synthetic=500')).toEqual({
      count: 500,
      seed: 1,
      region: 'border',
    });
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

describe('dataset ids', () => {
  const cols = generateSynthetic(2000, 5);
  const dataset = new Dataset(cols);

  it('synthetic incidents are named by their sorted index, both ways', () => {
    expect(dataset.idOf(42)).toBe('synthetic-42');
    expect(dataset.indexOfId('synthetic-42')).toBe(42);
  });

  it('an id outside the dataset or of another form is not found', () => {
    expect(dataset.indexOfId('synthetic-2000')).toBe(-1);
    expect(dataset.indexOfId('synthetic-042')).toBe(-1);
    expect(dataset.indexOfId('2024-pakistan-strikes-saravan')).toBe(-1);
  });

  it('imported incidents keep their own ids, in date order, both ways', () => {
    const d = Dataset.fromFeatures(incidents);
    const ids = d.features().map((f) => f.properties.id);
    expect(ids.map((id) => d.indexOfId(id))).toEqual(ids.map((_, i) => i));
    expect(ids.map((_, i) => d.idOf(i))).toEqual(ids);
    expect(new Set(ids)).toEqual(new Set(incidents.map((f) => f.properties.id)));
  });

  it('imported incidents are read back whole by sorted index', () => {
    const d = new Dataset(columnsFromFeatures(incidents));
    const i = d.indexOfId('2018-mirjaveh-abduction');
    expect(d.featureAt(i).properties.place).toBe('Mirjaveh');
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
