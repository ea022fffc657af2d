import { describe, expect, it } from 'vitest';
import { Dataset } from '../../../src/core/dataset.ts';
import { longIndex, sharedLongIndex } from '../../../src/core/longIncidents.ts';
import { generateSynthetic } from '../../../src/core/synthetic.ts';
import {
  mercatorX,
  mercatorY,
  pointAttributes,
  SIZE_BY_PLACE,
} from '../../../src/scale/pointsGl.ts';

const cols = generateSynthetic(5_000, 3);
const attrs = pointAttributes(cols);

describe('pointAttributes', () => {
  it('puts the origin at the centre of the data’s Mercator extent', () => {
    const xs = Array.from(cols.lon, mercatorX);
    const ys = Array.from(cols.lat, mercatorY);
    expect(attrs.originX).toBeCloseTo((Math.min(...xs) + Math.max(...xs)) / 2, 12);
    expect(attrs.originY).toBeCloseTo((Math.min(...ys) + Math.max(...ys)) / 2, 12);
  });

  it('stores positions as offsets from the origin, exact to well under a metre', () => {
    // 1e-9 of the Web Mercator world is 4 cm at the equator.
    const worst = Array.from({ length: cols.count }, (_, i) =>
      Math.max(
        Math.abs(attrs.position[2 * i]! + attrs.originX - mercatorX(cols.lon[i]!)),
        Math.abs(attrs.position[2 * i + 1]! + attrs.originY - mercatorY(cols.lat[i]!)),
      ),
    ).reduce((a, b) => Math.max(a, b));
    expect(worst).toBeLessThan(1e-9);
  });

  it('stores days relative to the dataset’s first day, exactly', () => {
    const i = cols.count - 1;
    expect(attrs.days[2 * i]).toBe(cols.start[i]! - cols.originDay);
    expect(attrs.days[2 * i + 1]).toBe(cols.end[i]! - cols.originDay);
  });

  it('sizes markers by place precision', () => {
    for (let i = 0; i < 50; i++)
      expect(attrs.sizes[i]).toBe(SIZE_BY_PLACE[cols.placePrecision[i]!]);
  });

  it('agrees with MapLibre’s Mercator at a known point', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorX(90)).toBe(0.75);
  });
});

describe('the long-incident index, built once per dataset', () => {
  it('is shared by the time store and the GPU attributes over the same columns', () => {
    const columns = generateSynthetic(2000, 7);
    const store = new Dataset(columns).store;
    expect(pointAttributes(columns).longIndex).toBe(store.longIndex);
  });
  it('is built again for other columns with the same days', () => {
    const columns = generateSynthetic(2000, 7);
    const copy = { start: columns.start.slice(), end: columns.end.slice() };
    const index = sharedLongIndex(columns.start, columns.end);
    expect([
      sharedLongIndex(copy.start, copy.end) === index,
      sharedLongIndex(copy.start, copy.end),
    ]).toEqual([false, longIndex(copy.start, copy.end)]);
  });
});
