// A big city's radius comes from its population (townRadius.ts): "in Karachi" had
// been drawn 5 km round one GeoNames point, though the city is ~40 km across. A numbered or police
// district of a city is a quarter of it (placePrefix.ts), not a district named after the city;
// so is "PD 18" (placeChecks.ts), which a twenty-first-try page had as a place the gazetteer lacks.
import { describe, expect, it } from 'vitest';
import { TOWN_RADIUS_KM, townRadiusKm } from '../../../src/core/extract/townRadius.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { places } from './placeHelpers.ts';
import { readers } from './extractHelpers.ts';

const first = (text: string) => extractIncidents(text, { published: '2024-01-14' }, readers)[0];

describe('city radius by population', () => {
  it('"in Karachi" is Karachi within about 19 km', () => {
    const r = places('Gunmen killed two policemen in Karachi on Saturday.');
    expect(r.event?.resolved).toMatchObject({ name: 'Karachi', precision: 'town' });
    expect(r.event?.resolved?.uncertainty_km).toBe(19);
  });
  it('"in Kabul" is Kabul within about 12 km', () => {
    const r = places('A magnetic bomb killed two people in Kabul on Tuesday.');
    expect(r.event?.resolved?.uncertainty_km).toBe(12);
  });
  it('control: a town (Turbat) keeps the town radius', () => {
    const r = places('Gunmen killed two policemen in Turbat on Saturday.');
    expect(r.event?.resolved?.uncertainty_km).toBe(TOWN_RADIUS_KM);
  });
  it('an unknown population gives the town radius', () => {
    expect(townRadiusKm(null)).toBe(TOWN_RADIUS_KM);
  });
});

describe('a numbered or police district of a city', () => {
  it('"the 18th police district of Kabul city" is Kabul city, not a district named Kabul', () => {
    const r = places('A bomb killed two people in the 18th police district of Kabul city.');
    expect(r.event?.resolved).toMatchObject({ name: 'Kabul', precision: 'town' });
  });
  it('"the ninth district of Kabul" is Kabul city', () => {
    const r = places('A bomb killed two people in the ninth district of Kabul.');
    expect(r.event?.resolved?.precision).toBe('town');
  });
  it('control: "a district of Kandahar" is no quarter of the city', () => {
    const r = places('A bomb killed two people in a district of Kandahar.');
    expect(r.event?.resolved?.precision).not.toBe('town');
  });
});

describe('a numbered quarter of a city in the next sentence', () => {
  const LEAD = 'An explosion in Kabul on Thursday killed two people and injured 12.';
  it('"a grenade blast in PD 18" is somewhere in Kabul, not a place the gazetteer lacks', () => {
    const p = first(
      `${LEAD} The incident was attributed to a grenade blast in PD 18, police said.`,
    );
    expect(p).toMatchObject({ resolved_place: 'Kabul', status: 'proposed' });
  });
  it('control: an unknown neighbourhood ("in Qala Wahid") still holds it at Kabul', () => {
    const p = first(
      `${LEAD} The incident was attributed to a grenade blast in Qala Wahid, police said.`,
    );
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
});
