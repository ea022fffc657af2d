// Districts curated in issue 8's sixth round (geodata/districts.yaml): Afghan districts along the
// Pakistan border, Pakistani districts behind it and Iranian counties near it, each at its
// GeoNames seat. Namesakes across the border or across provinces are told apart by the province;
// a district named like a river or a given name ("Gomal", "Dila") is a place only with
// "district" after it; the English word "tank" stays a word. Invented sentences.
import { describe, expect, it } from 'vitest';
import { districtReachKm } from '../../../pipeline/load-curated.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { codes, places } from './placeHelpers.ts';
import { readers } from './extractHelpers.ts';

function one(text: string) {
  const [p] = extractIncidents(text, { published: '2024-03-06' }, readers);
  return p;
}

describe('new districts at their GeoNames seats', () => {
  it('"Gurbuz district" is the Khost district at its seat', () => {
    const r = places('A drone struck a house in Gurbuz district on Monday.');
    expect(r.event?.resolved).toMatchObject({ name: 'Gurbuz District', country: 'AF' });
  });
  it('a district of unknown size (Garmsir) needs review', () => {
    const p = one('Two policemen were killed in Garmsir district on Monday.');
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((x) => x.code)).toContain('coarse_place');
  });
  it('a new district with a published area (Duki) is answered within its reach', () => {
    const p = one('Gunmen killed four miners in Duki district on Monday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(4233));
  });
  it('"Chaman district" is the district; "Chaman" alone stays the town', () => {
    expect(places('Two men were shot in Chaman district.').event?.resolved?.name).toBe(
      'Chaman District',
    );
    expect(places('Two men were shot in Chaman.').event?.resolved?.name).toBe('Chaman');
  });
  it('an unknown village in a new county falls back to the county, for review', () => {
    const r = places('Guards clashed near the village of Bazdarakh in Konarak county.');
    expect(r.event?.resolved).toMatchObject({ name: 'Konarak County', country: 'IR' });
    expect(codes(r)).toContain('fallback_admin');
  });
});

describe('curated towns GeoNames lacks', () => {
  it('"Damadola in Bajaur" is the town, within its own radius', () => {
    const r = places('A drone struck a house in Damadola in Bajaur on Monday.');
    expect(r.event?.resolved).toMatchObject({ name: 'Damadola', precision: 'town' });
    expect(r.event?.resolved?.uncertainty_km).toBeLessThanOrEqual(10);
  });
  it('"Makin", the other spelling, is Makeen in South Waziristan', () => {
    const r = places('Troops raided a compound in Makin on Monday.');
    expect(r.event?.resolved).toMatchObject({ name: 'Makeen', country: 'PK' });
  });
});

describe('namesakes told apart by the province', () => {
  it('"Musa Khel district of Khost province" is the Afghan district, not Balochistan\'s', () => {
    const r = places('Gunmen killed two men in Musa Khel district of Khost province on Monday.');
    expect(r.event?.resolved).toMatchObject({ country: 'AF', admin1: 'Khost' });
  });
  it('"Khogyani district of Ghazni province" is Ghazni\'s, not Nangarhar\'s', () => {
    const r = places('Gunmen killed two men in Khogyani district of Ghazni province.');
    expect(r.event?.resolved).toMatchObject({ country: 'AF', admin1: 'Ghazni' });
  });
  it('"Khogyani district of Nangarhar" is Nangarhar\'s', () => {
    const r = places('Gunmen killed two men in Khogyani district of Nangarhar.');
    expect(r.event?.resolved).toMatchObject({ country: 'AF', admin1: 'Nangarhar' });
  });
  it('"Khogyani district" alone is ambiguous', () => {
    const r = places('Gunmen killed two men in Khogyani district on Monday.');
    expect(codes(r)).toContain('ambiguous_place');
  });
});

describe('names that are also words, rivers or given names', () => {
  it('"Dila district" is the Paktika district', () => {
    const r = places('A drone struck a house in Dila district on Monday.');
    expect(r.event?.resolved).toMatchObject({ name: 'Dila District', country: 'AF' });
  });
  it('"Dila" as a given name is no place', () => {
    const r = places('Dila Jan was shot dead in Kabul on Monday.');
    expect(r.mentions.map((m) => m.text)).not.toContain('Dila');
    expect(r.event?.resolved?.name).toBe('Kabul');
  });
  it('"Gomal district" is the district, "the Gomal river" no place', () => {
    expect(places('Shelling hit Gomal district on Monday.').event?.resolved?.name).toBe(
      'Gomal District',
    );
    expect(places('Floods from the Gomal river cut the road on Monday.').event?.resolved).toBe(
      undefined,
    );
  });
  it('"Tank district" is the district; "a tank was hit" no place', () => {
    expect(places('Two men were killed in Tank district on Monday.').event?.resolved).toMatchObject(
      { name: 'Tank District', country: 'PK' },
    );
    expect(places('A tank was hit by a rocket on Monday.').event?.resolved).toBe(undefined);
  });
});

describe('a new district in the next sentence', () => {
  it('an unknown area of it falls back to the district, for review', () => {
    const [p] = extractIncidents(
      'Nine people were killed when jets bombed houses in Khost province on Monday night. The strike hit the Mughalgai area of Gurbuz district.',
      { published: '2025-11-25' },
      readers,
    );
    expect(p).toMatchObject({ status: 'needs_review', resolved_place: 'Gurbuz District' });
    expect(p?.reasons.map((x) => x.code)).toContain('fallback_admin');
  });
});
