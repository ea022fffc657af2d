// "… in the same district": a sentence naming no place takes the place of the event told before
// when it says so and the kinds match (samePlace.ts). Invented sentences in the manner of wire
// reports; published Sunday 24 November 2024.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const second = (text: string) => extractIncidents(text, { published: '2024-11-24' }, readers)[1];
const LEAD_TOWN = 'Gunmen killed four soldiers in Turbat on Monday, officials said.';
const LEAD_DISTRICT = 'Gunmen killed four soldiers in Panjgur district on Monday, officials said.';

describe('"in the same …" takes the earlier event\'s place', () => {
  it('"the same town" after a town is that town, settled', () => {
    const p = second(`${LEAD_TOWN} On Wednesday, militants attacked a post in the same town.`);
    expect([p?.resolved_place, p?.date, p?.status]).toEqual(['Turbat', '2024-11-20', 'proposed']);
  });
  it('"the same district" after a district is that district, with its own review', () => {
    const p = second(
      `${LEAD_DISTRICT} On Wednesday, militants attacked a post in the same district.`,
    );
    expect(p?.resolved_place).toBe('Panjgur District');
    expect(p?.reasons.map((r) => r.code)).toEqual(['coarse_place']);
  });
  it('"the same area" after a town widens it as "the Turbat area" does', () => {
    const p = second(`${LEAD_TOWN} On Wednesday, militants attacked a post in the same area.`);
    expect(p?.resolved_place).toBe('Turbat');
    expect(p?.uncertainty_km).toBe(20);
  });
});

describe('what stays without a place', () => {
  it('"the same district" after a town: the district is not known from the town', () => {
    const p = second(`${LEAD_TOWN} On Wednesday, militants attacked a post in the same district.`);
    expect(p?.resolved_place ?? null).toBeNull();
    expect(p?.status).toBe('needs_review');
  });
  it('"the same day" is no place', () => {
    const p = second(`${LEAD_TOWN} On the same day, militants attacked another post.`);
    expect(p?.resolved_place === 'Turbat' && p?.status === 'proposed').toBe(false);
  });
});
