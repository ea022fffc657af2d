// Divisions curated in issue 8's third area round (geodata/districts.yaml): published areas for
// southern Khyber Pakhtunkhwa districts and Lower Chitral. A division with a known area is answered
// at its seat within its reach; one whose stated extent reaches beyond its reach keeps no area and
// stays a review, as does one whose reach exceeds 100 km. Invented sentences.
import { describe, expect, it } from 'vitest';
import { districtReachKm } from '../../../pipeline/load-curated.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { CONFIDENT_DIVISION_KM } from '../../../src/core/extract/reviews.ts';
import { readers } from './extractHelpers.ts';

function one(text: string) {
  const [p] = extractIncidents(text, { published: '2024-03-06' }, readers);
  return p;
}

describe('a district whose published area is now curated', () => {
  it('"in Lakki Marwat district" is the district at Lakki, within its reach', () => {
    const p = one('Gunmen killed two policemen in Lakki Marwat district on Monday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(3296));
  });
  it('"in Bannu district" is the district at Bannu, within its reach', () => {
    const p = one('A roadside bomb wounded three soldiers in Bannu district on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(1972));
  });
  it('"in Tank district" is the district at Tank, within its reach', () => {
    const p = one('Militants attacked a police post in Tank district on Tuesday, killing one.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(2900));
  });
  it('"in Karak district" is the district at Karak, within its reach', () => {
    const p = one('Two gas company guards were shot dead in Karak district on Friday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(3372));
  });
  it('"in Lower Chitral" is the district at Chitral, within its reach', () => {
    const p = one(
      'Two soldiers were killed in an attack on a border post in Lower Chitral on Monday.',
    );
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(6458));
  });
});

describe('districts still held for review', () => {
  it(`the former Chitral district, whose reach exceeds ${CONFIDENT_DIVISION_KM} km, needs review beside Lower Chitral`, () => {
    const p = one(
      'Two soldiers were killed in an attack on a border post in Chitral district on Monday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.uncertainty_km).toBe(districtReachKm(14850));
  });
  it('Dera Ismail Khan, whose stated extent lies beyond the reach of its area, needs review', () => {
    const p = one('Gunmen killed two policemen in Dera Ismail Khan district on Monday.');
    expect(p?.status).toBe('needs_review');
  });
  it('an elongated district (Hangu, reaching west to Thall) needs review', () => {
    const p = one('A roadside bomb wounded three soldiers in Hangu district on Sunday.');
    expect(p?.status).toBe('needs_review');
  });
});
