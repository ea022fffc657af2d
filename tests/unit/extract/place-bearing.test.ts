// "40 km south-west of Quetta": a distance and a direction put the event at the point along that
// bearing, with a radius of 0.42 × the distance for an intercardinal direction and 0.81 × for a
// cardinal one (placeBearing.ts); a distance without a direction keeps the circle round the
// landmark. Invented sentences.
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/core/extract/distance.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { alongBearing, compassBearing } from '../../../src/core/extract/placeBearing.ts';
import { readers } from './extractHelpers.ts';

const first = (text: string) => extractIncidents(text, { published: '2024-11-24' }, readers)[0];
const QUETTA = { lat: 30.1841, lon: 67.0014 };

describe('the point along a bearing', () => {
  it('reads the four intercardinal directions however written, within 0.42 × the distance', () => {
    expect(['north-east', 'southeast', 'South-West', 'north west'].map(compassBearing)).toEqual(
      [45, 135, 225, 315].map((bearing) => ({ bearing, spread: 0.42 })),
    );
  });
  it('reads the four cardinal directions, within 0.81 × the distance', () => {
    expect(['North', 'east', 'south', 'West'].map(compassBearing)).toEqual(
      [0, 90, 180, 270].map((bearing) => ({ bearing, spread: 0.81 })),
    );
  });
  it('reads no other word as a direction', () => {
    expect(['away', 'northern', 'upward'].map(compassBearing)).toEqual([null, null, null]);
  });
  it("lies the distance away, with 0.42 × the distance plus the landmark's radius", () => {
    const p = alongBearing(QUETTA, 100, { bearing: 135, spread: 0.42 }, 5);
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
  it('"a village 18 km north of Quetta" is drawn 18 km north of Quetta, not at Quetta', () => {
    const p = first(
      'Gunmen killed two men on Tuesday in Kili Zar, a village 18 km north of Quetta.',
    );
    expect(p?.resolved_place).toBe('a point 18 km north of Quetta');
    expect(p?.lat as number).toBeGreaterThan(QUETTA.lat + 0.15);
    expect(p?.lon).toBeCloseTo(QUETTA.lon, 2);
    expect(p?.uncertainty_km).toBe(Math.ceil(0.81 * 18 + 5));
  });
  it('control: "30 km from Quetta" keeps the circle round Quetta', () => {
    const p = first('Gunmen attacked a post 30 km from Quetta on Tuesday.');
    expect([p?.resolved_place, p?.uncertainty_km]).toEqual(['Quetta', 35]);
  });
});
