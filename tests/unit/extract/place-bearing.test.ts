// "40 km south-west of Quetta": a distance and an intercardinal direction put the event at the
// point along that bearing, with a radius of 0.42 × the distance (placeBearing.ts); a cardinal
// direction keeps the circle round the landmark. Invented sentences.
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/core/extract/distance.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { alongBearing, intercardinalBearing } from '../../../src/core/extract/placeBearing.ts';
import { readers } from './extractHelpers.ts';

const first = (text: string) => extractIncidents(text, { published: '2024-11-24' }, readers)[0];
const QUETTA = { lat: 30.1841, lon: 67.0014 };

describe('the point along a bearing', () => {
  it('reads the four intercardinal directions however written', () => {
    expect(
      ['north-east', 'southeast', 'South-West', 'north west'].map(intercardinalBearing),
    ).toEqual([45, 135, 225, 315]);
    expect(intercardinalBearing('north')).toBeNull();
  });
  it("lies the distance away, with 0.42 × the distance plus the landmark's radius", () => {
    const p = alongBearing(QUETTA, 100, 135, 5);
    expect(haversineKm(QUETTA.lat, QUETTA.lon, p.lat, p.lon)).toBeCloseTo(100, 0);
    expect(p.lat).toBeLessThan(QUETTA.lat);
    expect(p.lon).toBeGreaterThan(QUETTA.lon);
    expect(p.radius).toBe(47);
  });
});

describe('the extractor', () => {
  it('"40 km south-west of Quetta" is drawn there, not on a circle round Quetta', () => {
    const p = first('Gunmen attacked a checkpost 40 km south-west of Quetta on Tuesday.');
    expect(p?.resolved_place).toBe('a point 40 km south-west of Quetta');
    expect(haversineKm(QUETTA.lat, QUETTA.lon, p?.lat as number, p?.lon as number)).toBeCloseTo(
      40,
      0,
    );
    expect(p?.uncertainty_km).toBeLessThan(40);
    expect(p?.place).toBe('40 km south-west of Quetta');
  });
  it('control: "30 km north of Quetta" keeps the circle round Quetta', () => {
    const p = first('Gunmen attacked a post 30 km north of Quetta on Tuesday.');
    expect([p?.resolved_place, p?.uncertainty_km]).toEqual(['Quetta', 35]);
  });
});
