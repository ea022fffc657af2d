// Geographic checks: containment, distance to the Iran–Pakistan border, area radius and
// representative points, on the real boundaries.
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../pipeline/build-all.ts';
import {
  areaAt,
  borderKm,
  equalAreaRadiusKm,
  reachKm,
  representativePoint,
  type AreaFeature,
} from '../../src/core/geo-checks.ts';

const { boundaries: b } = loadReference();
const area = (id: string) =>
  [...b.countries, ...b.provinces].find((a) => a.properties.id === id) as AreaFeature;

describe('containment', () => {
  it('Mirjaveh lies in Iran, Sistan and Baluchestan', () => {
    expect(areaAt([61.4496, 29.0148], b.countries)?.properties.id).toBe('IR');
    expect(areaAt([61.4496, 29.0148], b.provinces)?.properties.id).toBe('IR-SB');
  });
  it('Taftan lies in Pakistan, Balochistan', () => {
    expect(areaAt([61.5866, 28.9469], b.countries)?.properties.id).toBe('PK');
    expect(areaAt([61.5866, 28.9469], b.provinces)?.properties.id).toBe('PK-BA');
  });
  it('a point in the Arabian Sea lies in no country', () => {
    expect(areaAt([63, 23], b.countries)).toBeNull();
  });
});

describe('border distance', () => {
  it('is small at the Mirjaveh–Taftan crossing and large at Islamabad', () => {
    expect(borderKm([61.4496, 29.0148], b.border)).toBeLessThan(10);
    expect(borderKm([73.0433, 33.7215], b.border)).toBeGreaterThan(1000);
  });
});

describe('areas', () => {
  it("Balochistan's equal-area radius is about 330 km (≈347,000 km²)", () => {
    expect(equalAreaRadiusKm(area('PK-BA'))).toBeGreaterThan(300);
    expect(equalAreaRadiusKm(area('PK-BA'))).toBeLessThan(360);
  });
  it("a reach holds the whole area: Kunar's (from its point) exceeds its equal-area radius", () => {
    // regression: Kunar named alone was settled at ±39 km (its equal-area radius) for rockets
    // that fell in Nari district, 48 km from Kunar's point
    expect(equalAreaRadiusKm(area('AF-KR'))).toBe(39);
    expect(reachKm(area('AF-KR'), 34.9809, 71.0808)).toBeGreaterThan(60);
  });
  it('a reach is the farthest vertex from the point', () => {
    const square: AreaFeature = {
      type: 'Feature',
      properties: { id: 'X', name: 'X', kind: 'province', country: 'IR' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    };
    // from the corner (0, 0) the far corner (1, 1) is ~157 km away
    expect(reachKm(square, 0, 0)).toBe(158);
  });
  it('representative points lie inside their areas', () => {
    for (const id of ['IR', 'PK', 'AF', 'IR-SB', 'PK-BA']) {
      const { lonLat } = representativePoint(area(id));
      expect(areaAt(lonLat, [area(id)])?.properties.id).toBe(id);
    }
  });
});
