// Places the gazetteer gained in issue 8's second round: a province's other spelling that
// GeoNames files its towns under ("Nimroz" for Nimruz), curated areas GeoNames lacks (kind
// `area` in geodata/districts.yaml: a town, a pass) and a county whose seat GeoNames knows.
import { describe, expect, it } from 'vitest';
import { codes, gazetteer, places } from './placeHelpers.ts';

describe('a province under another spelling', () => {
  it('"Nimroz province" is Nimruz, not a typo', () => {
    const r = places('Fighting was reported across Nimroz province.');
    expect(r.event?.resolved).toMatchObject({ name: 'Nimruz', precision: 'province' });
    expect(r.event?.reviews.map((x) => x.code)).not.toContain('typo_match');
  });
  it('a town in "Nimroz province" lies in it: one place, not two', () => {
    const r = places('Gunmen attacked a market in Zaranj, the capital of Nimroz province.');
    expect(r.event?.resolved?.name).toBe('Zaranj');
    expect(codes(r)).not.toContain('several_places');
  });
  it('the other spelling narrows an ambiguous town to that province', () => {
    // Khash: a town in Nimroz (Afghanistan) and an Iranian county seat.
    const r = places('A bomb exploded in Khash in Nimroz province.');
    expect(r.event?.resolved).toMatchObject({ name: 'Khāsh', country: 'AF' });
  });
});

describe('curated areas', () => {
  it('every area has coordinates, a radius and a source', () => {
    const areas = gazetteer.districts.filter((d) => d.kind === 'area');
    expect(areas.length).toBeGreaterThan(0);
    for (const a of areas) {
      expect(a.source).toMatch(/https?:\/\//);
      expect(a.radius_km).toBeGreaterThan(0);
    }
  });
  it('a curated town is a place of its own, not a fallback to its district', () => {
    const r = places('Militants stormed a camp in Nokkundi in Chagai district.');
    expect(r.event?.resolved).toMatchObject({ name: 'Nok Kundi', precision: 'town' });
    expect(r.event?.resolved?.uncertainty_km).toBeLessThanOrEqual(10);
    expect(codes(r)).not.toContain('fallback_admin');
    expect(codes(r)).not.toContain('several_places');
  });
  it('a long pass keeps a radius that holds both its ends (more than a confident 50 km)', () => {
    const r = places('Gunmen fired on a goods train in the Bolan Pass.');
    expect(r.event?.resolved?.name).toBe('Bolan Pass');
    expect(r.event?.resolved?.uncertainty_km).toBeGreaterThan(50);
  });
});

describe('a county whose seat GeoNames knows', () => {
  it('"Hirmand county" is placed at its seat, flagged when a village in it is unknown', () => {
    const r = places('Guards clashed near the village of Pirdad in Hirmand county.');
    expect(r.event?.resolved).toMatchObject({ name: 'Hirmand County', country: 'IR' });
    expect(codes(r)).toContain('fallback_admin');
  });
});
