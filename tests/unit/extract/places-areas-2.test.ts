// Divisions curated in gazetteer round areas2 (geodata/districts.yaml): published areas for Iranian
// counties along the Afghan and Pakistani borders and for Spin Boldak district. A division with a
// known area is answered at its seat within its reach; one whose larger published area reaches
// beyond 100 km, or whose only figure predates a split, keeps no area and stays a review.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { districtReachKm } from '../../../pipeline/load-curated.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

function one(text: string) {
  const [p] = extractIncidents(text, { published: '2024-03-06' }, readers);
  return p;
}

describe('a division whose published area is now curated', () => {
  it('"Spin Boldak district" is the district at Spin Boldak, within its reach', () => {
    const p = one('A blast hit Spin Boldak district on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.place).toMatch(/Spin Boldak/);
    expect(p?.uncertainty_km).toBe(districtReachKm(2963));
  });
  it('"Taybad county" is the county at Taybad, within its reach', () => {
    const p = one('A blast hit Taybad county on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.place).toMatch(/Taybad/);
    expect(p?.uncertainty_km).toBe(districtReachKm(2929));
  });
  it('"Torbat-e Jam county" is the county at Torbat-e Jam, within its reach', () => {
    const p = one('A blast hit Torbat-e Jam county on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(4967));
  });
  it('"Mirjaveh county" is the county at Mirjaveh, within its reach', () => {
    const p = one('A blast hit Mirjaveh county on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(6054));
  });
  it('"Zehak county" is the county at Zehak, within its reach', () => {
    const p = one('A blast hit Zehak county on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', place_precision: 'county' });
    expect(p?.uncertainty_km).toBe(districtReachKm(950));
  });
});

describe('divisions still held for review', () => {
  it('Sib and Suran, whose larger published area reaches beyond 100 km, needs review', () => {
    const p = one('A blast hit Sib and Suran county on Sunday.');
    expect(p?.status).toBe('needs_review');
  });
  it('Chabahar, whose only published area predates its splits, needs review', () => {
    const p = one('A blast hit Chabahar county on Sunday.');
    expect(p?.status).toBe('needs_review');
  });
});
