// `?synthetic=N&region=world`: synthetic incidents on every continent (issue 10's worldwide set),
// without changing the border region's data.
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../../src/core/synthetic.ts';
import { syntheticFromSearch } from '../../../src/core/syntheticRequest.ts';

/** Rough continent boxes [west, south, east, north], enough to tell the cities apart. */
const CONTINENTS: Record<string, [number, number, number, number]> = {
  'North America': [-170, 12, -50, 75],
  'South America': [-85, -57, -33, 12],
  Europe: [-12, 35, 45, 72],
  Africa: [-20, -36, 52, 34],
  Asia: [55, -12, 150, 60],
  Oceania: [110, -50, 180, -10],
  Antarctica: [-180, -85, 180, -60],
};

describe('the worldwide synthetic set', () => {
  const world = generateSynthetic(20_000, 7, 'world');

  it('puts incidents on every continent', () => {
    for (const [name, [w, s, e, n]] of Object.entries(CONTINENTS)) {
      let k = 0;
      for (let i = 0; i < world.count; i++) {
        const [lon, lat] = [world.lon[i]!, world.lat[i]!];
        if (lon >= w && lon <= e && lat >= s && lat <= n) k++;
      }
      expect(k, name).toBeGreaterThan(50);
    }
  });

  it('keeps every point inside Web Mercator', () => {
    expect(Math.max(...world.lat.map(Math.abs))).toBeLessThanOrEqual(84);
    expect(Math.max(...world.lon.map(Math.abs))).toBeLessThan(180);
  });

  it('is sorted by start day and deterministic', () => {
    const unsorted = world.start.findIndex((d, i) => i > 0 && d < world.start[i - 1]!);
    expect(unsorted).toBe(-1);
    expect(generateSynthetic(20_000, 7, 'world').lon).toEqual(world.lon);
  });

  it('leaves the border region unchanged', () => {
    const a = generateSynthetic(5_000, 3);
    const b = generateSynthetic(5_000, 3, 'border');
    expect(b.lon).toEqual(a.lon);
    expect(a.lon.every((x) => x > 55 && x < 80)).toBe(true);
  });
});

describe('region in the link', () => {
  it('reads region=world', () => {
    expect(syntheticFromSearch('?synthetic=100&seed=2&region=world')).toEqual({
      count: 100,
      seed: 2,
      region: 'world',
    });
  });

  it('names an unknown region', () => {
    expect(syntheticFromSearch('?synthetic=100&region=mars')).toMatch(/region=mars is not "world"/);
  });
});
