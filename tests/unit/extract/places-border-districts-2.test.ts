// Districts curated in issue 8's seventh round (geodata/districts.yaml): Kandahar, Helmand and
// Farah districts at their GeoNames seat or at a page's coordinates, Kachhi (formerly Bolan) in
// Balochistan, and Sistan's new Hamoun and Nimruz counties. Namesakes (Arghandab in Kandahar
// and Zabul) are told apart by the province; names that are also a lake, a people or a title
// ("Hamoun", "Kachhi", "Marja") are places only with "district" or "county" after them.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { districtReachKm } from '../../../pipeline/load-curated.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { codes, places } from './placeHelpers.ts';
import { readers } from './extractHelpers.ts';

function one(text: string) {
  const [p] = extractIncidents(text, { published: '2024-03-06' }, readers);
  return p;
}
function resolved(text: string) {
  return places(text).event?.resolved;
}

describe('Kandahar districts', () => {
  it('"Maiwand district" is the Kandahar district at its GeoNames seat', () => {
    expect(resolved('Gunmen attacked a checkpoint in Maiwand district on Monday.')).toMatchObject({
      name: 'Maiwand District',
      country: 'AF',
      admin1: 'Kandahar',
    });
  });
  it('"Panjwayi", another spelling, is Panjwai district', () => {
    expect(resolved('A roadside bomb killed two men in Panjwayi on Monday.')?.name).toBe(
      'Panjwai District',
    );
  });
  it('an unknown village in Panjwai district falls back to the district, for review', () => {
    const r = places('Guards clashed near the village of Gulzarak Kalay in Panjwai district.');
    expect(r.event?.resolved).toMatchObject({ name: 'Panjwai District', country: 'AF' });
    expect(codes(r)).toContain('fallback_admin');
  });
  it('"Zharey", another spelling, is Zhari district', () => {
    expect(resolved('Two policemen were killed in Zharey on Monday.')?.name).toBe('Zhari District');
  });
});

describe('Arghandab, a district in Kandahar and in Zabul', () => {
  it('"Arghandab district of Zabul" is Zabul\'s', () => {
    expect(resolved('Gunmen killed two men in Arghandab district of Zabul.')).toMatchObject({
      name: 'Arghandab District (Zabul)',
      admin1: 'Zabul',
    });
  });
  it('"Arghandab district of Kandahar province" is Kandahar\'s', () => {
    expect(
      resolved('Gunmen killed two men in Arghandab district of Kandahar province.'),
    ).toMatchObject({ name: 'Arghandab District', admin1: 'Kandahar' });
  });
  it('"Arghandab district" alone is for review naming both', () => {
    const r = places('Gunmen killed two men in Arghandab district on Monday.');
    expect(r.event?.resolved ?? null).toBeNull();
    const review = r.reviews.find((x) => x.code === 'ambiguous_place');
    expect(review?.message).toContain('Kandahar');
    expect(review?.message).toContain('Zabul');
  });
});

describe('Helmand districts', () => {
  it('"Nawa-i-Barakzayi district" is the Helmand district at its published point', () => {
    expect(resolved('Clashes broke out in Nawa-i-Barakzayi district on Monday.')).toMatchObject({
      name: 'Nawa-i-Barakzayi District',
      admin1: 'Helmand',
    });
  });
  it('"Marjah" is the Helmand district', () => {
    expect(resolved('Two policemen were killed in Marjah on Monday.')).toMatchObject({
      name: 'Marjah District',
      country: 'AF',
    });
  });
  it('"Marja district", the shorter spelling, is Marjah', () => {
    expect(resolved('Two policemen were killed in Marja district on Monday.')?.name).toBe(
      'Marjah District',
    );
  });
  it('a text naming only Marjah (size unknown) needs review', () => {
    const p = one('Two policemen were killed in Marjah on Monday.');
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((x) => x.code)).toContain('coarse_place');
  });
});

describe('Farah districts', () => {
  it('"Bala Baluk", another spelling, is Bala Buluk district', () => {
    expect(resolved('A drone struck a house in Bala Baluk on Monday.')).toMatchObject({
      name: 'Bala Buluk District',
      admin1: 'Farah',
    });
  });
  it('"Posht Rod district" is Pusht Rod district', () => {
    expect(resolved('A drone struck a house in Posht Rod district on Monday.')?.name).toBe(
      'Pusht Rod District',
    );
  });
  it('"Bakwa district" is the Farah district at its GeoNames seat', () => {
    expect(resolved('A drone struck a house in Bakwa district on Monday.')?.name).toBe(
      'Bakwa District',
    );
  });
  it('"Gulistan district" is the Farah district', () => {
    expect(resolved('A drone struck a house in Gulistan district on Monday.')).toMatchObject({
      name: 'Gulistan District',
      country: 'AF',
    });
  });
});

describe('Kachhi district, formerly Bolan', () => {
  it('"Kachhi district" is the Balochistan district, within the reach of its area', () => {
    expect(resolved('Gunmen attacked a train in Kachhi district on Monday.')).toMatchObject({
      name: 'Kachhi District',
      uncertainty_km: districtReachKm(8036),
    });
  });
  it('"Bolan district", its old name, is Kachhi district', () => {
    expect(resolved('Gunmen attacked a train in Bolan district on Monday.')?.name).toBe(
      'Kachhi District',
    );
  });
});

describe("Sistan's new counties", () => {
  it('"Hamoun county" is the Iranian county, with "county" after the lake\'s name', () => {
    expect(resolved('Guards clashed with smugglers in Hamoun county on Monday.')).toMatchObject({
      name: 'Hamoun County',
      country: 'IR',
    });
  });
  it('"Nimruz county" is the Iranian county; "Nimruz" alone stays the Afghan province', () => {
    expect(resolved('Guards clashed with smugglers in Nimruz county on Monday.')).toMatchObject({
      name: 'Nimruz County',
      country: 'IR',
    });
    expect(resolved('Guards clashed with smugglers in Nimruz on Monday.')?.country).toBe('AF');
  });
});
