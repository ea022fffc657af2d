// Geographic checks: containment, distance to the Iran–Pakistan border, area radius and
// representative points, on the real boundaries.
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../pipeline/build-all.ts';
import {
  areaAt,
  borderKm,
  equalAreaRadiusKm,
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
  it('representative points lie inside their areas', () => {
    for (const id of ['IR', 'PK', 'AF', 'IR-SB', 'PK-BA']) {
      const { lonLat } = representativePoint(area(id));
      expect(areaAt(lonLat, [area(id)])?.properties.id).toBe(id);
    }
  });
});
